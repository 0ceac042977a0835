import { boardIds } from '../../schema/constants';
import type { BoardId, CellValue, TargetRow } from '../../schema';

export interface BoardBar {
  board: BoardId;
  value: CellValue | undefined;
  /** 1 = largest; boards without a number have no rank. Ties share a rank. */
  rank: number | null;
  /** 0…1 of the largest value in the row, for the bar length. */
  share: number;
}

/** All eight boards on one row of a table, ranked (largest first) for the comparison chart. */
export function compareBoards(row: Pick<TargetRow, 'values'>): BoardBar[] {
  const numbers = boardIds
    .map((b) => row.values[b])
    .filter((v): v is number => typeof v === 'number');
  const max = Math.max(0, ...numbers);
  return boardIds.map((board) => {
    const value = row.values[board];
    if (typeof value !== 'number') return { board, value, rank: null, share: 0 };
    const rank = 1 + numbers.filter((n) => n > value).length;
    return { board, value, rank, share: max > 0 ? Math.max(0, value) / max : 0 };
  });
}

/** How many boards have a number on this row (the "of N" in "rank 2 of N"). */
export function rankedCount(bars: readonly BoardBar[]): number {
  return bars.filter((b) => b.rank !== null).length;
}
