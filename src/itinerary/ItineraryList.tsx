/** The stops in order with legs, total and precision; with reorder/remove buttons on screen, plain on paper. */
import { useTranslation } from 'react-i18next';
import { useAppIndex } from '../app/app-data';
import { useAppState } from '../store';
import { nameOf } from '../panels/lib/names';
import { roundKm } from './itinerary-model';
import { useItinerary } from './use-itinerary';

export function ItineraryList({ printable = false }: { printable?: boolean }) {
  const { t } = useTranslation();
  const index = useAppIndex();
  const language = useAppState((s) => s.language);
  const move = useAppState((s) => s.moveStop);
  const remove = useAppState((s) => s.removeStop);
  const itinerary = useItinerary(index);
  const km = (v: number) => roundKm(v).toLocaleString(language === 'en' ? 'en' : 'zh-CN', { maximumFractionDigits: 1 });
  if (!itinerary.stops.length) return <p className="muted">{t('kit.itinerary.empty')}</p>;
  return (
    <div className="itinerary" data-testid="itinerary-list">
      <ol className="itinerary-stops">
        {itinerary.stops.map((stop, i) => {
          const name = nameOf(stop, language);
          const leg = itinerary.legs[i - 1];
          return (
            <li key={stop.id} className="itinerary-stop" data-testid="itinerary-stop" data-approximate={stop.approximate ? 'true' : 'false'}>
              {leg && (
                <p className="itinerary-leg" data-testid="itinerary-leg">
                  ↓ {t('kit.itinerary.leg', { km: km(leg.km) })}
                </p>
              )}
              <div className="itinerary-row">
                <span className="itinerary-n" aria-hidden="true">
                  {stop.n}
                </span>
                <span className="itinerary-name">
                  <span className="visually-hidden">{t('kit.itinerary.stop', { n: stop.n })}: </span>
                  {name}
                  <span className={`itinerary-precision precision-badge precision-${stop.precision}`}>
                    {stop.approximate
                      ? t('kit.itinerary.approximate', { precision: t(`precision.${stop.precision}.label`) })
                      : t('kit.itinerary.exact')}
                  </span>
                </span>
                {!printable && (
                  <span className="itinerary-buttons">
                    <button type="button" className="link-button" aria-label={t('kit.itinerary.up', { name })} disabled={i === 0} onClick={() => move(stop.id, -1)}>
                      ↑
                    </button>
                    <button
                      type="button"
                      className="link-button"
                      aria-label={t('kit.itinerary.down', { name })}
                      disabled={i === itinerary.stops.length - 1}
                      onClick={() => move(stop.id, 1)}
                    >
                      ↓
                    </button>
                    <button type="button" className="link-button" aria-label={t('kit.itinerary.remove', { name })} onClick={() => remove(stop.id)}>
                      ×
                    </button>
                  </span>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      <p className="itinerary-total" data-testid="itinerary-total" data-km={roundKm(itinerary.totalKm)}>
        {t('kit.itinerary.total', { km: km(itinerary.totalKm) })}
      </p>
      <p className="callout" data-testid="straight-line-note">
        {t('kit.itinerary.straightNote')}
      </p>
    </div>
  );
}
