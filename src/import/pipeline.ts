import type {
  DatasetMeta,
  ImportCrs,
  ImportFormat,
  ImportKind,
  ImportedDataset,
  ImportedDatasetData,
  ImportedProject,
  ImportedTargetTable,
  ImportedZone,
  TextEncoding,
} from '../schema';
import { createContainment } from './validate/containment';
import { CRS_HINT_SAMPLE, crsHint, type CoordinateSample, type CrsHint } from './validate/crs-hint';
import { DuplicateProjects, DuplicateZones, type DuplicateCheck } from './validate/duplicates';
import { decodeText } from './read/encoding';
import { featureCells, parseGeoJson, type RawFeature } from './read/geojson';
import type { RowCells, RowContext } from './validate/fields';
import { IMPORT_LIMITS, MB } from './limits';
import { buildLookups, type Lookups } from './validate/lookups';
import { fileProblem, problem, ProblemLog, type ImportProblem } from './validate/problems';
import { readProject, type RowOutcome } from './kinds/projects';
import type { ReferenceData } from './validate/reference';
import { findLayout, HEADER_SEARCH_ROWS, type TableLayout } from './read/table';
import { csvTable, wholeTable, type TableRows } from './read/table-rows';
import { ProjectLineReader, type ProjectLineValues } from './kinds/project-lines';
import { QuoteFreeLines } from './read/quote-free-rows';
import { readTargets, type TargetInputRow } from './kinds/targets';
import { cellText } from './read/text';
import { checkZoneGeometry, positionParams } from './validate/zone-geometry';
import { unguardCsv } from './read/csv-guard';
import { readZone, representativePoint } from './kinds/zones';
import { readSiteRegister } from './kinds/sites';
import { emptySummary, SummaryCounter, type ImportSummary } from './validate/summary';

export interface ImportOptions {
  kind: ImportKind;
  crs: ImportCrs;
  fileName: string;
  /** Chosen by the caller (unique); record ids are `<datasetId>:<row>`. */
  datasetId: string;
  /** Targets only: the table's year when the file has no 年份/year column. */
  year?: number | null;
  title?: string | null;
  /** Site registers only: parks that already have a site in the user's register (those rows are refused). */
  registeredSites?: readonly string[];
}

export interface ImportProgress {
  phase: 'reading' | 'parsing' | 'validating' | 'done';
  done: number;
  total: number;
}

export interface ImportHooks {
  onProgress?: (progress: ImportProgress) => void;
  /** Checked between chunks; the worker also simply terminates on cancel. */
  signal?: { readonly aborted: boolean };
  now?: () => Date;
  /**
   * Takes each valid project as soon as its row is read, in row order (the worker encodes them into columns
   * meanwhile). When given, the result's dataset.projects is empty and nothing keeps the records. Only for a
   * result with status 'ok' are the records taken meant to be used.
   */
  takeProject?: (project: ImportedProject) => void;
  /**
   * With takeProject: takes each project the fast path read in place from its line (kinds/project-lines.ts) as
   * its values, without a record being made; the values are only valid during the call. Rows still come in order.
   */
  takeProjectLine?: (values: ProjectLineValues, sourceRow: number, location: ImportedProject['location']) => void;
  /** Tests only: every row read the generic way, to hold the projects' fast path (kinds/project-lines.ts) to its results. */
  genericRowsOnly?: boolean;
  /** Benchmarks only: other row and byte limits (the bench's 1 M-row file is beyond the app's own). */
  limits?: { maxRows?: number; maxTextBytes?: number };
}

/**
 * What an import gives: the pipeline's (and the worker's) dataset holds its projects as records
 * (ImportedDatasetData); the page's holds them as rows over the worker's columns (ImportedDataset, client.ts).
 */
export interface ImportResult<D = ImportedDataset> {
  status: 'ok' | 'failed' | 'cancelled';
  kind: ImportKind;
  fileName: string;
  format: ImportFormat | null;
  encoding: TextEncoding | null;
  crs: ImportCrs;
  /** Only the valid rows; null when nothing can be imported. Nothing is stored until the user confirms. */
  dataset: D | null;
  summary: ImportSummary;
  problems: ImportProblem[];
  errorCount: number;
  warningCount: number;
  problemsTruncated: boolean;
  crsHint: CrsHint | null;
  /** Set by the import worker: ms from receiving the file to posting the last message (parse, validate, encode). */
  workerMs?: number;
}

const CHUNK = 2000;

/**
 * Lets a cancel message in between chunks. Not setTimeout(0): nested timers are clamped to ≥ 4 ms (in workers
 * too), which cost ~200 ms over a 100k-row file; a MessageChannel round trip is not clamped. One channel for
 * all of them (a new channel per chunk cost a cold worker a few ms each).
 */
let channel: MessageChannel | null = null;
/** Node only: a listened-to port keeps the process alive, so it is held only while an import waits on it. */
type NodePort = MessagePort & { ref?: () => void; unref?: () => void };
/** Waiting imports, first in first out: one message posted per waiter (imports may run side by side in tests). */
const waiting: Array<() => void> = [];
const tick = (): Promise<void> => {
  if (typeof MessageChannel === 'undefined') return new Promise((r) => setTimeout(r, 0));
  if (!channel) {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      waiting.shift()?.();
      if (waiting.length === 0) (ch.port1 as NodePort).unref?.();
    };
    channel = ch;
  }
  const { port1, port2 } = channel;
  return new Promise((resolve) => {
    waiting.push(resolve);
    (port1 as NodePort).ref?.();
    port2.postMessage(null);
  });
};

export function detectFormat(fileName: string, bytes: Uint8Array): ImportFormat | 'xls' | null {
  const name = fileName.toLowerCase();
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'xlsx';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'xls';
  if (/\.(geo)?json$/.test(name)) return 'geojson';
  if (/\.(csv|txt|tsv)$/.test(name)) return 'csv';
  if (name.endsWith('.xlsx')) return 'xlsx';
  // Unknown extension: sniff the first non-blank byte.
  for (const b of bytes.subarray(0, 1024)) {
    if (b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0xef || b === 0xbb || b === 0xbf) continue;
    return b === 0x7b || b === 0x5b ? 'geojson' : 'csv';
  }
  return null;
}

/**
 * The whole import of one file: bytes → decoded → parsed → validated → an ImportedDataset of the valid rows,
 * with every problem. Pure (no DOM, no storage) so it runs in the worker, in Node tests and in property tests.
 * Never throws: unexpected failures become an `internal_error` problem.
 */
export async function runImport(bytes: Uint8Array, options: ImportOptions, reference: ReferenceData, hooks: ImportHooks = {}): Promise<ImportResult<ImportedDatasetData>> {
  const log = new ProblemLog(IMPORT_LIMITS.maxProblemsKept);
  const maxRows = hooks.limits?.maxRows ?? IMPORT_LIMITS.maxRows;
  const base = {
    kind: options.kind,
    fileName: options.fileName,
    crs: options.crs,
    format: null as ImportFormat | null,
    encoding: null as TextEncoding | null,
  };
  const finish = (status: ImportResult['status'], dataset: ImportedDatasetData | null, summary: ImportSummary, hint: CrsHint | null = null): ImportResult<ImportedDatasetData> => ({
    ...base,
    status,
    dataset,
    summary,
    problems: log.items,
    errorCount: log.errors,
    warningCount: log.warnings,
    problemsTruncated: log.truncated,
    crsHint: hint,
  });
  const empty = emptySummary();
  const file = options.fileName || 'file';
  try {
    hooks.onProgress?.({ phase: 'reading', done: 0, total: bytes.length });
    const format = detectFormat(file, bytes);
    if (bytes.length === 0) {
      log.add(fileProblem(file, 'empty_file'));
      return finish('failed', null, empty);
    }
    if (format === null || format === 'xls' || (format === 'geojson' && options.kind === 'targets') || (format !== 'geojson' && options.kind === 'sites')) {
      log.add(fileProblem(file, 'unsupported_format', { format: format ?? '?' }));
      return finish('failed', null, empty);
    }
    base.format = format;
    const maxBytes = format === 'xlsx' ? IMPORT_LIMITS.maxXlsxBytes : (hooks.limits?.maxTextBytes ?? IMPORT_LIMITS.maxTextBytes);
    if (bytes.length > maxBytes) {
      log.add(fileProblem(file, 'file_too_large', { sizeMb: Math.round((bytes.length / MB) * 10) / 10, limitMb: maxBytes / MB }));
      return finish('failed', null, empty);
    }
    const lookups = buildLookups(reference);
    const containment = createContainment(reference.districts);
    hooks.onProgress?.({ phase: 'parsing', done: 0, total: bytes.length });

    let table: TableRows | null = null;
    let features: RawFeature[] | null = null;
    let withNul = false;
    let badRows: ReadonlySet<number> | null = null;
    if (format === 'xlsx') {
      const read = await parseXlsxLazy(bytes, hooks.signal);
      if (hooks.signal?.aborted) return finish('cancelled', null, empty);
      if (!read.ok) {
        log.add(problem({ file, row: read.row, feature: null }, read.code, null, read.params));
        return finish('failed', null, empty);
      }
      table = wholeTable(read.rows);
      // Each unreadable cell is a problem of its row, which is skipped (the reader was run again without it).
      for (const bad of read.badCells) log.add(problem({ file, row: bad.row, feature: null }, 'xlsx_bad_cell', null, { cell: bad.cell, reason: bad.reason }));
      if (read.badCells.length > 0) badRows = new Set(read.badCells.map((b) => b.row));
    } else {
      const decoded = decodeText(bytes);
      if (!decoded.ok) {
        log.add(decoded.reason === 'binary' ? fileProblem(file, 'not_text') : fileProblem(file, 'encoding_unsupported', { encoding: decoded.encoding }));
        return finish('failed', null, empty);
      }
      base.encoding = decoded.encoding;
      if (decoded.replaced > 0) log.add(fileProblem(file, 'decode_replaced', { count: decoded.replaced, encoding: decoded.encoding }, 'warning'));
      if (decoded.suspect) log.add(fileProblem(file, 'encoding_suspect', { encoding: decoded.suspect, used: decoded.encoding }, 'warning'));
      // A NUL character never belongs in a cell: such files have their rows checked for it (others pay nothing).
      withNul = format === 'csv' && decoded.text.includes('\u0000');
      if (format === 'csv') table = csvTable(decoded.text, (errors) => {
        for (const e of errors) log.add(problem({ file, row: e.row === null ? null : e.row + 1, feature: null }, 'csv_parse', null, { detail: e.message }, 'warning'));
      }, maxRows);
      else {
        const parsed = parseGeoJson(decoded.text, file);
        log.addAll(parsed.problems);
        if (!parsed.features) return finish('failed', null, empty);
        features = parsed.features;
      }
    }
    if (hooks.signal?.aborted) return finish('cancelled', null, empty);

    if (options.kind === 'sites' && features) {
      const read = readSiteRegister(features, { file, reference, containment, registered: options.registeredSites });
      log.addAll(read.problems);
      const summary = emptySummary(read.sites.length, read.invalid);
      if (read.sites.length === 0) {
        if (log.errors === 0) log.add(fileProblem(file, 'empty_file'));
        return finish('failed', null, summary);
      }
      hooks.onProgress?.({ phase: 'done', done: features.length, total: features.length });
      const m = { ...meta(options, base, hooks, read.sites.length, read.invalid), crs: 'wgs84' as const };
      return finish('ok', { kind: 'sites', meta: m, sites: read.sites }, summary);
    }

    // Tables are read in pieces (CSV) and features all at once; the header is among the first rows.
    const reader = table ? table.reader : null;
    const head: unknown[][] = [];
    for (let row = reader?.next(); row !== undefined; row = head.length < HEADER_SEARCH_ROWS ? reader?.next() : undefined) head.push(row);
    const known = table ? table.count : (features?.length ?? 0);
    if ((table ? head.length : known) === 0) {
      log.add(fileProblem(file, 'empty_file'));
      return finish('failed', null, empty);
    }
    const tooManyRows = (rows: number) => {
      log.addFirst(fileProblem(file, 'too_many_rows', { rows, limit: maxRows }));
      return finish('failed', null, empty);
    };
    // Early and coarse (the header may sit below title rows); data rows are counted exactly further on.
    if (known !== null && known > maxRows + HEADER_SEARCH_ROWS) return tooManyRows(known);
    if (features && features.length > maxRows) return tooManyRows(features.length);
    const total = known ?? table?.atMost ?? 0;

    if (options.kind === 'targets') {
      const rows = head;
      for (let row = reader?.next(); row !== undefined; row = reader?.next()) rows.push(row);
      const result = readTargetsTable(rows, lookups, options, file, log);
      const summary = emptySummary(result.valid, result.invalid);
      if (!result.table || result.table.rows.length === 0) {
        if (log.errors === 0) log.add(fileProblem(file, 'no_data_rows'));
        return finish('failed', null, summary);
      }
      hooks.onProgress?.({ phase: 'done', done: total, total });
      return finish('ok', { kind: 'targets', meta: meta(options, base, hooks, result.table.rows.length, result.invalid), table: result.table }, summary);
    }

    const records: Array<ImportedProject | ImportedZone> = [];
    const take = options.kind === 'projects' ? hooks.takeProject : undefined;
    const counter = new SummaryCounter();
    let accepted = 0;
    const samples: CoordinateSample[] = [];
    const seenIds = new Map<string, number>();
    const duplicateProjects = options.kind === 'projects' ? new DuplicateProjects(total) : null;
    const seenRows = (duplicateProjects ?? new DuplicateZones()) as DuplicateCheck<ImportedProject | ImportedZone>;
    const takeLine = take ? hooks.takeProjectLine : undefined;
    let invalid = 0;
    const onRow = (outcome: RowOutcome<ImportedProject | ImportedZone>, rowProblems: ImportProblem[], externalId: string | null, where: number) => {
      if (outcome.sample && samples.length < CRS_HINT_SAMPLE) samples.push(outcome.sample);
      const rec = outcome.record;
      if (rec && externalId !== null) {
        const first = seenIds.get(externalId);
        if (first !== undefined) {
          rowProblems.push(problem(rowProblems[0] ?? placeOf(file, table !== null, where), 'duplicate_id', 'id', { value: externalId, first }));
          log.addAll(rowProblems);
          invalid += 1;
          return;
        }
        seenIds.set(externalId, where);
      }
      log.addAll(rowProblems);
      if (!rec) {
        invalid += 1;
        return;
      }
      if (seenRows.seen(rec)) log.add(problem(placeOf(file, table !== null, where), 'duplicate_row', 'name', { value: rec.name }, 'warning'));
      counter.add(rec);
      accepted += 1;
      if (take) take(rec as ImportedProject);
      else records.push(rec);
    };
    /** onRow for a line the fast path read (no id column; no problem but a board mismatch): the same checks and counts. */
    const acceptLine = (reader: ProjectLineReader, sheetRow: number) => {
      const wantSample = samples.length < CRS_HINT_SAMPLE;
      const v = reader.values;
      const mismatch = v.mismatch && v.board ? problem(placeOf(file, true, sheetRow), 'board_mismatch', 'board', { board: v.board, located: v.mismatch }, 'warning') : null;
      if (!takeLine || !duplicateProjects) {
        onRow(reader.outcome(`${options.datasetId}:${sheetRow}`, sheetRow, wantSample), mismatch ? [mismatch] : [], null, sheetRow);
        return;
      }
      if (mismatch) log.add(mismatch);
      if (wantSample) samples.push({ raw: [v.rawLon, v.rawLat], board: v.board });
      if (duplicateProjects.seenAt(v.lon, v.lat, v.name)) log.add(problem(placeOf(file, true, sheetRow), 'duplicate_row', 'name', { value: v.name }, 'warning'));
      counter.addProject(v.board, v.stage, v.industry, v.investment);
      accepted += 1;
      takeLine(v, sheetRow, reader.location);
    };

    if (reader) {
      const { layout, problems } = findLayout(head, options.kind, file);
      log.addAll(problems);
      if (!layout) return finish('failed', null, empty);
      if (known !== null && known - layout.headerIndex - 1 > maxRows) return tooManyRows(known - layout.headerIndex - 1);
      if (!hasLocationColumns(layout, options.kind)) {
        log.add(problem({ file, row: layout.headerIndex + 1, feature: null }, 'missing_column', null, { columns: options.kind === 'projects' ? 'lon + lat / park' : 'lon + lat' }));
        return finish('failed', null, empty);
      }
      // One RowCells / context / place reused for every row (problems copy what they need): a 100k-row file
      // would otherwise allocate several short-lived objects and a Map per row just to carry the cells.
      // Fields and their columns as two flat arrays; one problem list emptied for every row (the log keeps the problems).
      const fields = [...layout.columns.keys()];
      const columnOf = [...layout.columns.values()];
      const cells: RowCells = { cells: new Map(), units: layout.units };
      const place = { file, row: 0 as number | null, feature: null };
      const rowProblems: ImportProblem[] = [];
      const ctx: RowContext = { place, lookups, containment, crs: options.crs, problems: rowProblems };
      const header = head[layout.headerIndex] ?? [];
      // Exports guard formula-like text with an apostrophe (csvSafe); a CSV's cells lose that guard again here.
      const guarded = format === 'csv';
      let dataRows = 0;
      const tooManyDataRows = () => {
        // Data rows, not lines, are what the limit counts; the rest are only counted for the message.
        for (let rest = reader.next(); rest !== undefined; rest = reader.next()) if (!isBlankRow(rest)) dataRows += 1;
        return tooManyRows(dataRows);
      };
      // A quote-free CSV of projects: lines that hold a valid project with nothing to report are read in place.
      const fast =
        reader instanceof QuoteFreeLines && options.kind === 'projects' && !withNul && !hooks.genericRowsOnly
          ? ProjectLineReader.forLayout({ lines: reader, layout, lookups, containment, crs: options.crs, guarded })
          : null;
      // Sheet rows are numbered as read: the head's rows, then the rest as the reader yields them.
      let i = layout.headerIndex;
      for (;;) {
        let row: unknown[] | undefined = head[++i];
        const line = row === undefined && fast !== null;
        if (line) {
          if (!fast.lines.advance()) break;
        } else if (row === undefined && (row = reader.next()) === undefined) break;
        if ((i - layout.headerIndex) % CHUNK === 0) {
          hooks.onProgress?.({ phase: 'validating', done: i, total: Math.max(total, i) });
          await tick();
          if (hooks.signal?.aborted) return finish('cancelled', null, empty);
        }
        const sheetRow = i + 1;
        if (line && fast.read()) {
          if (++dataRows > maxRows) return tooManyDataRows();
          acceptLine(fast, sheetRow);
          continue;
        }
        // The generic way: the row's cells (a line the fast path left is cut into them now).
        const cellsOfRow = row ?? (fast as ProjectLineReader).lines.cells();
        if (isBlankRow(cellsOfRow)) continue;
        if (++dataRows > maxRows) return tooManyDataRows();
        if (badRows?.has(sheetRow)) {
          invalid += 1;
          continue;
        }
        if (withNul) {
          const c = nulColumn(cellsOfRow);
          if (c >= 0) {
            const name = cellText(header[c], 200).replaceAll('\u0000', '') || `#${c + 1}`;
            log.add(problem({ file, row: sheetRow, feature: null }, 'nul_char', fieldOfColumn(layout, c) ?? name, { row: sheetRow, column: name }));
            invalid += 1;
            continue;
          }
        }
        for (let f = 0; f < fields.length; f++) {
          const v = cellsOfRow[columnOf[f] as number];
          cells.cells.set(fields[f] as (typeof fields)[number], guarded && typeof v === 'string' ? unguardCsv(v) : v);
        }
        rowProblems.length = 0;
        place.row = sheetRow;
        ctx.wantSample = samples.length < CRS_HINT_SAMPLE;
        const externalId = cellText(cells.cells.get('id'), 200) || null;
        const id = `${options.datasetId}:${sheetRow}`;
        const outcome = options.kind === 'projects' ? readProject(cells, ctx, id, externalId, sheetRow) : readZone(cells, ctx, id, externalId, sheetRow);
        onRow(outcome, rowProblems, externalId, sheetRow);
      }
    } else if (features) {
      for (let i = 0; i < features.length; i++) {
        if (i > 0 && i % CHUNK === 0) {
          hooks.onProgress?.({ phase: 'validating', done: i, total: features.length });
          await tick();
          if (hooks.signal?.aborted) return finish('cancelled', null, empty);
        }
        const f = features[i] as RawFeature;
        const rowProblems: ImportProblem[] = [];
        const place = { file, row: null, feature: f.number };
        const cells = featureCells(f, options.kind, file, rowProblems);
        const ctx: RowContext = { place, lookups, containment, crs: options.crs, problems: rowProblems };
        const fid = f.id ?? cells.cells.get('id');
        const externalId = typeof fid === 'string' || typeof fid === 'number' ? String(fid).slice(0, 200) || null : null;
        const id = `${options.datasetId}:${f.number}`;
        let outcome: RowOutcome<ImportedProject | ImportedZone>;
        if (options.kind === 'projects') {
          if (!pointIntoCells(f.geometry, cells, ctx)) {
            onRow({ record: null, sample: null }, rowProblems, externalId, f.number);
            continue;
          }
          outcome = readProject(cells, ctx, id, externalId, f.number);
        } else {
          const checked = checkZoneGeometry(f.geometry, options.crs, place, containment);
          rowProblems.push(...checked.problems);
          outcome = readZone(cells, ctx, id, externalId, f.number, checked.geometry);
          if (checked.geometry) {
            const raw = representativePoint(f.geometry as Parameters<typeof representativePoint>[0]);
            outcome = { ...outcome, sample: { raw, board: outcome.record?.board ?? null } };
          }
        }
        onRow(outcome, rowProblems, externalId, f.number);
      }
    }

    const hint = crsHint(samples, options.crs, containment);
    if (hint) {
      log.add(
        problem({ file, row: null, feature: null }, 'crs_hint', null, {
          chosen: hint.chosen,
          suggested: hint.suggested,
          fitChosen: Math.round(hint.fitChosen * 100),
          fitSuggested: Math.round(hint.fitSuggested * 100),
        }, 'warning'),
      );
    }
    const summary = counter.summary(accepted, invalid);
    hooks.onProgress?.({ phase: 'done', done: total, total });
    if (accepted === 0) {
      // A header without data rows (or only blank rows).
      if (log.errors === 0) log.add(fileProblem(file, 'no_data_rows'));
      return finish('failed', null, summary, hint);
    }
    const m = meta(options, base, hooks, accepted, invalid);
    const dataset: ImportedDatasetData =
      options.kind === 'projects'
        ? { kind: 'projects', meta: m, projects: records as ImportedProject[] }
        : { kind: 'zones', meta: m, zones: records as ImportedZone[] };
    return finish('ok', dataset, summary, hint);
  } catch (e) {
    log.add(fileProblem(file, 'internal_error', { detail: String((e as Error)?.message ?? e).slice(0, 200) }));
    return finish('failed', null, empty);
  }
}

async function parseXlsxLazy(bytes: Uint8Array, signal?: { readonly aborted: boolean }) {
  const { parseXlsx } = await import('./read/xlsx');
  return parseXlsx(bytes, signal);
}

function isBlankRow(row: readonly unknown[]): boolean {
  for (let i = 0; i < row.length; i++) {
    const c = row[i];
    // Most cells start with a character that no trimming removes: non-blank, decided without cellText's copy.
    if (typeof c === 'string' && c.length > 0 && !maybeSpace(c.charCodeAt(0))) return false;
    if (cellText(c, 10) !== '') return false;
  }
  return true;
}

/** Every code trim() or the space normalisation could remove (and the control characters, to be safe). */
const maybeSpace = (ch: number) =>
  ch <= 0x20 || ch === 0xa0 || ch === 0x1680 || (ch >= 0x2000 && ch <= 0x200b) || ch === 0x2028 || ch === 0x2029 || ch === 0x202f || ch === 0x205f || ch === 0x3000 || ch === 0xfeff;

/** The first column whose cell holds a NUL character, or -1. */
function nulColumn(row: readonly unknown[]): number {
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (typeof v === 'string' && v.includes('\u0000')) return c;
  }
  return -1;
}

function fieldOfColumn(layout: TableLayout, column: number): string | null {
  for (const [field, c] of layout.columns) if (c === column) return field;
  return null;
}

const placeOf = (file: string, table: boolean, where: number) => (table ? { file, row: where, feature: null } : { file, row: null, feature: where });

function hasLocationColumns(layout: TableLayout, kind: ImportKind) {
  const c = layout.columns;
  const coords = (c.has('lon') && c.has('lat')) || c.has('coordinates');
  return kind === 'projects' ? coords || c.has('park') : coords;
}

/** A project feature's Point geometry feeds the same lon/lat checks as a table row; null geometry may use a park. */
function pointIntoCells(geometry: unknown, cells: RowCells, ctx: RowContext): boolean {
  if (geometry === null || geometry === undefined) return true;
  const g = geometry as { type?: unknown; coordinates?: unknown };
  if (typeof g !== 'object' || g.type !== 'Point') {
    ctx.problems.push(problem(ctx.place, 'geometry_not_point', 'geometry.type', { type: typeof g?.type === 'string' ? g.type : '?' }));
    return false;
  }
  if (!Array.isArray(g.coordinates) || g.coordinates.length === 0) {
    ctx.problems.push(problem(ctx.place, 'geometry_empty', 'geometry.coordinates'));
    return false;
  }
  const [x, y] = g.coordinates as unknown[];
  const numeric = (v: unknown) => (typeof v === 'number' ? v : typeof v === 'string' ? v : null);
  if (g.coordinates.length > 3) {
    ctx.problems.push(problem(ctx.place, 'position_values', 'geometry.coordinates', { count: g.coordinates.length, value: positionParams(g.coordinates).value }));
    return false;
  }
  if (numeric(x) === null || numeric(y) === null) {
    ctx.problems.push(problem(ctx.place, 'coord_nan', 'geometry.coordinates', { value: positionParams(g.coordinates).value }));
    return false;
  }
  if (g.coordinates.length === 3) ctx.problems.push(problem(ctx.place, 'height_dropped', 'geometry.coordinates', {}, 'warning'));
  cells.cells.set('lon', numeric(x));
  cells.cells.set('lat', numeric(y));
  cells.cells.delete('coordinates');
  return true;
}

function readTargetsTable(rows: unknown[][], lookups: Lookups, options: ImportOptions, file: string, log: ProblemLog) {
  const { layout, problems } = findLayout(rows, 'targets', file);
  log.addAll(problems);
  if (!layout) return { table: null as ImportedTargetTable | null, valid: 0, invalid: 0 };
  const input: TargetInputRow[] = [];
  for (let i = layout.headerIndex + 1; i < rows.length; i++) {
    const row = rows[i] ?? [];
    if (row.every((c) => cellText(c, 10) === '')) continue;
    const values = new Map<import('../schema').BoardColumn, unknown>();
    for (const [board, c] of layout.boardColumns) values.set(board, row[c]);
    const at = (f: 'industry' | 'metric' | 'unit' | 'year') => {
      const c = layout.columns.get(f);
      return c === undefined ? undefined : row[c];
    };
    input.push({ sourceRow: i + 1, industry: at('industry'), metric: at('metric'), unit: at('unit'), year: at('year'), values });
  }
  const yearFromName = /(20\d{2})/.exec(file)?.[1];
  const result = readTargets(input, lookups, {
    file,
    tableId: `import:${options.datasetId}`,
    year: options.year ?? (yearFromName ? Number(yearFromName) : null),
    title: options.title ?? null,
  });
  log.addAll(result.problems);
  return result;
}

function meta(options: ImportOptions, base: { format: ImportFormat | null; encoding: TextEncoding | null }, hooks: ImportHooks, rows: number, skipped: number): DatasetMeta {
  return {
    id: options.datasetId,
    origin: 'imported',
    kind: options.kind,
    name: options.title || options.fileName || options.datasetId,
    file_name: options.fileName || 'file',
    format: base.format ?? 'csv',
    encoding: base.encoding,
    crs: options.crs,
    imported_at: (hooks.now?.() ?? new Date()).toISOString(),
    row_count: rows,
    skipped_count: skipped,
    version: 1,
  };
}
