/**
 * Heat picker (off / target density / investment), cluster and metric, descriptor-driven sliders, legend and
 * the "how this is computed" note. Modelled surfaces always say they are modelled.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppState, type HeatKind, type HeatTargetMetric } from '../../store';
import type { HeatSurface } from '../../domain/heat-points';
import { heatPointCount, INVESTMENT_METRIC } from '../../domain/heat-points';
import type { MapModel } from '../../layers/map-model';
import { HEAT_RAMP } from '../../layers/palette';
import { HEAT_SLIDERS } from './heat-sliders';
import { HEAT_TARGET_METRICS, industriesWithMetric } from './metric-options';

const KINDS: ReadonlyArray<HeatKind | null> = [null, 'targets', 'investment'];

export function HeatControls({ model, surface }: { model: MapModel | null; surface: HeatSurface | null }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const heat = useAppState((s) => s.heat);
  const setHeat = useAppState((s) => s.setHeat);
  const language = useAppState((s) => s.language);
  const metric = heat.kind === 'investment' ? INVESTMENT_METRIC : heat.metric;
  const industries = model ? industriesWithMetric(model.data.rows, model.data.industries, metric) : [];
  const unitRow = surface && model ? model.data.rows.find((r) => r.id === surface.rowIds[0]) : undefined;
  const unit = unitRow ? (language === 'en' ? unitRow.unit_en : unitRow.unit_zh) : '';
  const imported = surface?.basis === 'imported_projects';
  const how = i18n.t(imported ? 'map.heat.howImported' : 'map.allocation.how', { returnObjects: true }) as unknown as string[];
  const formatTotal = (v: number) => v.toLocaleString(language === 'en' ? 'en' : 'zh-CN', { maximumFractionDigits: 1 });

  return (
    <fieldset className="lc-group" data-testid="heat-controls">
      <legend className="lc-title">{t('map.heat.title')}</legend>
      <div className="lc-radios" role="radiogroup" aria-label={t('map.heat.kind')}>
        {KINDS.map((kind) => (
          <label key={kind ?? 'off'} className="lc-radio">
            <input
              type="radio"
              name={`${id}-kind`}
              value={kind ?? 'off'}
              checked={heat.kind === kind}
              onChange={() => setHeat({ kind })}
              data-testid={`heat-kind-${kind ?? 'off'}`}
            />
            <span>{t(`map.heat.${kind ?? 'off'}`)}</span>
          </label>
        ))}
      </div>
      {heat.kind && (
        <>
          <label className="lc-field" htmlFor={`${id}-industry`}>
            <span>{t('map.heat.industry')}</span>
            <select id={`${id}-industry`} value={heat.industry ?? ''} onChange={(e) => setHeat({ industry: e.target.value || null })}>
              <option value="">{t('map.heat.allIndustries')}</option>
              {industries.map((i) => (
                <option key={i.id} value={i.id}>
                  {language === 'en' ? i.name_en : i.name_zh}
                </option>
              ))}
            </select>
          </label>
          {heat.kind === 'targets' && (
            <label className="lc-field" htmlFor={`${id}-metric`}>
              <span>{t('map.heat.metric')}</span>
              <select
                id={`${id}-metric`}
                value={heat.metric}
                onChange={(e) => setHeat({ metric: e.target.value as HeatTargetMetric })}
              >
                {HEAT_TARGET_METRICS.map((m) => (
                  <option key={m} value={m}>
                    {t(`map.metrics.${m}`)}
                  </option>
                ))}
              </select>
            </label>
          )}
          {HEAT_SLIDERS.map((slider) => (
            <label key={slider.key} className="lc-field lc-field--range" htmlFor={`${id}-${slider.key}`}>
              <span>{t(slider.labelKey)}</span>
              <input
                id={`${id}-${slider.key}`}
                type="range"
                min={slider.min}
                max={slider.max}
                step={slider.step}
                value={heat[slider.key]}
                aria-valuetext={slider.format(heat[slider.key])}
                onChange={(e) => setHeat({ [slider.key]: Number(e.target.value) })}
              />
              <output htmlFor={`${id}-${slider.key}`}>{slider.format(heat[slider.key])}</output>
            </label>
          ))}
          <div className="lc-legend" data-testid="heat-legend">
            <div className="lc-gradient" style={{ background: `linear-gradient(to right, ${HEAT_RAMP.join(', ')})` }} aria-hidden="true" />
            <div className="lc-gradient-labels">
              <span>{t('map.heat.low')}</span>
              <span>{t('map.heat.high')}</span>
            </div>
            <p className="lc-note">{t('map.heat.relative')}</p>
            <p className={`lc-badge${imported ? ' lc-badge--imported' : ''}`} data-testid="heat-basis" data-basis={surface?.basis ?? 'none'}>
              {imported ? t('map.heat.imported') : t('map.heat.modelled')}
            </p>
            {heat.kind === 'investment' && !imported && <p className="lc-note">{t('map.heat.investmentModelled')}</p>}
            {surface && heatPointCount(surface) > 0 ? (
              <p className="lc-note" data-testid="heat-total">
                {imported
                  ? t('map.heat.importedTotal', { total: formatTotal(surface.total), count: surface.projectData?.length ?? 0 })
                  : t('map.heat.total', { total: formatTotal(surface.total), unit, rows: surface.rowIds.length })}
              </p>
            ) : (
              <p className="lc-note">{t(imported ? 'map.heat.importedEmpty' : 'map.heat.empty')}</p>
            )}
            {surface && surface.skippedProjects > 0 && <p className="lc-note">{t('map.heat.skipped', { count: surface.skippedProjects })}</p>}
            {heat.kind === 'targets' && <p className="lc-note">{t('map.heat.growthNote')}</p>}
            <p className="lc-note">{t(imported ? 'map.heat.importedFilters' : 'map.heat.filtersNote')}</p>
            <details className="lc-how">
              <summary>{t('map.heat.howTitle')}</summary>
              <ol>
                {how.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ol>
            </details>
          </div>
        </>
      )}
    </fieldset>
  );
}
