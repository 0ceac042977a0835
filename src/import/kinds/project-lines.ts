import type { BoardId, ImportCrs, ImportedProject, ProjectStage } from '../../schema';
import type { Field } from '../read/headers';
import type { QuoteFreeLines } from '../read/quote-free-rows';
import { cellText } from '../read/text';
import { unguardCsv } from '../read/csv-guard';
import type { TableLayout } from '../read/table';
import { IMPORT_LIMITS } from '../limits';
import type { Containment } from '../validate/containment';
import { locatePoint, parseDate } from '../validate/fields';
import { resolve, type Lookups } from '../validate/lookups';
import { spanDecimal, toYi } from '../validate/numbers';
import type { RowOutcome } from './projects';
import { projectRecord } from './project-record';
import { SpanMemo } from '../read/span-memo';

/**
 * The projects' fast path for a quote-free CSV line: a row that readProject would accept with nothing to report
 * but, at most, a board that differs from where its point lies (a warning the caller logs) is read straight from
 * the line's characters — numbers parsed in place, repeated texts (industry, stage, board, date) recognised by
 * their characters — so only the name becomes a new string. Any other row it is not sure of (anything else that
 * would be reported, or a layout with columns it does not read) it leaves to the generic path, untouched. Every value is computed by the generic path's own functions, so both paths agree; a property test
 * holds them to it (tests/unit/import-fast-path.test.ts).
 */

/** The columns it reads; a layout with any other (id, unit, park, coordinates) takes the generic path. */
const READ: ReadonlySet<Field> = new Set<Field>(['name', 'industry', 'stage', 'investment', 'date', 'board', 'lon', 'lat']);
const FAIL = Symbol('problem');
type Fail = typeof FAIL;

/** A project row's values as read from its line (valid until the next line is read). */
export interface ProjectLineValues {
  name: string;
  industry: string;
  stage: ProjectStage;
  investment: number | null;
  date: string | null;
  board: BoardId | null;
  /** WGS84. */
  lon: number;
  lat: number;
  /** As written in the file, before any conversion (the CRS hint's sample). */
  rawLon: number;
  rawLat: number;
  /** The board the point lies in when the row names another one (readProject's board_mismatch warning), else null. */
  mismatch: BoardId | null;
  /**
   * Which known text of its column gave industry, stage, board and date (SpanMemo.entry; -1: none, or a value not
   * read from the cell), so the column writer can code each known text once (ProjectColumnsBuilder.pushLine).
   */
  entries: Int32Array;
}

/** Positions in ProjectLineValues.entries. */
export const ENTRY = { industry: 0, stage: 1, board: 2, date: 3 } as const;

export interface ProjectLineContext {
  /** The file's lines; the reader reads the current one. */
  lines: QuoteFreeLines;
  layout: TableLayout;
  lookups: Lookups;
  containment: Containment;
  crs: ImportCrs;
  /** Cells that start with an apostrophe lose it when it guards a formula character (see csv-guard). */
  guarded: boolean;
}

export class ProjectLineReader {
  private readonly column: Record<'name' | 'industry' | 'stage' | 'investment' | 'date' | 'board' | 'lon' | 'lat', number>;
  private readonly wanUnit: boolean | null;
  /** Cell boundaries of the current line: cell k is [bounds[k], bounds[k + 1] - 1). */
  private bounds = new Int32Array(32);
  private readonly industry: SpanMemo<string | Fail>;
  private readonly stage: SpanMemo<ProjectStage | Fail>;
  private readonly board: SpanMemo<BoardId | null | Fail>;
  private readonly date: SpanMemo<string | null | Fail>;
  /** One location for every record read here (records never change their location). */
  readonly location: ImportedProject['location'];
  /** A cell's text as the generic path reads it (csv-guard removed, trimmed, cut). */
  private readonly text: (cell: string) => string;
  /** The values of the line last read with success. */
  readonly values: ProjectLineValues = { name: '', industry: '', stage: 'signed', investment: null, date: null, board: null, lon: 0, lat: 0, rawLon: 0, rawLat: 0, mismatch: null, entries: new Int32Array(4) };

  /** The lines it reads. */
  get lines(): QuoteFreeLines {
    return this.ctx.lines;
  }

  /** A reader for this layout, or null when the layout has a column it does not read. */
  static forLayout(ctx: ProjectLineContext): ProjectLineReader | null {
    for (const field of ctx.layout.columns.keys()) if (!READ.has(field)) return null;
    return ctx.layout.columns.has('lon') && ctx.layout.columns.has('lat') ? new ProjectLineReader(ctx) : null;
  }

  private constructor(private readonly ctx: ProjectLineContext) {
    const at = (field: Field) => ctx.layout.columns.get(field) ?? -1;
    this.column = { name: at('name'), industry: at('industry'), stage: at('stage'), investment: at('investment'), date: at('date'), board: at('board'), lon: at('lon'), lat: at('lat') };
    const unit = ctx.layout.units.get('investment');
    this.wanUnit = unit === 'wan' ? true : unit === 'yi' ? false : null;
    const raw = ctx.guarded ? unguardCsv : (cell: string) => cell;
    this.text = (cell) => cellText(raw(cell), IMPORT_LIMITS.maxCellChars);
    // The same reading as requiredText + readIndustry, the stage lookup, readBoard and readDate.
    const lookUp = <T, E>(map: Map<string, T>, empty: E) => (cell: string) => {
      const text = this.text(cell);
      return text ? (resolve(map, text) ?? FAIL) : empty;
    };
    this.industry = new SpanMemo(lookUp(ctx.lookups.industry, FAIL));
    this.stage = new SpanMemo(lookUp(ctx.lookups.stage, FAIL));
    this.board = new SpanMemo(lookUp(ctx.lookups.board, null));
    this.date = new SpanMemo((cell) => {
      const date = parseDate(raw(cell));
      return date === undefined ? FAIL : date;
    });
    this.location = { method: 'coordinates', crs: ctx.crs };
  }

  /**
   * Reads the current line into `values` and returns true when readProject would read its cells into a record
   * with no problem other than `values.mismatch`; else returns false, having changed nothing (the caller reads the
   * line's cells the generic way).
   */
  read(): boolean {
    const lines = this.ctx.lines;
    const { text, start, end } = lines;
    const cells = this.split(text, start, end, lines.delimiter);
    const c = this.column;
    if (c.name >= cells || c.industry >= cells || c.stage >= cells || c.lon >= cells || c.lat >= cells) return false;
    // Cell k is text[b[k], b[k + 1] - 1).
    const b = this.bounds;

    const industry = this.industry.get(text, b[c.industry] as number, (b[c.industry + 1] as number) - 1);
    if (industry === FAIL) return false;
    const industryEntry = this.industry.entry;
    const stage = this.stage.get(text, b[c.stage] as number, (b[c.stage + 1] as number) - 1);
    if (stage === FAIL) return false;
    const stageEntry = this.stage.entry;
    let investment: number | null = null;
    if (c.investment >= 0 && c.investment < cells) {
      const from = b[c.investment] as number;
      const to = (b[c.investment + 1] as number) - 1;
      if (to > from) {
        const value = spanDecimal(text, from, to);
        // Not a plain number, negative, or no unit to read it in: reported by the generic path.
        if (!(value >= 0) || this.wanUnit === null) return false;
        investment = this.wanUnit ? toYi(value, 'wan') : value;
      }
    }
    const hasDate = c.date >= 0 && c.date < cells;
    const date = hasDate ? this.date.get(text, b[c.date] as number, (b[c.date + 1] as number) - 1) : null;
    if (date === FAIL) return false;
    const dateEntry = hasDate ? this.date.entry : -1;
    const hasBoard = c.board >= 0 && c.board < cells;
    let board = hasBoard ? this.board.get(text, b[c.board] as number, (b[c.board + 1] as number) - 1) : null;
    if (board === FAIL) return false;
    let boardEntry = hasBoard ? this.board.entry : -1;

    const rawLon = spanDecimal(text, b[c.lon] as number, (b[c.lon + 1] as number) - 1);
    const rawLat = spanDecimal(text, b[c.lat] as number, (b[c.lat + 1] as number) - 1);
    if (Number.isNaN(rawLon) || Number.isNaN(rawLat)) return false;
    // Swapped, out of range or outside Wuxi: nowhere to be located, and reported by the generic path (readPoint).
    const pt = locatePoint(rawLon, rawLat, this.ctx.crs, this.ctx.containment);
    if (!pt) return false;
    const { lon, lat, located } = pt;
    // readProject's rule for board_mismatch, word for word; the record keeps the board the row names.
    const mismatch = board && located && located !== 'wuxi' && located !== board && board !== 'wxjk' ? located : null;
    if (board === null && located && located !== 'wuxi') {
      board = located;
      boardEntry = -1;
    }

    const name = this.text(text.slice(b[c.name] as number, (b[c.name + 1] as number) - 1));
    if (!name) return false;
    const v = this.values;
    v.name = name;
    v.industry = industry;
    v.stage = stage;
    v.investment = investment;
    v.date = date;
    v.board = board;
    v.lon = lon;
    v.lat = lat;
    v.rawLon = rawLon;
    v.rawLat = rawLat;
    v.mismatch = mismatch;
    v.entries[ENTRY.industry] = industryEntry;
    v.entries[ENTRY.stage] = stageEntry;
    v.entries[ENTRY.board] = boardEntry;
    v.entries[ENTRY.date] = dateEntry;
    return true;
  }

  /** The outcome readProject gives for the line last read with success (a new record). */
  outcome(id: string, sourceRow: number, wantSample: boolean): RowOutcome<ImportedProject> {
    const v = this.values;
    return {
      record: projectRecord(id, null, v.name, v.industry, v.stage, v.investment, v.date, v.board, v.lon, v.lat, this.location, sourceRow),
      sample: wantSample ? { raw: [v.rawLon, v.rawLat] as const, board: v.board } : null,
    };
  }

  /** Fills `bounds` with the line's cell starts (and the end + 1 after the last); returns the number of cells. */
  private split(text: string, start: number, end: number, delimiter: string): number {
    let bounds = this.bounds;
    let n = 0;
    bounds[0] = start;
    for (let at = text.indexOf(delimiter, start); at >= 0 && at < end; at = text.indexOf(delimiter, at + 1)) {
      if (n + 2 >= bounds.length) {
        const wider = new Int32Array(bounds.length * 2);
        wider.set(bounds);
        this.bounds = bounds = wider;
      }
      bounds[++n] = at + 1;
    }
    bounds[n + 1] = end + 1;
    return n + 1;
  }
}
