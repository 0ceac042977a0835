/**
 * The active thematic surface in the map legend: target intensity as a proportional-circle scale (with "no
 * target"), project investment as the heat's low → high ramp, imported projects counted per board, and the
 * board colours' classes with their break values. Plain React text only.
 */
import { useTranslation } from 'react-i18next';
import { useAppState, type Language } from '../../store';
import type { BoardValues } from '../../domain/board-values';
import type { ThematicSurface } from '../../domain/thematic';
import type { Choropleth } from '../../layers/choropleth';
import { formatRange, formatValue } from '../../layers/format-value';
import { HEAT_RAMP } from '../../layers/palette';
import { MAX_SYMBOL_RADIUS_PX, NO_TARGET_RADIUS_PX, PROJECT_COUNT_COLOUR, TARGET_SYMBOL_COLOUR, proportionalRadius } from '../../layers/thematic-layers';
import { PROJECT_POINTS_MIN_ZOOM } from '../../layers/imported-layers';
import { INVESTMENT_METRIC } from '../../domain/heat-points';
import { documents } from '../../data/tables';

/** Round a scale value down to 1, 2 or 5 × a power of ten, so the legend's circles read as simple numbers. */
export function niceBelow(value: number): number {
  if (!(value > 0)) return 0;
  const power = 10 ** Math.floor(Math.log10(value));
  const m = value / power;
  return (m >= 5 ? 5 : m >= 2 ? 2 : 1) * power;
}

/** Nested circles for the largest value and two simpler ones below it (area ∝ value, as on the map). */
export function scaleSteps(max: number): number[] {
  if (!(max > 0)) return [];
  const a = niceBelow(max / 4);
  const b = niceBelow(max / 20);
  return [max, ...[a, b].filter((v, i, all) => v > 0 && v < max && all.indexOf(v) === i)];
}

function CircleScale({ max, unit, language }: { max: number; unit: BoardValues['rows'][number] | undefined; language: Language }) {
  const steps = scaleSteps(max);
  const size = MAX_SYMBOL_RADIUS_PX * 2 + 4;
  return (
    <div className="lg-scale">
      <svg width={size} height={size} aria-hidden="true">
        {steps.map((v) => {
          const r = proportionalRadius(v, max);
          return <circle key={v} cx={size / 2} cy={size - 2 - r} r={r} fill={`${TARGET_SYMBOL_COLOUR}33`} stroke={TARGET_SYMBOL_COLOUR} strokeWidth={1.2} />;
        })}
      </svg>
      <ul className="lg-scale-values" data-testid="legend-scale-values">
        {steps.map((v) => (
          <li key={v}>{formatValue(v, unit, language)}</li>
        ))}
      </ul>
    </div>
  );
}

export function SurfaceLegend({ surface, values }: { surface: ThematicSurface; values: BoardValues | null }) {
  const { t } = useTranslation();
  const language = useAppState((s) => s.language);
  if (!surface) return null;
  if (surface.kind === 'projects') {
    return (
      <section className="lg-section" data-testid="legend-surface" data-surface="projects">
        <h4 className="lc-subtitle">{t('thematic.projects')}</h4>
        <div className="lc-gradient" style={{ background: `linear-gradient(to right, ${HEAT_RAMP.join(', ')})` }} aria-hidden="true" />
        <div className="lc-gradient-labels">
          <span>{t('map.heat.low')}</span>
          <span>{t('map.heat.high')}</span>
        </div>
        <p className="lc-note">{t('map.heat.imported')}</p>
      </section>
    );
  }
  const row = values?.rows[0];
  return (
    <section className="lg-section" data-testid="legend-surface" data-surface="targets">
      <h4 className="lc-subtitle">
        {t('thematic.targets')}
        {' · '}
        {surface.metric === INVESTMENT_METRIC ? t('thematic.annex2') : t(`map.metrics.${surface.metric}`)}
      </h4>
      {values && values.max > 0 ? <CircleScale max={values.max} unit={row} language={language} /> : <p className="lc-note">{t('map.heat.empty')}</p>}
      <ul className="lc-list">
        <li>
          <svg width={22} height={14} aria-hidden="true">
            <circle cx={11} cy={7} r={NO_TARGET_RADIUS_PX} fill="#fff" stroke="#4b5563" strokeWidth={1.5} />
          </svg>
          <span>{t('thematic.tooltip.noTarget')}</span>
        </li>
      </ul>
      <p className="lc-note">{t('thematic.scale')}</p>
    </section>
  );
}

export function ProjectCountLegend() {
  const { t } = useTranslation();
  return (
    <section className="lg-section" data-testid="legend-project-counts">
      <h4 className="lc-subtitle">
        {t('map.projects.title')} <span className="lc-imported-tag">{t('map.legend.importedTag')}</span>
      </h4>
      <ul className="lc-list">
        <li>
          <span className="lc-dot" style={{ background: `${PROJECT_COUNT_COLOUR}55`, borderColor: PROJECT_COUNT_COLOUR, width: 16, height: 16 }} aria-hidden="true" />
          <span>{t('thematic.scale')}</span>
        </li>
      </ul>
      <p className="lc-note">{t('thematic.projectCountsNote', { zoom: PROJECT_POINTS_MIN_ZOOM })}</p>
    </section>
  );
}

export function ChoroplethLegend({ choropleth }: { choropleth: Choropleth }) {
  const { t } = useTranslation();
  const language = useAppState((s) => s.language);
  const classification = useAppState((s) => s.choropleth.classification);
  const row = choropleth.row;
  const doc = documents.find((d) => d.id === row.source.document);
  return (
    <section className="lg-section" data-testid="choropleth-legend">
      <h4 className="lc-subtitle">
        {t('thematic.legend.choropleth')} · {language === 'en' ? row.label_en : row.label_zh}
      </h4>
      <p className="lc-note">{t(`thematic.${classification}`)}</p>
      <ul className="lc-list" data-testid="choropleth-breaks">
        {choropleth.classes.map((cls) => (
          <li key={cls.colour}>
            <span className="lc-swatch" style={{ background: cls.colour }} aria-hidden="true" />
            <span>
              {formatRange(cls.min, cls.max, row, language)}
            </span>
          </li>
        ))}
        {choropleth.noTarget.length > 0 && (
          <li>
            <span className="lc-swatch lc-swatch--hatch" aria-hidden="true" />
            <span>{t('map.choropleth.noTarget')}</span>
          </li>
        )}
      </ul>
      <p className="lc-note">
        {t('map.choropleth.source', {
          document: doc ? (language === 'en' ? doc.title_en : doc.title_zh) : row.source.document,
          section: row.source.section,
          row: row.source.row ?? row.label_zh,
        })}
      </p>
    </section>
  );
}
