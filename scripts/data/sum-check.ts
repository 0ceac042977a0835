/**
 * Boards vs 全市: for every count or amount row of Annexes 1–2, the eight board cells should add up to the
 * city cell. Growth rates (%) are not additive and are skipped; Annex 3 has no city column.
 */
import { boardIds, type TargetRow, type TargetTable } from '../../src/schema';

export interface SumDiscrepancy {
  row_id: string;
  city_value: number | null;
  boards_sum: number;
}

/**
 * Tolerance: cells are printed with at most one decimal, so each may be off by up to 0.05 from an unrounded
 * figure; a sum of n such cells may drift by up to 0.05·n. Integer rows get no tolerance.
 */
export function sumTolerance(row: TargetRow): number {
  const cells = boardIds.map((board) => row.values[board]).filter((v): v is number => v != null);
  const hasDecimals = [...cells, row.values.city ?? 0].some((v) => !Number.isInteger(v));
  return hasDecimals ? 0.05 * cells.length + 1e-9 : 1e-9;
}

export function isAdditive(row: TargetRow): boolean {
  return row.unit_zh !== '%' && row.values.city !== undefined;
}

export function findSumDiscrepancies(tables: readonly TargetTable[]): SumDiscrepancy[] {
  const found: SumDiscrepancy[] = [];
  for (const table of tables) {
    for (const row of table.rows) {
      if (!isAdditive(row)) continue;
      const cells = boardIds.map((board) => row.values[board]).filter((v): v is number => v != null);
      // Round away binary noise (e.g. 0.1 + 0.2); the documents print one decimal at most.
      const boards_sum = Math.round(cells.reduce((a, b) => a + b, 0) * 100) / 100;
      const city = row.values.city ?? null;
      if (city === null ? cells.length > 0 : Math.abs(boards_sum - city) > sumTolerance(row)) {
        found.push({ row_id: row.id, city_value: city, boards_sum });
      }
    }
  }
  return found;
}
