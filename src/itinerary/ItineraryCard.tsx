/** The itinerary beside the map (the map shows the numbered stops): list, print, GeoJSON export, clear, close. */
import '../kit/kit-strings';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppIndex } from '../app/app-data';
import { useAppState } from '../store';
import { downloadBlob } from '../import-ui/download';
import { buildItinerary, itineraryGeoJson } from './itinerary-model';
import { stopInputs } from './use-itinerary';
import { ItineraryList } from './ItineraryList';
import '../kit/kit.css';

export function ItineraryCard() {
  const { t } = useTranslation();
  const index = useAppIndex();
  const ids = useAppState((s) => s.itinerary);
  const close = useAppState((s) => s.setItineraryOpen);
  const clear = useAppState((s) => s.clearItinerary);
  const openPrint = useAppState((s) => s.openPrint);
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    titleRef.current?.focus();
  }, []);
  const exportGeoJson = () => {
    const json = itineraryGeoJson(buildItinerary(stopInputs(index, ids)));
    downloadBlob('itinerary.geojson', new Blob([JSON.stringify(json, null, 2)], { type: 'application/geo+json' }));
  };
  return (
    <section
      className="kit-card itinerary-card"
      data-testid="itinerary-card"
      aria-labelledby="itinerary-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') close(false);
      }}
    >
      <header className="kit-overlay-head">
        <h2 id="itinerary-title" ref={titleRef} tabIndex={-1}>
          {t('kit.itinerary.title')}
        </h2>
        <button type="button" className="kit-button" data-testid="itinerary-close" onClick={() => close(false)} aria-label={t('kit.itinerary.close')}>
          ×
        </button>
      </header>
      <ItineraryList />
      <div className="kit-overlay-actions">
        <button type="button" className="kit-button" data-testid="itinerary-geojson" disabled={!ids.length} onClick={exportGeoJson}>
          {t('kit.itinerary.exportGeojson')}
        </button>
        <button type="button" className="kit-button" data-testid="itinerary-print" disabled={!ids.length} onClick={() => openPrint('itinerary')}>
          {t('kit.itinerary.print')}
        </button>
        <button type="button" className="kit-button" onClick={clear}>
          {t('kit.itinerary.clear')}
        </button>
      </div>
    </section>
  );
}
