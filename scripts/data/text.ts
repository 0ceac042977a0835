/**
 * Normalisation shared by the extractors and the tests. The source texts are PDF extractions:
 * names get split by stray spaces ("软件与信息 技术服务"), brackets come full- or half-width
 * ("（%）" vs "(%)"), and table cells hold "-" where no target is set.
 */

/** Remove every kind of whitespace (ASCII, full-width U+3000, NBSP) — Chinese labels never need it. */
export function squash(text: string): string {
  return text.replace(/[\s\u3000\u00a0]+/g, '');
}

/** Canonical form of a printed label: no spaces, full-width brackets. */
export function normaliseLabel(text: string): string {
  return squash(text).replace(/\(/g, '（').replace(/\)/g, '）');
}

/** Cells that mean "no target set for this board"; kept as null, never as 0. */
const NO_TARGET = new Set(['-', '－', '—', '–']);

export function parseCell(raw: string): number | null {
  const cell = raw.trim();
  if (NO_TARGET.has(cell)) return null;
  if (!/^-?\d+(?:\.\d+)?$/.test(cell)) throw new Error(`not a table number: "${raw}"`);
  return Number(cell);
}

/** Whether `needle` occurs in `haystack` once both are stripped of whitespace (PDF line breaks split phrases). */
export function occursIn(haystack: string, needle: string): boolean {
  return squash(haystack).includes(squash(needle));
}
