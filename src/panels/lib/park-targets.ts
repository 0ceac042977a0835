import type { BoardId, CellValue, ParkProperties, SourceRef, TargetRow, TargetTable } from '../../schema';
import { cellRef } from './sources';

/** A board-level target that concerns a park because the park leads in that row's industry. */
export interface ParkTarget {
  table: TargetTable['id'];
  row: TargetRow;
  industry: string;
  board: BoardId;
  /** null = the document prints "-" for this board; undefined = the column is not printed. */
  value: CellValue | undefined;
  source: SourceRef;
}

const PER_INDUSTRY_TABLES: readonly TargetTable['id'][] = ['wp2024_annex1', 'wp2024_annex2'];

/**
 * The targets that apply to a park: its board's Annex 1 / Annex 2 rows for each of its lead industries.
 * They are the board's targets, not the park's own: the UI must say so.
 * Ordered by the park's lead industries, then table, then row order in the document.
 */
export function targetsForPark(
  park: Pick<ParkProperties, 'board' | 'lead_industries'>,
  tables: readonly TargetTable[],
): ParkTarget[] {
  const out: ParkTarget[] = [];
  for (const industry of park.lead_industries) {
    for (const tableId of PER_INDUSTRY_TABLES) {
      const table = tables.find((t) => t.id === tableId);
      if (!table) continue;
      for (const row of table.rows) {
        if (row.industry !== industry) continue;
        out.push({
          table: table.id,
          row,
          industry,
          board: park.board,
          value: row.values[park.board],
          source: cellRef(row, park.board),
        });
      }
    }
  }
  return out;
}
