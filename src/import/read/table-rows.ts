import { parseCsv, parseCsvLines, parseCsvPieces, type CsvParse } from './csv';
import { IMPORT_LIMITS } from '../limits';

/** Row by row, in the order rows are numbered; undefined at the end. */
export interface RowSource {
  next(): unknown[] | undefined;
}

/** A table's rows; `count` when known up front, else `atMost`. */
export interface TableRows {
  /** A quote-free CSV's rows are its QuoteFreeLines, whose lines can also be read in place. */
  reader: RowSource;
  count: number | null;
  atMost: number;
}

export const wholeTable = (rows: unknown[][]): TableRows => ({ reader: new RowReader([rows][Symbol.iterator]()), count: rows.length, atMost: rows.length });

/**
 * A CSV file is read while it is validated: a quote-free one line by line (parseCsvLines), any other piece by
 * piece (parseCsvPieces). The row limit needs the row count first: when the file has so many lines that it might
 * pass the limit, it is parsed whole and counted.
 */
export function csvTable(text: string, onErrors: (errors: CsvParse['errors']) => void, maxRows: number = IMPORT_LIMITS.maxRows): TableRows {
  // Rows cannot outnumber line breaks of either kind (\n, \r\n or an old Mac's \r) plus one.
  const lines = 1 + Math.max(occurrences(text, '\n'), occurrences(text, '\r'));
  if (lines > maxRows + 10) {
    const parsed = parseCsv(text);
    onErrors(parsed.errors);
    return wholeTable(parsed.rows);
  }
  const quoteFree = parseCsvLines(text);
  if (quoteFree) {
    onErrors(quoteFree.errors);
    return { reader: quoteFree.lines, count: null, atMost: lines };
  }
  const pieces = parseCsvPieces(text);
  const reader = new RowReader({
    next: () => {
      const piece = pieces.next();
      if (piece.done) return { done: true, value: undefined };
      onErrors(piece.value.errors);
      return { done: false, value: piece.value.rows };
    },
  });
  return { reader, count: null, atMost: lines };
}

function occurrences(text: string, char: string): number {
  let n = 0;
  for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + 1)) n += 1;
  return n;
}

/** Row by row across a table's pieces; a piece is only parsed once its first row is asked for. */
export class RowReader implements RowSource {
  private piece: unknown[][] = [];
  private at = 0;
  constructor(private readonly pieces: Iterator<unknown[][]>) {}
  next(): unknown[] | undefined {
    while (this.at >= this.piece.length) {
      const next = this.pieces.next();
      if (next.done) return undefined;
      this.piece = next.value;
      this.at = 0;
    }
    // A sheet's missing row (a hole in the array) reads as an empty one.
    return this.piece[this.at++] ?? [];
  }
}
