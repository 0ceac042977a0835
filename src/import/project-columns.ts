import type { BoardId, ImportedProject, ProjectStage } from '../schema';
import { ENTRY, type ProjectLineValues } from './kinds/project-lines';
import { SPAN_MEMO_LIMIT } from './read/span-memo';
import { projectRecord } from './kinds/project-record';
import { allocateIndex, boardCodeOf, dateSpanOf, stageCodeOf, vocabulary, type ProjectIndex } from '../domain/project-index';
import type { ProjectRows } from '../domain/project-rows';

/**
 * Imported projects as compact columns: how they travel from the import worker to the page, how the page keeps
 * them (project-table.ts) and how they are stored (store/persistence.ts).
 *
 * Posting 100k project objects costs one structured clone of ~1.5 M values on each side, and the page pays its
 * half as ONE long task. As columns (typed arrays, transferred without copying, plus small dictionaries for the
 * repeated texts and one array of names) in chunks of CHUNK_ROWS, each message is cheap to receive, and the page
 * stays responsive between them. recordOf() rebuilds exactly the record encodeProjects() was given (unit tests
 * round-trip them); records of any other shape are not encoded (see encodeProjects).
 */
export const CHUNK_ROWS = 8192;

export interface ProjectColumns {
  count: number;
  /** Record ids are `<datasetId>:<source_row>` unless `ids` says otherwise. */
  datasetId: string;
  names: string[];
  /** null: every record's id is `<datasetId>:<source_row>`. */
  ids: string[] | null;
  /** null: no record has an external id (all null). */
  externalIds: Array<string | null | undefined> | null;
  /** Codes into `dict` (one dictionary for industry, stage, board, date and location texts). */
  industry: Uint16Array;
  stage: Uint16Array;
  board: Uint16Array;
  date: Uint16Array;
  location: Uint16Array;
  /** Each distinct value (texts, null, location objects), indexed by the codes above. */
  dict: unknown[];
  /** NaN = null. */
  investment: Float64Array;
  lon: Float64Array;
  lat: Float64Array;
  sourceRow: Uint32Array;
}

const KEYS = new Set(['id', 'external_id', 'origin', 'name', 'industry', 'stage', 'investment_yi', 'date', 'board', 'lon', 'lat', 'location', 'source_row']);

/** True when the records have exactly the shape these columns carry (else the caller posts the objects). */
export function encodable(projects: readonly ImportedProject[]): boolean {
  for (const p of projects) {
    let keys = 0;
    for (const k in p) {
      if (!KEYS.has(k)) return false;
      keys += 1;
    }
    if (keys !== KEYS.size) return false;
    if (p.origin !== 'imported' || !Number.isInteger(p.source_row) || p.source_row < 0 || p.source_row > 0xffffffff) return false;
    if (p.investment_yi !== null && Number.isNaN(p.investment_yi)) return false;
    const loc = p.location as Record<string, unknown>;
    const locKeys = Object.keys(loc).length;
    if (loc.method === 'coordinates' ? locKeys !== 2 || typeof loc.crs !== 'string' : loc.method !== 'park' || locKeys !== 3 || typeof loc.park_id !== 'string' || typeof loc.precision !== 'string') return false;
    for (const v of [p.industry, p.stage, p.board, p.date]) if (v !== null && typeof v !== 'string') return false;
  }
  return true;
}

/** Encodes projects[from, to). Chunks hold at most CHUNK_ROWS records, so 16-bit codes always suffice. */
export function encodeProjects(projects: readonly ImportedProject[], from: number, to: number, datasetId: string): ProjectColumns {
  const builder = new ProjectColumnsBuilder(datasetId, Math.max(0, to - from));
  for (let i = from; i < to; i++) builder.push(projects[i] as ImportedProject);
  return builder.finish();
}

/**
 * encodeProjects one record at a time: the import hands each valid record over as soon as its row is read and
 * drops it, so records die young (a cheap minor GC) instead of living in a batch of CHUNK_ROWS until it is
 * encoded, which made the collector copy and promote every one of them. Same columns as encodeProjects.
 */
export class ProjectColumnsBuilder {
  private readonly out: ProjectColumns;
  private readonly dictIndex = new Map<string | null, number>();
  /** Locations by CRS (coordinates) or by park and precision: no key text per coordinate record. */
  private readonly crsCodes = new Map<string, number>();
  private readonly parkCodes = new Map<string, number>();
  private readonly prefix: string;
  private n = 0;
  /** Per column of a line read in place, 1 + the code of each known text (ProjectLineValues.entries); 0: not yet. */
  private readonly entryCodes = new Int32Array(4 * SPAN_MEMO_LIMIT);
  /** The location last coded and its code: every line read in place shares one location object. */
  private lastLocation: ImportedProject['location'] | null = null;
  private lastLocationCode = 0;

  constructor(datasetId: string, readonly capacity: number = CHUNK_ROWS) {
    this.prefix = `${datasetId}:`;
    this.out = {
      count: 0,
      datasetId,
      names: new Array<string>(capacity),
      ids: null,
      externalIds: null,
      industry: new Uint16Array(capacity),
      stage: new Uint16Array(capacity),
      board: new Uint16Array(capacity),
      date: new Uint16Array(capacity),
      location: new Uint16Array(capacity),
      dict: [],
      investment: new Float64Array(capacity),
      lon: new Float64Array(capacity),
      lat: new Float64Array(capacity),
      sourceRow: new Uint32Array(capacity),
    };
  }

  get size(): number {
    return this.n;
  }

  get full(): boolean {
    return this.n >= this.capacity;
  }

  push(p: ImportedProject): void {
    const out = this.out;
    const i = this.n++;
    if (!out.ids && !isRowId(p.id, this.prefix, p.source_row)) {
      // The earlier records all had the patterned id: rebuilt from their rows (equal texts).
      out.ids = new Array<string>(this.capacity);
      for (let k = 0; k < i; k++) out.ids[k] = this.prefix + out.sourceRow[k];
    }
    if (out.ids) out.ids[i] = p.id;
    if (p.external_id !== null && !out.externalIds) out.externalIds = new Array<string | null | undefined>(this.capacity).fill(null, 0, i);
    if (out.externalIds) out.externalIds[i] = p.external_id;
    this.fill(i, p.name, this.code(p.industry), this.code(p.stage), this.code(p.board), this.code(p.date), p.investment_yi, p.lon, p.lat, p.location, p.source_row);
  }

  /**
   * A project read in place from its line (kinds/project-lines.ts): the record push() would be given, without
   * making it. Its id follows the pattern and it has no external id.
   */
  pushLine(v: ProjectLineValues, sourceRow: number, location: ImportedProject['location']): void {
    const out = this.out;
    const i = this.n++;
    if (out.ids) out.ids[i] = this.prefix + sourceRow;
    if (out.externalIds) out.externalIds[i] = null;
    const e = v.entries;
    this.fill(
      i,
      v.name,
      this.codeOf(ENTRY.industry, e[ENTRY.industry] as number, v.industry),
      this.codeOf(ENTRY.stage, e[ENTRY.stage] as number, v.stage),
      this.codeOf(ENTRY.board, e[ENTRY.board] as number, v.board),
      this.codeOf(ENTRY.date, e[ENTRY.date] as number, v.date),
      v.investment,
      v.lon,
      v.lat,
      location,
      sourceRow,
    );
  }

  private fill(
    i: number,
    name: string,
    industry: number,
    stage: number,
    board: number,
    date: number,
    investment: number | null,
    lon: number,
    lat: number,
    location: ImportedProject['location'],
    sourceRow: number,
  ): void {
    const out = this.out;
    out.names[i] = name;
    out.industry[i] = industry;
    out.stage[i] = stage;
    out.board[i] = board;
    out.date[i] = date;
    out.location[i] = this.locationCode(location);
    out.investment[i] = investment === null ? NaN : investment;
    out.lon[i] = lon;
    out.lat[i] = lat;
    out.sourceRow[i] = sourceRow;
  }

  /** The code of a line's value: looked up once per known text of its column, then read from entryCodes. */
  private codeOf(column: number, entry: number, value: string | null): number {
    if (entry < 0) return this.code(value);
    const at = column * SPAN_MEMO_LIMIT + entry;
    let c = (this.entryCodes[at] as number) - 1;
    if (c < 0) {
      c = this.code(value);
      this.entryCodes[at] = c + 1;
    }
    return c;
  }

  /** The columns of the records pushed; the builder is done with them. */
  finish(): ProjectColumns {
    const out = this.out;
    const n = this.n;
    out.count = n;
    if (n === this.capacity) return out;
    out.names.length = n;
    if (out.ids) out.ids.length = n;
    if (out.externalIds) out.externalIds.length = n;
    return {
      ...out,
      industry: out.industry.slice(0, n),
      stage: out.stage.slice(0, n),
      board: out.board.slice(0, n),
      date: out.date.slice(0, n),
      location: out.location.slice(0, n),
      investment: out.investment.slice(0, n),
      lon: out.lon.slice(0, n),
      lat: out.lat.slice(0, n),
      sourceRow: out.sourceRow.slice(0, n),
    };
  }

  /** Texts and null are their own keys. */
  private code(key: string | null): number {
    let c = this.dictIndex.get(key);
    if (c === undefined) {
      c = this.out.dict.length;
      this.out.dict.push(key);
      this.dictIndex.set(key, c);
    }
    return c;
  }

  /** The location's code; the same object as the last one's (every line read in place) is not looked up again. */
  private locationCode(loc: ImportedProject['location']): number {
    if (loc === this.lastLocation) return this.lastLocationCode;
    this.lastLocation = loc;
    this.lastLocationCode = this.locationCodeOf(loc);
    return this.lastLocationCode;
  }

  /** A location by its content (two or three small fields), as the first record with that content had it. */
  private locationCodeOf(loc: ImportedProject['location']): number {
    const byCrs = loc.method === 'coordinates';
    const key = byCrs ? loc.crs : `${loc.park_id}\u0000${loc.precision}`;
    const codes = byCrs ? this.crsCodes : this.parkCodes;
    let c = codes.get(key);
    if (c === undefined) {
      c = this.out.dict.length;
      this.out.dict.push(loc);
      codes.set(key, c);
    }
    return c;
  }
}

/** id === prefix + row, decided without building that text (once per record of a 100 k-row import). */
const isRowId = (id: string, prefix: string, row: number): boolean => rowNumberOf(id, prefix) === row;

/** The row in an id `<prefix><row>`, or -1 when the id is not of that form. */
export function rowNumberOf(id: string, prefix: string): number {
  if (!id.startsWith(prefix) || id.length === prefix.length || id.length - prefix.length > 10) return -1;
  // The decimal text of a number has no sign and no leading zero (other than "0" itself).
  if (id.charCodeAt(prefix.length) === 48 && id.length > prefix.length + 1) return -1;
  let value = 0;
  for (let i = prefix.length; i < id.length; i++) {
    const d = id.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value <= 0xffffffff ? value : -1;
}

/** The buffers to transfer with a chunk. */
export const transferables = (c: ProjectColumns): ArrayBuffer[] =>
  [c.industry, c.stage, c.board, c.date, c.location, c.investment, c.lon, c.lat, c.sourceRow].map((a) => a.buffer as ArrayBuffer);

/** Every record of a chunk at once (stored data being checked, tests); the page reads rows (project-table.ts). */
export function decodeProjects(c: ProjectColumns): ImportedProject[] {
  const locations = sharedLocations(c);
  const out = new Array<ImportedProject>(c.count);
  for (let i = 0; i < c.count; i++) out[i] = recordOf(c, i, locations);
  return out;
}

/**
 * One location object per distinct location, shared by its records: nothing changes a record's location, and
 * 100 k copies of two small fields were most of the page's cost of rebuilding the records.
 */
export function sharedLocations(c: ProjectColumns): Array<ImportedProject['location'] | null> {
  return c.dict.map((v) => (v !== null && typeof v === 'object' ? Object.freeze({ ...(v as ImportedProject['location']) }) : null));
}

/** The id of row i of a chunk. */
export const idOf = (c: ProjectColumns, i: number): string => (c.ids ? (c.ids[i] as string) : `${c.datasetId}:${c.sourceRow[i] as number}`);

/** The investment of row i of a chunk (NaN stands for none). */
export function investmentOf(c: ProjectColumns, i: number): number | null {
  const investment = c.investment[i] as number;
  return Number.isNaN(investment) ? null : investment;
}

/** The record of row i of a chunk, exactly as encodeProjects was given it; `locations` from sharedLocations(c). */
export function recordOf(c: ProjectColumns, i: number, locations: ReadonlyArray<ImportedProject['location'] | null>): ImportedProject {
  const values = c.dict;
  return projectRecord(
    idOf(c, i),
    c.externalIds ? c.externalIds[i] : null,
    c.names[i] as string,
    values[c.industry[i] as number] as string,
    values[c.stage[i] as number] as ImportedProject['stage'],
    investmentOf(c, i),
    values[c.date[i] as number] as string | null,
    values[c.board[i] as number] as ImportedProject['board'],
    c.lon[i] as number,
    c.lat[i] as number,
    locations[c.location[i] as number] as ImportedProject['location'],
    c.sourceRow[i] as number,
  );
}

/**
 * The map's column index of a chunk (what buildProjectIndex gives for its decoded records), read from the columns:
 * each distinct value is coded once through the dictionary, so the pass over the rows only copies numbers.
 */
export function indexFromColumns(c: ProjectColumns, rows: ProjectRows): ProjectIndex {
  const index = allocateIndex(rows);
  const industries = vocabulary();
  const values = c.dict;
  const size = values.length;
  const stage = new Uint8Array(size);
  const board = new Uint8Array(size);
  const dateStart = new Float64Array(size);
  const dateEnd = new Float64Array(size);
  const fromPark = new Uint8Array(size);
  // Codes are only read at the positions of their own column, so each table is filled for every entry it could meet.
  for (let k = 0; k < size; k++) {
    const v = values[k];
    if (typeof v === 'string') {
      stage[k] = stageCodeOf(v as ProjectStage);
      board[k] = boardCodeOf(v as BoardId);
    } else if (v === null) board[k] = boardCodeOf(null);
    else if (typeof v === 'object') fromPark[k] = (v as ImportedProject['location']).method === 'park' ? 1 : 0;
    [dateStart[k], dateEnd[k]] = dateSpanOf(typeof v === 'string' ? v : null);
  }
  const industryCodes = new Int32Array(size).fill(-1);
  for (let i = 0; i < c.count; i++) {
    index.positions[i * 2] = c.lon[i] as number;
    index.positions[i * 2 + 1] = c.lat[i] as number;
    const amount = c.investment[i] as number;
    // NaN (no amount) is 0 in the index, as null is in buildProjectIndex.
    const kept = Number.isNaN(amount) ? 0 : amount;
    index.investment[i] = kept;
    if (kept > 0) index.withAmount += 1;
    index.stage[i] = stage[c.stage[i] as number] as number;
    index.board[i] = board[c.board[i] as number] as number;
    const ic = c.industry[i] as number;
    let code = industryCodes[ic] as number;
    if (code < 0) industryCodes[ic] = code = industries.code(values[ic] as string);
    index.industry[i] = code;
    const dc = c.date[i] as number;
    index.dateStart[i] = dateStart[dc] as number;
    index.dateEnd[i] = dateEnd[dc] as number;
    index.fromPark[i] = fromPark[c.location[i] as number] as number;
  }
  index.industries = industries.list;
  return index;
}

/**
 * Valid projects into full column chunks as they come: `take` each record (or `takeLine` the values of a line
 * read in place), `finish` once the import is done. The worker posts the chunks; the bench's Node leg clones them
 * as posting would.
 */
export function projectChunker(datasetId: string): {
  take: (project: ImportedProject) => void;
  takeLine: (values: ProjectLineValues, sourceRow: number, location: ImportedProject['location']) => void;
  finish: () => ProjectColumns[];
} {
  let builder = new ProjectColumnsBuilder(datasetId);
  const chunks: ProjectColumns[] = [];
  const flush = () => {
    if (builder.size === 0) return;
    chunks.push(builder.finish());
    builder = new ProjectColumnsBuilder(datasetId);
  };
  return {
    take(project) {
      builder.push(project);
      if (builder.full) flush();
    },
    takeLine(values, sourceRow, location) {
      builder.pushLine(values, sourceRow, location);
      if (builder.full) flush();
    },
    finish() {
      flush();
      return chunks;
    },
  };
}
