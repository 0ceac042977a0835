import type { TargetRow, TargetTable } from '../../schema';

/** One line of a board's view of a table: an industry (with its printed scope) and its rows by metric. */
export interface TableLine {
  key: string;
  industry: string | null;
  scope_zh: string | null;
  scope_en: string | null;
  isSubRow: boolean;
  byMetric: Map<string, TargetRow>;
  /** Annex 3 has no industry: the line is the row itself. */
  single: TargetRow | null;
}

/**
 * Lay a per-industry table out as industry lines × metric columns (document order kept),
 * which is how Annex 1 and 2 read; Annex 3 (no industry) becomes one line per row.
 */
export function layoutTable(table: Pick<TargetTable, 'rows'>): { metrics: string[]; lines: TableLine[] } {
  const metrics: string[] = [];
  const lines = new Map<string, TableLine>();
  for (const row of table.rows) {
    if (row.industry === null) {
      lines.set(row.id, {
        key: row.id, industry: null, scope_zh: row.scope_zh, scope_en: row.scope_en,
        isSubRow: row.parent_row !== null, byMetric: new Map(), single: row,
      });
      continue;
    }
    if (!metrics.includes(row.metric)) metrics.push(row.metric);
    const key = `${row.industry}|${row.scope_zh ?? ''}`;
    // A row joins an earlier line of its industry that lacks its metric, when the scopes agree or one side
    // prints none (车联网 revenue "核心产业" + growth unqualified = one line; 生物医药 全口径 / 制造研发 = two).
    let line =
      lines.get(key) && !lines.get(key)!.byMetric.has(row.metric)
        ? lines.get(key)
        : [...lines.values()].find(
            (l) =>
              l.industry === row.industry &&
              !l.byMetric.has(row.metric) &&
              (l.scope_zh === row.scope_zh || l.scope_zh === null || row.scope_zh === null),
          );
    if (line && line.scope_zh === null && row.scope_zh !== null) {
      line.scope_zh = row.scope_zh;
      line.scope_en = row.scope_en;
    }
    if (!line) {
      line = {
        key, industry: row.industry, scope_zh: row.scope_zh, scope_en: row.scope_en,
        isSubRow: row.parent_row !== null, byMetric: new Map(), single: null,
      };
      lines.set(lines.has(key) ? `${key}|${row.id}` : key, line);
    }
    line.byMetric.set(row.metric, row);
  }
  return { metrics, lines: [...lines.values()] };
}
