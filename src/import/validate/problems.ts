import type { SiteProblemCode } from '../kinds/sites';

/**
 * A problem found while importing. It names the file, the row (spreadsheet numbering: header = row 1) or the
 * feature (1-based), and the field; the message is an i18n key under `import.problem.*` with parameters, so
 * the same problem reads in Chinese and English. Parameters are plain strings/numbers, rendered as text.
 */
export type ProblemSeverity = 'error' | 'warning';

export type ProblemCode =
  | 'file_too_large'
  | 'too_many_rows'
  | 'empty_file'
  | 'unsupported_format'
  | 'decode_failed'
  | 'csv_parse'
  | 'json_parse'
  | 'not_feature_collection'
  | 'geojson_invalid'
  | 'xlsx_failed'
  | 'missing_column'
  | 'unknown_column'
  | 'duplicate_column'
  | 'forbidden_key'
  | 'required'
  | 'not_a_number'
  | 'negative_number'
  | 'unit_missing'
  | 'unknown_unit'
  | 'unknown_industry'
  | 'unknown_stage'
  | 'unknown_board'
  | 'unknown_park'
  | 'unknown_metric'
  | 'unknown_zone_kind'
  | 'unknown_status'
  | 'bad_date'
  | 'bad_year'
  | 'coord_missing'
  | 'coord_nan'
  | 'coord_out_of_range'
  | 'coord_swapped'
  | 'outside_wuxi'
  | 'board_mismatch'
  | 'geometry_missing'
  | 'geometry_type'
  | 'geometry_empty'
  | 'geometry_empty_ring'
  | 'ring_too_short'
  | 'ring_unclosed'
  | 'self_intersection'
  | 'duplicate_id'
  | 'duplicate_row'
  | 'crs_hint'
  | 'too_many_problems'
  | 'internal_error'
  | SiteProblemCode;

/** Every code a problem can carry: the import's own (import.problem.*) and the file checks (importChecks.problem.*). */
export type AnyProblemCode = ProblemCode | FileCheckCode;

/** Codes whose messages live under `importChecks.problem.*` (file checks: encodings, NUL, Excel limits, shapes). */
export const FILE_CHECK_CODES = [
  'not_text',
  'encoding_unsupported',
  'decode_replaced',
  'encoding_suspect',
  'nul_char',
  'no_data_rows',
  'value_not_text',
  'position_values',
  'height_dropped',
  'geometry_not_point',
  'xlsx_too_large',
  'xlsx_too_many_rows',
  'xlsx_bad_cell',
  'xlsx_bad_cells',
  'xlsx_unreadable',
] as const;
export type FileCheckCode = (typeof FILE_CHECK_CODES)[number];
const FILE_CHECKS: ReadonlySet<string> = new Set(FILE_CHECK_CODES);

export type ProblemParams = Record<string, string | number>;

export interface ImportProblem {
  severity: ProblemSeverity;
  code: AnyProblemCode;
  file: string;
  /** Spreadsheet row number (header = 1) for tables; null for file-level problems and GeoJSON. */
  row: number | null;
  /** 1-based feature number for GeoJSON; null otherwise. */
  feature: number | null;
  /** Canonical field id (e.g. "lon", "industry") or the raw column/property name; null when file-level. */
  field: string | null;
  params: ProblemParams;
}

/** Where a problem sits, so row-level helpers need not know whether they read a table or GeoJSON. */
export interface ProblemPlace {
  file: string;
  row: number | null;
  feature: number | null;
}

export function problem(
  place: ProblemPlace,
  code: AnyProblemCode,
  field: string | null = null,
  params: ProblemParams = {},
  severity: ProblemSeverity = 'error',
): ImportProblem {
  return { severity, code, file: place.file, row: place.row, feature: place.feature, field, params };
}

export function fileProblem(file: string, code: AnyProblemCode, params: ProblemParams = {}, severity: ProblemSeverity = 'error') {
  return problem({ file, row: null, feature: null }, code, null, params, severity);
}

/** Errors among problems, without the temporary array a filter() would allocate on every row. */
export function errorCount(problems: readonly ImportProblem[]): number {
  // Indexed loops here and in addAll: both run for every row, and a for-of makes an iterator per call until the
  // optimiser removes it (most of a 10 k-row import runs before it does).
  let n = 0;
  for (let i = 0; i < problems.length; i++) if ((problems[i] as ImportProblem).severity === 'error') n += 1;
  return n;
}

/** Message key for a problem code (both locales define every code; a unit test checks it). */
export const problemMessageKey = (code: AnyProblemCode) =>
  FILE_CHECKS.has(code)
    ? `importChecks.problem.${code}`
    : code.startsWith('site_')
      ? `sites.problem.${code}`
      : `import.problem.${code}`;

/**
 * Collects problems but keeps at most `limit` in memory: a 100k-row file full of errors must not produce a
 * 100k-entry preview. Counts stay exact.
 */
export class ProblemLog {
  readonly items: ImportProblem[] = [];
  errors = 0;
  warnings = 0;
  constructor(private readonly limit = 1000) {}
  add(p: ImportProblem) {
    if (p.severity === 'error') this.errors += 1;
    else this.warnings += 1;
    if (this.items.length < this.limit) this.items.push(p);
  }
  /** A problem that decides the whole file (e.g. too many rows) is listed first, even when the list is full. */
  addFirst(p: ImportProblem) {
    if (p.severity === 'error') this.errors += 1;
    else this.warnings += 1;
    this.items.unshift(p);
    if (this.items.length > this.limit) this.items.pop();
  }
  addAll(ps: readonly ImportProblem[]) {
    for (let i = 0; i < ps.length; i++) this.add(ps[i] as ImportProblem);
  }
  get truncated() {
    return this.errors + this.warnings > this.items.length;
  }
}
