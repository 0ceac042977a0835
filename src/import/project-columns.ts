import type { ImportedProject } from '../schema';

/**
 * Imported projects as compact columns, for the trip from the import worker to the page.
 *
 * Posting 100k project objects costs one structured clone of ~1.5 M values on each side, and the page pays its
 * half as ONE long task. As columns (typed arrays, transferred without copying, plus small dictionaries for the
 * repeated texts and one array of names) in chunks of CHUNK_ROWS, each message is cheap to receive and rebuild,
 * and the page stays responsive between them. decodeProjects() rebuilds exactly the objects encodeProjects()
 * was given (a unit test round-trips them); records of any other shape are not encoded (see encodeProjects).
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
  const count = Math.max(0, to - from);
  const dictIndex = new Map<string | null, number>();
  const dict: unknown[] = [];
  const code = (key: string | null, value: unknown = key) => {
    let c = dictIndex.get(key);
    if (c === undefined) {
      c = dict.length;
      dict.push(value);
      dictIndex.set(key, c);
    }
    return c;
  };
  // Texts and null are their own keys; a location by its content (its JSON text: two small keys, fixed order).
  const locationCode = (loc: ImportedProject['location']) =>
    code(`\u0000${loc.method === 'coordinates' ? `c\u0000${loc.crs}` : `p\u0000${loc.park_id}\u0000${loc.precision}`}`, loc);
  const out: ProjectColumns = {
    count,
    datasetId,
    names: new Array<string>(count),
    ids: null,
    externalIds: null,
    industry: new Uint16Array(count),
    stage: new Uint16Array(count),
    board: new Uint16Array(count),
    date: new Uint16Array(count),
    location: new Uint16Array(count),
    dict,
    investment: new Float64Array(count),
    lon: new Float64Array(count),
    lat: new Float64Array(count),
    sourceRow: new Uint32Array(count),
  };
  const prefix = `${datasetId}:`;
  for (let i = 0; i < count; i++) {
    const p = projects[from + i] as ImportedProject;
    out.names[i] = p.name;
    if (p.id !== prefix + p.source_row) {
      out.ids ??= Array.from({ length: count }, (_, k) => (projects[from + k] as ImportedProject).id);
    }
    if (p.external_id !== null) {
      out.externalIds ??= Array.from({ length: count }, (_, k) => (projects[from + k] as ImportedProject).external_id);
    }
    out.industry[i] = code(p.industry);
    out.stage[i] = code(p.stage);
    out.board[i] = code(p.board);
    out.date[i] = code(p.date);
    out.location[i] = locationCode(p.location);
    out.investment[i] = p.investment_yi === null ? NaN : p.investment_yi;
    out.lon[i] = p.lon;
    out.lat[i] = p.lat;
    out.sourceRow[i] = p.source_row;
  }
  return out;
}

/** The buffers to transfer with a chunk. */
export const transferables = (c: ProjectColumns): ArrayBuffer[] =>
  [c.industry, c.stage, c.board, c.date, c.location, c.investment, c.lon, c.lat, c.sourceRow].map((a) => a.buffer as ArrayBuffer);

export function decodeProjects(c: ProjectColumns): ImportedProject[] {
  const values = c.dict;
  const locations = values as Array<ImportedProject['location']>;
  const out = new Array<ImportedProject>(c.count);
  const prefix = `${c.datasetId}:`;
  for (let i = 0; i < c.count; i++) {
    const investment = c.investment[i] as number;
    const sourceRow = c.sourceRow[i] as number;
    out[i] = {
      id: c.ids ? (c.ids[i] as string) : prefix + sourceRow,
      external_id: c.externalIds ? c.externalIds[i] : null,
      origin: 'imported',
      name: c.names[i] as string,
      industry: values[c.industry[i] as number] as string,
      stage: values[c.stage[i] as number] as ImportedProject['stage'],
      investment_yi: Number.isNaN(investment) ? null : investment,
      date: values[c.date[i] as number] as string | null,
      board: values[c.board[i] as number] as ImportedProject['board'],
      lon: c.lon[i] as number,
      lat: c.lat[i] as number,
      // A fresh object per record, as the pipeline made them (nothing shares a nested object).
      location: { ...(locations[c.location[i] as number] as ImportedProject['location']) },
      source_row: sourceRow,
    };
  }
  return out;
}
