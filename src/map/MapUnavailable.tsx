import { useTranslation } from 'react-i18next';
import './map.css';
import type { MapFault } from '../store/map-fault-slice';

/** Shown in place of the map when it cannot start: what happened, that the rest works, how to enable WebGL. */
export function MapUnavailable({ fault }: { fault: Exclude<MapFault, null> }) {
  const { t } = useTranslation();
  return (
    <div className="wuxi-map wuxi-map--unavailable" data-testid="map-unavailable" data-fault={fault}>
      <div className="wuxi-map__fault" role="alert">
        {fault === 'no-webgl' ? (
          <>
            <h2>{t('reliability.noWebgl.title')}</h2>
            <p>{t('reliability.noWebgl.body')}</p>
            <p>{t('reliability.noWebgl.howTo')}</p>
            <ul>
              <li>{t('reliability.noWebgl.chrome')}</li>
              <li>{t('reliability.noWebgl.firefox')}</li>
              <li>{t('reliability.noWebgl.managed')}</li>
            </ul>
          </>
        ) : (
          <>
            <h2>{t('reliability.failed.title')}</h2>
            <p>{t('reliability.failed.body')}</p>
          </>
        )}
        <button type="button" onClick={() => location.reload()}>
          {t('reliability.reload')}
        </button>
      </div>
    </div>
  );
}
