/** Board colours: metric × cluster pickers and the class legend (with units, "no target" hatching, source). */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppState, type ChoroplethMetric } from '../../store';
import { documents } from '../../data/tables';
import type { Choropleth } from '../../layers/choropleth';
import type { MapModel } from '../../layers/map-model';
import { CHOROPLETH_METRICS, industriesWithMetric } from './metric-options';

const number = (v: number, language: string) => v.toLocaleString(language === 'en' ? 'en' : 'zh-CN', { maximumFractionDigits: 1 });

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
  const unit = row ? (language === 'en' ? row.unit_en : row.unit_zh) : '';
  const doc = row ? documents.find((d) => d.id === row.source.document) : undefined;

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
      {choropleth && row && (
        <div className="lc-legend" data-testid="choropleth-legend">
          <p className="lc-subtitle">
            {language === 'en' ? row.label_en : row.label_zh}
            {unit ? ` (${unit})` : ''}
          </p>
          {(language === 'en' ? row.scope_en : row.scope_zh) && (
            <p className="lc-note">{t('map.choropleth.scope', { scope: language === 'en' ? row.scope_en : row.scope_zh })}</p>
          )}
          <ul className="lc-list">
            {choropleth.classes.map((cls) => (
              <li key={cls.colour}>
                <span className="lc-swatch" style={{ background: cls.colour }} aria-hidden="true" />
                <span>
                  {cls.min === cls.max
                    ? t('map.choropleth.single', { value: number(cls.min, language) })
                    : t('map.choropleth.range', { min: number(cls.min, language), max: number(cls.max, language) })}
                  {unit ? ` ${unit}` : ''}
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
          <p className="lc-note">{t('map.choropleth.wxjkNote')}</p>
          <p className="lc-note">
            {t('map.choropleth.source', {
              document: doc ? (language === 'en' ? doc.title_en : doc.title_zh) : row.source.document,
              section: row.source.section,
              row: row.source.row ?? row.label_zh,
            })}
          </p>
        </div>
      )}
    </fieldset>
  );
}
