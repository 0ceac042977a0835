/** The accessible version: every point of every series in one table, with kind, qualifier and source. */
import { useTranslation } from 'react-i18next';
import { useAppState } from '../store';
import { SourceCitation } from '../panels/common/SourceNotes';
import { isDisputed } from './chart-geometry';
import type { Series } from './series-model';
import { pointKind, valueText, yearText } from './point-text';

export function SeriesTable({ series, caption }: { series: readonly Series[]; caption: string }) {
  const { t } = useTranslation();
  const language = useAppState((s) => s.language);
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="data-table tl-table" data-testid="timeline-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {(['indicator', 'year', 'value', 'kind', 'printed', 'source'] as const).map((c) => (
              <th key={c} scope="col">{t(`timeline.columns.${c}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {series.flatMap((s) => s.points.map((p, i) => (
            <tr key={`${s.key}-${i}`} data-series={s.key} data-kind={pointKind(p)}>
              {i === 0 && (
                <th scope="rowgroup" rowSpan={s.points.length}>
                  {language === 'zh' ? s.label_zh : s.label_en}
                  <span className="muted small"> ({language === 'zh' ? s.unit_zh : s.unit_en})</span>
                </th>
              )}
              <td>{yearText(p)}</td>
              <td className="num">{valueText(p, language, t)}</td>
              <td>
                {t(`timeline.kind.${pointKind(p)}`)}
                {isDisputed(s, p) && <span className="tl-disagree-tag" data-testid="timeline-disagreement-row"> · {t('timeline.disagree.badge')}</span>}
              </td>
              <td lang="zh-CN">{p.printed}</td>
              <td className="small"><SourceCitation source={p.source} /></td>
            </tr>
          )))}
        </tbody>
      </table>
    </div>
  );
}
