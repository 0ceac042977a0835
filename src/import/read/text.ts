/**
 * Text normalisation shared by numbers, headers and lookups: full-width ASCII (ＡＢＣ１２３，．（）) to
 * half-width, the ideographic space and other Unicode spaces to a plain space, trimmed.
 */
const SPACES = /[\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]/g;
// Non-global twins for tests: most cells are plain text, and skipping the rewrite then saves the 100k-row import.
const HAS_SPACES = /[\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]/;
const HAS_FULL_WIDTH = /[\uff01-\uff5e]/;

export function toHalfWidth(text: string): string {
  if (!HAS_FULL_WIDTH.test(text)) return text;
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    // U+FF01..U+FF5E map onto U+0021..U+007E.
    out += code >= 0xff01 && code <= 0xff5e ? String.fromCodePoint(code - 0xfee0) : ch;
  }
  return out;
}

export function normaliseText(text: string): string {
  const half = toHalfWidth(text);
  return (HAS_SPACES.test(half) ? half.replace(SPACES, ' ') : half).trim();
}

/** Lookup key: half-width, lower-case, without spaces, underscores, hyphens and common brackets/punctuation. */
export function lookupKey(text: string): string {
  return normaliseText(text)
    .toLowerCase()
    .replace(/[\s_\-–—·・.,:;'"“”‘’()[\]{}<>《》【】、]/g, '');
}

/** Cell → trimmed string; numbers/booleans from spreadsheets become their text; null/undefined → ''. */
export function cellText(value: unknown, maxChars: number): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  const text = typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
  const trimmed = (HAS_SPACES.test(text) ? text.replace(SPACES, ' ') : text).trim();
  return trimmed.length > maxChars ? trimmed.slice(0, maxChars) : trimmed;
}
