/** One series as a small SVG chart; the same points are listed as text beside it and in the table view. */
import { useTranslation } from 'react-i18next';
import { useAppState } from '../store';
import { formatNumber } from '../panels/lib/format';
import { CHART, chartGeometry } from './chart-geometry';
import type { Series } from './series-model';
import { valueText, yearText } from './point-text';

export function SeriesChart({ series, span }: { series: Series; span: [number, number] }) {
  const { t } = useTranslation();
  const language = useAppState((s) => s.language);
  const g = chartGeometry(series, span);
  const label = language === 'zh' ? series.label_zh : series.label_en;
  const summary = series.points.map((p) => `${yearText(p)} ${valueText(p, language, t)}`).join('; ');
  return (
    <svg
      className="tl-chart"
      viewBox={`0 0 ${CHART.width} ${CHART.height}`}
      role="img"
      aria-label={t('timeline.chartLabel', { label, points: summary })}
      data-testid="timeline-chart"
    >
      <line className="tl-axis" x1={CHART.left} x2={CHART.width - CHART.right} y1={g.baselineY} y2={g.baselineY} />
      {g.yTicks.map((tick) => (
        <g key={tick.value}>
          <line className="tl-gridline" x1={CHART.left} x2={CHART.width - CHART.right} y1={tick.y} y2={tick.y} />
          <text className="tl-tick" x={CHART.left - 4} y={tick.y} textAnchor="end" dominantBaseline="middle">
            {formatNumber(tick.value, language)}
          </text>
        </g>
      ))}
      {g.xTicks.map((tick) => (
        <text key={tick.year} className="tl-tick" x={tick.x} y={CHART.height - 6} textAnchor="middle">
          {tick.year}
        </text>
      ))}
      {g.factPath && <path className="tl-line tl-line-fact" d={g.factPath} />}
      {g.targetPath && <path className="tl-line tl-line-target" d={g.targetPath} />}
      {g.bars.map((bar, i) => (
        <g key={`b${i}`} className="tl-bar" data-testid="timeline-per-year" data-disputed={bar.disputed || undefined}>
          <rect x={bar.x1} y={bar.y - 3} width={bar.x2 - bar.x1} height={6} rx={2} className={bar.openStart ? 'tl-bar-open' : undefined} />
          <text className="tl-label" x={bar.x2} y={bar.y - 6} textAnchor="end">
            {valueText(bar.point, language, t)}
          </text>
        </g>
      ))}
      {g.dots.map((dot, i) => (
        <g key={`d${i}`} data-disputed={dot.disputed || undefined}>
          {dot.disputed && <circle className="tl-ring" cx={dot.cx} cy={dot.cy} r={8} />}
          <circle className={dot.point.fact ? 'tl-dot tl-dot-fact' : 'tl-dot tl-dot-target'} cx={dot.cx} cy={dot.cy} r={4} />
        </g>
      ))}
      {g.gaps.map((gap, i) => (
        <text key={`g${i}`} className="tl-gap" x={gap.x} y={CHART.top + 4} textAnchor="middle">
          –
        </text>
      ))}
    </svg>
  );
}
