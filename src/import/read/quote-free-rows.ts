/**
 * Rows of a quote-free CSV text between two offsets, exactly as papaparse parses such text (its "fast mode": the
 * text split at every line break, each line split at every delimiter, a leading U+FEFF of the text dropped) and
 * with blank rows dropped as its 'greedy' mode does (every field whitespace). Written out because papaparse
 * first copies every line into a string of its own, then splits it, then we filtered its rows again: at 100 k
 * rows that was 100 k extra strings and arrays for the collector. Cells are cut straight from the text.
 */
export function quoteFreeRows(text: string, start: number, end: number, delimiter: string, newline: '\n' | '\r\n'): string[][] {
  const rows: string[][] = [];
  const lines = new QuoteFreeLines(text, start, end, delimiter, newline);
  for (let row = lines.next(); row !== undefined; row = lines.next()) rows.push(row);
  return rows;
}

/**
 * The same rows one line at a time, each readable in place (`start`–`end` of `text`) before it is cut into cells:
 * a reader that understands the line's characters directly (the projects' fast path, kinds/project-lines.ts)
 * need not make a string of every cell.
 */
export class QuoteFreeLines {
  /** The current line, without its line break. */
  start = 0;
  end = 0;
  private at: number;
  private done = false;
  private readonly delim: number;

  constructor(
    readonly text: string,
    from: number,
    private readonly to: number,
    readonly delimiter: string,
    private readonly newline: '\n' | '\r\n',
  ) {
    if (delimiter.length !== 1) throw new Error('QuoteFreeLines: the delimiter is one character');
    this.delim = delimiter.charCodeAt(0);
    this.at = text.charCodeAt(from) === 0xfeff ? from + 1 : from;
  }

  /** Moves to the next line that is not blank; false when none is left. */
  advance(): boolean {
    const { text, to, newline } = this;
    while (!this.done) {
      const at = this.at;
      let lineEnd = text.indexOf(newline, at);
      // A newline search that ran past `to` can only have found one beyond the caller's range (pieces end at a break).
      if (lineEnd < 0 || lineEnd > to) lineEnd = to;
      if (lineEnd >= to) this.done = true;
      else this.at = lineEnd + newline.length;
      if (!blankLine(text, at, lineEnd, this.delim)) {
        this.start = at;
        this.end = lineEnd;
        return true;
      }
    }
    return false;
  }

  /** The current line's cells. */
  cells(): string[] {
    return splitLine(this.text, this.start, this.end, this.delimiter);
  }

  /** The next row's cells, or undefined at the end. */
  next(): string[] | undefined {
    return this.advance() ? this.cells() : undefined;
  }
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
