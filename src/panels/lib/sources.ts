import { boardColumnByHeader } from '../../schema/constants';
import type { BoardColumn, SourceRef, TargetRow } from '../../schema';

const headerByColumn = Object.fromEntries(
  Object.entries(boardColumnByHeader).map(([header, column]) => [column, header]),
) as Record<BoardColumn, string>;

/** The column header as the document prints it (全市, 江阴 … 经开). */
export function columnHeader(column: BoardColumn): string {
  return headerByColumn[column];
}

/** Where one cell of a target table was read: the row's source with the board's column. */
export function cellRef(row: Pick<TargetRow, 'source'>, column: BoardColumn): SourceRef {
  return { ...row.source, column: columnHeader(column) };
}

/** Stable key to deduplicate footnotes. */
export function refKey(ref: SourceRef): string {
  return [ref.document, ref.section, ref.row ?? '', ref.column ?? '', ref.item ?? ''].join('|');
}

/**
 * Footnotes for a panel: each distinct reference once, numbered in first-use order,
 * so the figures can point at [1], [2] … instead of repeating long citations.
 */
export class FootnoteList {
  readonly refs: SourceRef[] = [];
  private readonly index = new Map<string, number>();

  add(ref: SourceRef): number {
    const key = refKey(ref);
    const known = this.index.get(key);
    if (known !== undefined) return known;
    this.refs.push(ref);
    this.index.set(key, this.refs.length);
    return this.refs.length;
  }
}
