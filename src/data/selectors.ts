/**
 * Small pure look-ups over the data tables. Each takes the tables as an optional last argument (defaulting to
 * the bundled data) so tests and components can pass fixtures.
 */
import type { BoardColumn, CellValue, Industry, SourceRef, TargetRow, TargetTable } from '../schema';
import { boardColumnByHeader } from '../schema/constants';
import { targetTables as bundledTables, taxonomy as bundledTaxonomy } from './tables';

/** Column id → header as printed in the annexes (全市, 江阴, … 经开). */
export const columnHeader: Readonly<Record<BoardColumn, string>> = Object.fromEntries(
  Object.entries(boardColumnByHeader).map(([header, column]) => [column, header]),
) as Record<BoardColumn, string>;

const rowIndexCache = new WeakMap<readonly TargetTable[], Map<string, TargetRow>>();

function rowIndex(tables: readonly TargetTable[]): Map<string, TargetRow> {
  let index = rowIndexCache.get(tables);
  if (!index) {
    index = new Map(tables.flatMap((table) => table.rows.map((row) => [row.id, row] as const)));
    rowIndexCache.set(tables, index);
  }
  return index;
}

export function targetRow(rowId: string, tables: readonly TargetTable[] = bundledTables): TargetRow | undefined {
  return rowIndex(tables).get(rowId);
}

/**
 * A cell of a target row: a number, `null` where the document prints "-" (no target set), or `undefined`
 * where there is no such row or the table has no such column (Annex 3 has no 全市).
 */
export function targetValue(
  rowId: string,
  column: BoardColumn,
  tables: readonly TargetTable[] = bundledTables,
): CellValue | undefined {
  return targetRow(rowId, tables)?.values[column];
}

/** All target rows about an industry; with `includeSubItems`, also rows of its sub-items (e.g. iov under iot). */
export function rowsForIndustry(
  industry: string,
  options: { includeSubItems?: boolean } = {},
  tables: readonly TargetTable[] = bundledTables,
  taxonomy: readonly Industry[] = bundledTaxonomy,
): TargetRow[] {
  const ids = new Set([industry]);
  if (options.includeSubItems) taxonomy.filter((item) => item.parent === industry).forEach((item) => ids.add(item.id));
  return tables.flatMap((table) => table.rows.filter((row) => row.industry !== null && ids.has(row.industry)));
}

/** The citation of one cell: the row's source with the printed column header (e.g. 江阴). */
export function cellSource(row: TargetRow, column: BoardColumn): SourceRef {
  return { ...row.source, column: columnHeader[column] };
}

const industryIndexCache = new WeakMap<readonly Industry[], Map<string, Industry>>();

export function industryById(id: string, taxonomy: readonly Industry[] = bundledTaxonomy): Industry | undefined {
  let index = industryIndexCache.get(taxonomy);
  if (!index) {
    index = new Map(taxonomy.map((item) => [item.id, item]));
    industryIndexCache.set(taxonomy, index);
  }
  return index.get(id);
}
