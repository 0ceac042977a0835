import type { QaCheck } from '../types';

/** Rows of the target tables whose eight boards do not add up to the printed city figure (kept as printed). */
export const sumMismatch: QaCheck = {
  id: 'sum_mismatch',
  severity: 'problem',
  run: ({ sumAllowances, tables, taxonomy }) =>
    sumAllowances.map((a) => {
      const row = tables.flatMap((t) => t.rows).find((r) => r.id === a.row_id);
      const industry = row?.industry ? taxonomy.find((i) => i.id === row.industry) : undefined;
      const city = a.city_value === null ? '-' : String(a.city_value);
      return {
        check: 'sum_mismatch',
        severity: 'problem' as const,
        subject: {
          zh: row ? `${industry?.name_zh ?? ''} · ${row.label_zh}` : a.row_id,
          en: row ? `${industry?.name_en ?? ''} · ${row.label_en}` : a.row_id,
        },
        detail: {
          zh: `板块合计 ${a.boards_sum}，全市列 ${city}。${a.reason_zh}`,
          en: `Boards add up to ${a.boards_sum}, city column ${city}. ${a.reason_en}`,
        },
        link: row?.industry ? { kind: 'industry' as const, id: row.industry } : null,
      };
    }),
};
