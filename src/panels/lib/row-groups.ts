/**
 * Table rows grouped for a picker: by annex, then by cluster within it (Annex 3 has none), filtered by a search
 * over the cluster's and the indicator's names in both languages. The chosen row always stays listed.
 */
import type { TargetRow } from '../../schema';

export interface RowGroup {
  key: string;
  table: TargetRow['table'];
  industry: string | null;
  rows: TargetRow[];
}

export function groupRows(
  rows: readonly TargetRow[],
  industryNames: (id: string) => string,
  query = '',
  keep: string | null = null,
): RowGroup[] {
  const q = query.trim().toLowerCase();
  const groups = new Map<string, RowGroup>();
  for (const row of rows) {
    const haystack = `${row.label_zh} ${row.label_en} ${row.industry ? `${industryNames(row.industry)} ${row.industry}` : ''}`.toLowerCase();
    if (q && !haystack.includes(q) && row.id !== keep) continue;
    const key = `${row.table}/${row.industry ?? ''}`;
    const group = groups.get(key) ?? { key, table: row.table, industry: row.industry, rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  return [...groups.values()];
}
