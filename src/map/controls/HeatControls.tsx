/**
 * Thematic layer picker: off / target intensity (modelled, one value per board, drawn as proportional circles) /
 * project investment (heat of imported project points). Project investment exists only with imported projects:
 * until then its option is disabled and explains how to import a list, with a button that opens "My data".
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppState, type HeatKind, type HeatTargetMetric } from '../../store';
import type { HeatSurface } from '../../domain/heat-points';
import { heatPointCount, INVESTMENT_METRIC } from '../../domain/heat-points';
import type { ThematicSurface } from '../../domain/thematic';
import type { MapModel } from '../../layers/map-model';
import { openMyData } from '../../import-ui/ui-state';
import { HEAT_SLIDERS } from './heat-sliders';
import { HEAT_TARGET_METRICS, industriesWithMetric } from './metric-options';

const KINDS: ReadonlyArray<HeatKind | null> = [null, 'targets', 'projects'];

export function HeatControls({ model, surface, thematic }: { model: MapModel | null; surface: HeatSurface | null; thematic: ThematicSurface }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const heat = useAppState((s) => s.heat);
  const setHeat = useAppState((s) => s.setHeat);
  const language = useAppState((s) => s.language);
  const hasProjects = useAppState((s) => s.importedDatasets.some((d) => d.kind === 'projects' && !s.hiddenDatasets.includes(d.meta.id)));
  const active = thematic?.kind ?? null;
  const metric = thematic?.kind === 'targets' ? thematic.metric : heat.metric;
  const industries = model ? industriesWithMetric(model.data.rows, model.data.industries, thematic?.kind === 'projects' ? 'revenue_target' : metric) : [];
  const how = i18n.t('map.heat.howImported', { returnObjects: true }) as unknown as string[];
  const formatTotal = (v: number) => v.toLocaleString(language === 'en' ? 'en' : 'zh-CN', { maximumFractionDigits: 1 });

  return (
    <fieldset className="lc-group" data-testid="heat-controls">
      <legend className="lc-title">{t('thematic.title')}</legend>
      <div className="lc-radios" role="radiogroup" aria-label={t('thematic.kind')}>
        {KINDS.map((kind) => (
          <label key={kind ?? 'off'} className="lc-radio">
            <input
              type="radio"
              name={`${id}-kind`}
              value={kind ?? 'off'}
              checked={active === kind}
              disabled={kind === 'projects' && !hasProjects}
              aria-describedby={kind === 'projects' && !hasProjects ? `${id}-howto` : undefined}
              onChange={() => setHeat(kind === 'targets' && heat.kind === 'projects' ? { kind } : { kind })}
              data-testid={`heat-kind-${kind ?? 'off'}`}
            />
            <span>{t(`thematic.${kind ?? 'off'}`)}</span>
          </label>
        ))}
      </div>
      {!hasProjects && (
        <div className="lc-howto" data-testid="projects-howto">
          <p className="lc-note" id={`${id}-howto`}>
            <strong>{t('thematic.projectsUnavailable')}</strong> {t('thematic.projectsHowTo')}
          </p>
          <button type="button" className="lc-clear" onClick={openMyData} data-testid="projects-open-mydata">
            {t('thematic.openMyData')}
          </button>
        </div>
      )}
      {active && (
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
          {active === 'targets' && (
            <label className="lc-field" htmlFor={`${id}-metric`}>
              <span>{t('thematic.metric')}</span>
              <select
                id={`${id}-metric`}
                value={metric}
                data-testid="targets-metric"
                onChange={(e) => setHeat({ kind: 'targets', metric: e.target.value as HeatTargetMetric })}
              >
                {HEAT_TARGET_METRICS.map((m) => (
                  <option key={m} value={m}>
                    {m === INVESTMENT_METRIC ? t('thematic.annex2') : t(`map.metrics.${m}`)}
                  </option>
                ))}
              </select>
            </label>
          )}
          {active === 'targets' && (
            <>
              <p className="lc-note">{t('thematic.targetsNote')}</p>
              <p className="lc-badge">{t('thematic.targetsModelled')}</p>
              <p className="lc-note">{t('map.heat.growthNote')}</p>
            </>
          )}
          {active === 'projects' && (
            <>
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
              <p className="lc-badge lc-badge--imported" data-testid="heat-basis" data-basis={surface?.basis ?? 'none'}>
                {t('map.heat.imported')}
              </p>
              {surface && heatPointCount(surface) > 0 ? (
                <p className="lc-note" data-testid="heat-total">
                  {t('map.heat.importedTotal', { total: formatTotal(surface.total), count: surface.projectData?.length ?? 0 })}
                </p>
              ) : (
                <p className="lc-note">{t('map.heat.importedEmpty')}</p>
              )}
              {surface && surface.skippedProjects > 0 && <p className="lc-note">{t('map.heat.skipped', { count: surface.skippedProjects })}</p>}
              <p className="lc-note">{t('map.heat.importedFilters')}</p>
              <details className="lc-how">
                <summary>{t('map.heat.howTitle')}</summary>
                <ol>
                  {how.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ol>
              </details>
            </>
          )}
        </>
      )}
    </fieldset>
  );
}
