/**
 * Rows of a quote-free CSV text between two offsets, exactly as papaparse parses such text (its "fast mode": the
 * text split at every line break, each line split at every delimiter, a leading U+FEFF of the text dropped) and
 * with blank rows dropped as its 'greedy' mode does (every field whitespace). Written out because papaparse
 * first copies every line into a string of its own, then splits it, then we filtered its rows again: at 100 k
 * rows that was 100 k extra strings and arrays for the collector. Cells are cut straight from the text.
 */
export function quoteFreeRows(text: string, start: number, end: number, delimiter: string, newline: '\n' | '\r\n'): string[][] {
  if (delimiter.length !== 1) throw new Error('quoteFreeRows: the delimiter is one character');
  const rows: string[][] = [];
  let at = text.charCodeAt(start) === 0xfeff ? start + 1 : start;
  const delim = delimiter.charCodeAt(0);
  for (;;) {
    let lineEnd = text.indexOf(newline, at);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    // A newline search that ran past `end` can only have found one beyond the caller's range (pieces end at a break).
    if (!blankLine(text, at, lineEnd, delim)) rows.push(splitLine(text, at, lineEnd, delimiter));
    if (lineEnd >= end) break;
    at = lineEnd + newline.length;
  }
  return rows;
}

function splitLine(text: string, from: number, to: number, delimiter: string): string[] {
  const cells: string[] = [];
  let at = from;
  for (;;) {
    const next = text.indexOf(delimiter, at);
    if (next < 0 || next >= to) {
      cells.push(text.slice(at, to));
      return cells;
    }
    cells.push(text.slice(at, next));
    at = next + 1;
  }
}

/** Every field whitespace (JavaScript's \s), i.e. every character of the line a delimiter or whitespace. */
function blankLine(text: string, from: number, to: number, delim: number): boolean {
  // Most lines start with a visible character: decided at once.
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== delim && !isSpace(c)) return false;
  }
  return true;
}

/** JavaScript's \s: the same set the 'greedy' blank check of papaparse tests with. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
