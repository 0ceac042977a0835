/**
 * Excel runs a cell starting with = + - @ (or tab/CR) as a formula, so CSV exports prefix such text with an
 * apostrophe (Excel's own "this is text" mark, not shown in the cell). Text that already starts with apostrophes
 * before such a character gets one more, so that removing exactly one on import restores any text exactly.
 */
const GUARDED = /^'*[=+\-@\t\r]/;

export function csvSafe(value: string): string {
  return GUARDED.test(value) ? `'${value}` : value;
}

/** The inverse of csvSafe for a CSV cell; most cells do not start with an apostrophe and return at once. */
export function unguardCsv(value: string): string {
  if (value.charCodeAt(0) !== 39) return value;
  return GUARDED.test(value.slice(1)) ? value.slice(1) : value;
}
