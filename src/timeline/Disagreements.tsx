/** "The documents disagree": both statements side by side with their citations, neither chosen. */
import { useTranslation } from 'react-i18next';
import { useAppState } from '../store';
import { SourceCitation } from '../panels/common/SourceNotes';
import type { Series } from './series-model';

export function Disagreements({ series }: { series: Series }) {
  const { t } = useTranslation();
  const language = useAppState((s) => s.language);
  if (!series.disagreements.length) return null;
  return (
    <div className="tl-disagree" data-testid="timeline-disagreement" role="note">
      <p className="tl-disagree-badge">{t('timeline.disagree.badge')}</p>
      {series.disagreements.map((d) => (
        <div key={d.id} data-disagreement={d.id}>
          <p className="small">{language === 'zh' ? d.summary_zh : d.summary_en}</p>
          <ul className="small">
            {d.statements.map((s, i) => (
              <li key={i}>
                <q lang="zh-CN">{s.printed}</q> — <SourceCitation source={s.source} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
