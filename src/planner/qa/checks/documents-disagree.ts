import type { QaCheck } from '../types';
import type { BoardId } from '../../../schema';

/** Jiangyin's own indicators are drawn on its board's timeline; every other document's on the city's. */
const JIANGYIN: BoardId = '320281';

/**
 * Where the documents state the same figure differently (data/disagreements.json): listed as found, never resolved,
 * each leading to the timeline that shows both statements.
 */
export const documentsDisagree: QaCheck = {
  id: 'documents_disagree',
  severity: 'problem',
  run: ({ disagreements, documents }) =>
    disagreements.map((d) => {
      const cited = (language: 'zh' | 'en') =>
        d.statements
          .map((s) => {
            const doc = documents.find((x) => x.id === s.source.document);
            const title = doc ? (language === 'zh' ? `《${doc.title_zh}》` : doc.title_en) : s.source.document;
            const row = s.source.row ? (language === 'zh' ? `第${s.source.row}行` : `row ${s.source.row}`) : '';
            return `${title} ${[s.source.section, row].filter(Boolean).join(language === 'zh' ? '' : ', ')}`;
          })
          .join(language === 'zh' ? ' 与 ' : ' vs ');
      const jiangyin = d.indicators.some((id) => id.startsWith('jiangyin'));
      return {
        check: 'documents_disagree',
        severity: 'problem' as const,
        subject: { zh: d.summary_zh, en: d.summary_en },
        detail: { zh: cited('zh'), en: cited('en') },
        link: { kind: 'timeline' as const, subject: jiangyin ? { kind: 'board' as const, id: JIANGYIN } : { kind: 'city' as const } },
      };
    }),
};
