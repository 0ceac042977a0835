/**
 * Imported projects as columns (typed arrays), built ONCE per dataset, so that a filter change never walks
 * objects or rebuilds per-project records:
 *
 * - the heat reads `keptHeatData()` — one O(n) pass over small integer codes that packs the kept projects'
 *   positions and weights into two typed arrays (≈ 1 ms at 100 k rows);
 * - the project points layer keeps the index's own arrays as binary attributes and takes `keptMask()` (one
 *   0/1 per project, same pass) as its GPU filter value, so a filter change uploads one small buffer and no
 *   accessor runs;
 * - an import builds the index chunk by chunk as the worker's messages arrive (`concatProjectIndexes`), and
 *   `projectIndexOf()` remembers it per dataset, so adding 100 k projects costs the page no single long pass.
 *
 * Every rule here mirrors `projectMatches` (src/import/map-hooks.ts) and the one park filter's industry rule
 * (a 车联网 project matches an 物联网 filter); tests/unit/layers-projects.test.ts checks they agree.
 */
import { boardIds, projectStages } from '../schema/constants';
import type { BoardId, ProjectStage } from '../schema';
import { industryMatches, noParent, type ParentOf } from './park-filter';
import { concatRows, type ProjectRows } from './project-rows';

/** Board code for a project without a board. */
export const NO_BOARD = boardIds.length;
/** Day numbers standing for "no date" and for an open bound; far outside any real date, exact in float32. */
const UNDATED_END = -2e9;
const UNDATED_START = 2e9;
const OPEN = 3e9;

export interface ProjectIndex {
  count: number;
  /** The projects, row i of the columns below being row i here. */
  rows: ProjectRows;
  /** lon, lat interleaved (WGS84). */
  positions: Float32Array;
  /** Investment in 亿元; 0 when the file left it empty. */
  investment: Float32Array;
  stage: Uint8Array;
  board: Uint8Array;
  industry: Uint16Array;
  /** Distinct industry ids, in order of first appearance; `industry[i]` indexes this list. */
  industries: readonly string[];
  /** First and last day (days since 1970-01-01, UTC) the project's date covers; UNDATED_* when none. */
  dateStart: Float64Array;
  dateEnd: Float64Array;
  /** 1 when the position was taken from a park (drawn hollow, with the park's precision). */
  fromPark: Uint8Array;
  /** Projects carrying an investment amount > 0 (the only ones with heat weight). */
  withAmount: number;
}

const DAY_MS = 86_400_000;

/** First and last day a partial date covers: '2024' → 2024-01-01…2024-12-31, '2024-02' → 02-01…02-29. */
export function dayRange(date: string): [number, number] {
  const cached = dayRanges.get(date);
  if (cached) return cached;
  const range = computeDayRange(date);
  // Real lists repeat a few hundred distinct dates: parse each once.
  if (dayRanges.size < 100_000) dayRanges.set(date, range);
  return range;
}

const dayRanges = new Map<string, [number, number]>();

function computeDayRange(date: string): [number, number] {
  const y = Number(date.slice(0, 4));
  if (date.length === 4) return [Date.UTC(y, 0, 1) / DAY_MS, Date.UTC(y, 11, 31) / DAY_MS];
  const m = Number(date.slice(5, 7));
  if (date.length === 7) return [Date.UTC(y, m - 1, 1) / DAY_MS, Date.UTC(y, m, 0) / DAY_MS];
  const d = Date.UTC(y, m - 1, Number(date.slice(8, 10))) / DAY_MS;
  return [d, d];
}

/** An index of the right size for these projects, every column zero. */
export function allocateIndex(rows: ProjectRows): ProjectIndex {
  const n = rows.count;
  return {
    count: n,
    rows,
    positions: new Float32Array(n * 2),
    investment: new Float32Array(n),
    stage: new Uint8Array(n),
    board: new Uint8Array(n),
    industry: new Uint16Array(n),
    industries: [],
    dateStart: new Float64Array(n),
    dateEnd: new Float64Array(n),
    fromPark: new Uint8Array(n),
    withAmount: 0,
  };
}

/** Codes texts in order of first appearance (the index's industry vocabulary). */
export function vocabulary() {
  const list: string[] = [];
  const codes = new Map<string, number>();
  return {
    list,
    code(text: string): number {
      let code = codes.get(text);
      if (code === undefined) {
        code = list.length;
        list.push(text);
        codes.set(text, code);
      }
      return code;
    },
  };
}

const stageCodes = new Map<string, number>(projectStages.map((s, i) => [s, i]));
const boardCodes = new Map<string, number>(boardIds.map((b, i) => [b, i]));

/*
 * A project's values as the index codes them. Shared by the build from records (below) and the build from an
 * import's columns, which codes each distinct value once (indexFromColumns in src/import/project-columns.ts).
 */
export const stageCodeOf = (stage: ProjectStage): number => stageCodes.get(stage) ?? 0;
export const boardCodeOf = (board: BoardId | null): number => (board === null ? NO_BOARD : (boardCodes.get(board) ?? NO_BOARD));
const UNDATED: readonly [number, number] = [UNDATED_START, UNDATED_END];
/** First and last day of a project's date; an undated project matches no date range. */
export const dateSpanOf = (date: string | null): readonly [number, number] => (date ? dayRange(date) : UNDATED);

/** The index of projects read record by record (an import's columns are indexed without records: indexFromColumns). */
export function buildProjectIndex(rows: ProjectRows): ProjectIndex {
  const n = rows.count;
  const index = allocateIndex(rows);
  const industries = vocabulary();
  for (let i = 0; i < n; i++) {
    const p = rows.at(i);
    index.positions[i * 2] = p.lon;
    index.positions[i * 2 + 1] = p.lat;
    const amount = p.investment_yi ?? 0;
    index.investment[i] = amount;
    if (amount > 0) index.withAmount += 1;
    index.stage[i] = stageCodeOf(p.stage);
    index.board[i] = boardCodeOf(p.board);
    index.industry[i] = industries.code(p.industry);
    const [start, end] = dateSpanOf(p.date);
    index.dateStart[i] = start;
    index.dateEnd[i] = end;
    index.fromPark[i] = p.location.method === 'park' ? 1 : 0;
  }
  index.industries = industries.list;
  return index;
}

/**
 * One index over several parts, in order (chunks of one import, or the visible datasets). Industry codes are
 * re-numbered into one vocabulary; `rows` are the parts' rows one after another unless given.
 */
export function concatProjectIndexes(parts: readonly ProjectIndex[], rows?: ProjectRows): ProjectIndex {
  if (parts.length === 1 && (!rows || rows === parts[0]!.rows)) return parts[0]!;
  const n = parts.reduce((sum, p) => sum + p.count, 0);
  const all = rows ?? concatRows(parts.map((p) => p.rows));
  if (all.count !== n) throw new Error(`concatProjectIndexes: ${all.count} projects for ${n} indexed rows`);
  const out = allocateIndex(all);
  const industries = vocabulary();
  let at = 0;
  for (const part of parts) {
    out.positions.set(part.positions, at * 2);
    out.investment.set(part.investment, at);
    out.stage.set(part.stage, at);
    out.board.set(part.board, at);
    out.dateStart.set(part.dateStart, at);
    out.dateEnd.set(part.dateEnd, at);
    out.fromPark.set(part.fromPark, at);
    const remap = part.industries.map((id) => industries.code(id));
    for (let i = 0; i < part.count; i++) out.industry[at + i] = remap[part.industry[i]!]!;
    out.withAmount += part.withAmount;
    at += part.count;
  }
  out.industries = industries.list;
  return out;
}

/** Indexes already built, per dataset's rows (which the store never changes). */
const indexes = new WeakMap<ProjectRows, ProjectIndex>();

/** Records an index built elsewhere (chunk by chunk during an import, or from stored columns) for its rows. */
export function rememberProjectIndex(index: ProjectIndex): void {
  indexes.set(index.rows, index);
}

/** The index of these projects: remembered, or built now and remembered. */
export function projectIndexOf(rows: ProjectRows): ProjectIndex {
  let index = indexes.get(rows);
  if (!index) {
    index = buildProjectIndex(rows);
    indexes.set(rows, index);
  }
  return index;
}

/** Row of the project with this id, or -1. */
export function projectRow(index: ProjectIndex, id: string): number {
  return index.rows.rowOf(id);
}

/** What the projects are filtered by: the store's shared filters plus the imports slice's project filters. */
export interface ProjectFilterSpec {
  stages: readonly ProjectStage[];
  industries: readonly string[];
  boards: readonly BoardId[];
  dateFrom: string | null;
  dateTo: string | null;
}

/** The spec as code masks: one pass over the vocabularies, not over the projects. */
interface CompiledSpec {
  stage: Uint8Array;
  board: Uint8Array;
  industry: Uint8Array;
  from: number;
  to: number;
}

function compile(index: ProjectIndex, spec: ProjectFilterSpec, parentOf: ParentOf): CompiledSpec {
  const stage = new Uint8Array(projectStages.length).fill(spec.stages.length ? 0 : 1);
  for (const s of spec.stages) stage[projectStages.indexOf(s)] = 1;
  const board = new Uint8Array(boardIds.length + 1).fill(spec.boards.length ? 0 : 1);
  for (const b of spec.boards) board[boardIds.indexOf(b)] = 1;
  const wanted = new Set(spec.industries);
  const industry = Uint8Array.from(index.industries, (id) => (industryMatches(id, wanted, parentOf) ? 1 : 0));
  return {
    stage,
    board,
    industry,
    from: spec.dateFrom ? dayRange(spec.dateFrom)[0] : -OPEN,
    to: spec.dateTo ? dayRange(spec.dateTo)[1] : OPEN,
  };
}

function kept(index: ProjectIndex, c: CompiledSpec, i: number): boolean {
  return (
    c.stage[index.stage[i]!] === 1 &&
    c.board[index.board[i]!] === 1 &&
    c.industry[index.industry[i]!] === 1 &&
    index.dateEnd[i]! >= c.from &&
    index.dateStart[i]! <= c.to
  );
}

/** Indices of the projects the spec keeps (for counts, exports and tests). */
export function keptProjects(index: ProjectIndex, spec: ProjectFilterSpec, parentOf: ParentOf = noParent): number[] {
  const c = compile(index, spec, parentOf);
  const out: number[] = [];
  for (let i = 0; i < index.count; i++) if (kept(index, c, i)) out.push(i);
  return out;
}

export interface ProjectHeatData {
  /** Kept projects with an amount. */
  length: number;
  positions: Float32Array;
  /** Weights scaled to 0–1 by the largest kept amount (see build-deck-layers: half-float weight textures). */
  weights: Float32Array;
  /** Sum of the kept amounts, 亿元. */
  total: number;
  /** Kept projects without an amount (no heat weight; still drawn as points). */
  skipped: number;
}

/**
 * Rows picked by keptHeatData, reused from call to call: with 100 k projects a new one per filter change was
 * 400 KB of garbage each time, and the major collections it brought on mark every project record (~90 ms).
 */
let pickedScratch = new Uint32Array(0);

/** The kept projects' heat points, packed. O(n) over typed arrays; allocates only the output. */
export function keptHeatData(index: ProjectIndex, spec: ProjectFilterSpec, parentOf: ParentOf = noParent): ProjectHeatData {
  const c = compile(index, spec, parentOf);
  if (pickedScratch.length < index.count) pickedScratch = new Uint32Array(index.count);
  const picked = pickedScratch;
  let length = 0;
  let skipped = 0;
  let total = 0;
  let max = 0;
  for (let i = 0; i < index.count; i++) {
    if (!kept(index, c, i)) continue;
    const amount = index.investment[i]!;
    if (amount > 0) {
      picked[length++] = i;
      total += amount;
      if (amount > max) max = amount;
    } else skipped += 1;
  }
  const positions = new Float32Array(length * 2);
  const weights = new Float32Array(length);
  for (let k = 0; k < length; k++) {
    const i = picked[k]!;
    positions[k * 2] = index.positions[i * 2]!;
    positions[k * 2 + 1] = index.positions[i * 2 + 1]!;
    weights[k] = index.investment[i]! / (max || 1);
  }
  return { length, positions, weights, total, skipped };
}

/**
 * 1 for each project the spec keeps, 0 otherwise: the points layer's GPU filter value (DataFilterExtension,
 * range [0.5, 1]). A new array per call, so deck.gl sees a new binary attribute and uploads it.
 */
export function keptMask(index: ProjectIndex, spec: ProjectFilterSpec, parentOf: ParentOf = noParent): Float32Array {
  const c = compile(index, spec, parentOf);
  const mask = new Float32Array(index.count);
  for (let i = 0; i < index.count; i++) if (kept(index, c, i)) mask[i] = 1;
  return mask;
}
