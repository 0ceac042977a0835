import type { QaCheck } from '../types';

/** Rows of the target tables whose eight boards do not add up to the printed city figure (kept as printed). */
export const sumMismatch: QaCheck = {
  id: 'sum_mismatch',
  severity: 'problem',
  run: ({ sumAllowances, tables, taxonomy }) =>
    sumAllowances.map((a) => {
      const row = tables.flatMap((t) => t.rows).find((r) => r.id === a.row_id);
      const industry = row?.industry ? taxonomy.find((i) => i.id === row.industry) : undefined;
      return {
        check: 'sum_mismatch',
        severity: 'problem' as const,
        subject: {
          zh: row ? `${industry?.name_zh ?? ''} · ${row.label_zh}` : a.row_id,
          en: row ? `${industry?.name_en ?? ''} · ${row.label_en}` : a.row_id,
        },
        // The reason (data/sum-allowances.json) already states both figures in its own words.
        detail: { zh: a.reason_zh, en: a.reason_en },
        link: row?.industry ? { kind: 'industry' as const, id: row.industry } : null,
      };
    }),
};
