import { parseCsv, parseCsvPieces, type CsvParse } from './csv';
import { IMPORT_LIMITS } from '../limits';

/** A table's rows, in the order they are numbered, in pieces; `count` when known up front, else `atMost`. */
export interface TableRows {
  pieces: Iterator<unknown[][]>;
  count: number | null;
  atMost: number;
}

export const wholeTable = (rows: unknown[][]): TableRows => ({ pieces: [rows][Symbol.iterator](), count: rows.length, atMost: rows.length });

/**
 * A CSV file is parsed piece by piece while it is validated (see parseCsvPieces). The row limit needs the row
 * count first: when the file has so many lines that it might pass the limit, it is parsed whole and counted.
 */
export function csvTable(text: string, onErrors: (errors: CsvParse['errors']) => void, maxRows: number = IMPORT_LIMITS.maxRows): TableRows {
  // Rows cannot outnumber line breaks of either kind (\n, \r\n or an old Mac's \r) plus one.
  const lines = 1 + Math.max(occurrences(text, '\n'), occurrences(text, '\r'));
  if (lines > maxRows + 10) {
    const parsed = parseCsv(text);
    onErrors(parsed.errors);
    return wholeTable(parsed.rows);
  }
  const pieces = parseCsvPieces(text);
  return {
    pieces: {
      next: () => {
        const piece = pieces.next();
        if (piece.done) return { done: true, value: undefined };
        onErrors(piece.value.errors);
        return { done: false, value: piece.value.rows };
      },
    },
    count: null,
    atMost: lines,
  };
}

function occurrences(text: string, char: string): number {
  let n = 0;
  for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + 1)) n += 1;
  return n;
}

/** Row by row across a table's pieces; a piece is only parsed once its first row is asked for. */
export class RowReader {
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
