import type { QaCheck, QaItem, QaLink, QaText } from '../types';

/** Blank, or still Chinese: an English field that holds Han characters was not translated. */
const HAN = /\p{Script=Han}/u;
export const lacksEnglish = (text: string | null | undefined): boolean => !text?.trim() || HAN.test(text);

/**
 * Records whose English name (or label) is missing: parks, boards, industries, target rows, chain chiefs' lead
 * departments and documents. The schema requires the fields; this also catches text left in Chinese.
 */
export const missingEnglish: QaCheck = {
  id: 'missing_english',
  severity: 'problem',
  run: ({ parks, boards, taxonomy, tables, chainChiefs, documents }) => {
    const items: QaItem[] = [];
    const add = (zh: string, en: QaText['en'], field: string, link: QaLink | null) =>
      items.push({
        check: 'missing_english',
        severity: 'problem',
        subject: { zh, en: en.trim() || zh },
        detail: { zh: `缺少英文（${field}）`, en: `English missing (${field})` },
        link,
      });
    for (const p of parks) if (lacksEnglish(p.props.name_en)) add(p.props.name_zh, p.props.name_en, 'name_en', { kind: 'park', id: p.props.id });
    for (const b of boards) if (lacksEnglish(b.name_en)) add(b.name_zh, b.name_en, 'name_en', { kind: 'board', id: b.id });
    for (const i of taxonomy) if (lacksEnglish(i.name_en)) add(i.name_zh, i.name_en, 'name_en', { kind: 'industry', id: i.id });
    for (const row of tables.flatMap((t) => t.rows)) {
      if (lacksEnglish(row.label_en)) add(row.label_zh, row.label_en, `label_en: ${row.id}`, row.industry ? { kind: 'industry', id: row.industry } : null);
    }
    for (const c of chainChiefs) {
      if (lacksEnglish(c.lead_department_en)) add(c.lead_department_zh, c.lead_department_en, `lead_department_en: ${c.chain_zh}`, { kind: 'industry', id: c.industry });
    }
    for (const d of documents) if (lacksEnglish(d.title_en)) add(d.title_zh, d.title_en, `title_en: ${d.id}`, null);
    return items;
  },
};
