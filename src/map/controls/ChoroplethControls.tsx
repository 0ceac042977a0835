/** Board colours: metric × cluster pickers and the classification (natural breaks or quantiles); the classes and their break values are in the map legend. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppState, type ChoroplethClassification, type ChoroplethMetric } from '../../store';
import type { Choropleth } from '../../layers/choropleth';
import type { MapModel } from '../../layers/map-model';
import { CHOROPLETH_METRICS, industriesWithMetric } from './metric-options';

const CLASSIFICATIONS: readonly ChoroplethClassification[] = ['jenks', 'quantile'];

export function ChoroplethControls({ model, choropleth }: { model: MapModel | null; choropleth: Choropleth | null }) {
  const { t } = useTranslation();
  const id = useId();
  const settings = useAppState((s) => s.choropleth);
  const setChoropleth = useAppState((s) => s.setChoropleth);
  const language = useAppState((s) => s.language);
  const industries = model && settings.metric ? industriesWithMetric(model.data.rows, model.data.industries, settings.metric) : [];

  const onMetric = (value: string) => {
    if (value === '') return setChoropleth({ metric: null });
    const metric = value as ChoroplethMetric;
    const available = model ? industriesWithMetric(model.data.rows, model.data.industries, metric) : [];
    const industry = available.some((i) => i.id === settings.industry) ? settings.industry : (available[0]?.id ?? null);
    setChoropleth({ metric, industry });
  };

  const row = choropleth?.row;

  return (
    <fieldset className="lc-group" data-testid="choropleth-controls">
      <legend className="lc-title">{t('map.choropleth.title')}</legend>
      <label className="lc-field" htmlFor={`${id}-metric`}>
        <span>{t('map.choropleth.metric')}</span>
        <select id={`${id}-metric`} value={settings.metric ?? ''} onChange={(e) => onMetric(e.target.value)}>
          <option value="">{t('map.choropleth.off')}</option>
          {CHOROPLETH_METRICS.map((m) => (
            <option key={m} value={m}>
              {t(`map.metrics.${m}`)}
            </option>
          ))}
        </select>
      </label>
      {settings.metric && (
        <label className="lc-field" htmlFor={`${id}-industry`}>
          <span>{t('map.choropleth.industry')}</span>
          <select
            id={`${id}-industry`}
            value={settings.industry ?? ''}
            onChange={(e) => setChoropleth({ industry: e.target.value || null })}
          >
            {industries.map((i) => (
              <option key={i.id} value={i.id}>
                {language === 'en' ? i.name_en : i.name_zh}
              </option>
            ))}
          </select>
        </label>
      )}
      {settings.metric && (
        <div className="lc-radios" role="radiogroup" aria-label={t('thematic.classification')}>
          {CLASSIFICATIONS.map((c) => (
            <label key={c} className="lc-radio">
              <input
                type="radio"
                name={`${id}-classes`}
                value={c}
                checked={settings.classification === c}
                onChange={() => setChoropleth({ classification: c })}
                data-testid={`choropleth-classes-${c}`}
              />
              <span>{t(`thematic.${c}`)}</span>
            </label>
          ))}
        </div>
      )}
      {choropleth && row && (
        <>
          {(language === 'en' ? row.scope_en : row.scope_zh) && (
            <p className="lc-note">{t('map.choropleth.scope', { scope: language === 'en' ? row.scope_en : row.scope_zh })}</p>
          )}
          {settings.classification === 'jenks' && <p className="lc-note">{t('thematic.jenksNote')}</p>}
          <p className="lc-note">{t('map.choropleth.wxjkNote')}</p>
        </>
      )}
    </fieldset>
  );
}
