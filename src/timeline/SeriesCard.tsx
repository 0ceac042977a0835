/** One indicator: name, unit, chart, its points in words with citations, and any disagreement between documents. */
import { useTranslation } from 'react-i18next';
import { useAppState } from '../store';
import { SourceCitation } from '../panels/common/SourceNotes';
import { SeriesChart } from './SeriesChart';
import { hasChartMarks } from './chart-geometry';
import type { Series } from './series-model';
import { pointKind, valueText, yearText } from './point-text';
import { Disagreements } from './Disagreements';

export function SeriesCard({ series, span }: { series: Series; span: [number, number] }) {
  const { t } = useTranslation();
  const language = useAppState((s) => s.language);
  const unit = language === 'zh' ? series.unit_zh : series.unit_en;
  const perYear = series.points.some((p) => p.perYear);
  return (
    <article className="tl-card" data-testid="timeline-series" data-series={series.key} data-per-year={perYear || undefined}>
      <h4 className="tl-card-title">{language === 'zh' ? series.label_zh : series.label_en}</h4>
      {unit && <p className="muted small tl-unit">{t('timeline.unit', { unit })}</p>}
      {hasChartMarks(series) ? (
        <SeriesChart series={series} span={span} />
      ) : (
        <p className="muted small tl-no-chart" data-testid="timeline-no-chart">
          {t('timelineChart.noYearlyFigures')}
        </p>
      )}
      <ol className="tl-points small">
        {series.points.map((p, i) => (
          <li key={i} data-kind={pointKind(p)}>
            <strong>{yearText(p)}</strong> {t(`timeline.kind.${pointKind(p)}`)} <span className="tl-value">{valueText(p, language, t)}</span>
            <span className="tl-cite muted"> — <SourceCitation source={p.source} /></span>
          </li>
        ))}
      </ol>
      <Disagreements series={series} />
    </article>
  );
}
