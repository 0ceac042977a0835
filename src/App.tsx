import { useDeferredValue, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AppIndexContext } from './app/app-data';
import { useAppData } from './app/use-app-data';
import { useUrlSync } from './app/use-url-sync';
import { useLanguageSync } from './app/use-language-sync';
import { useEscapeKey } from './app/use-escape-key';
import { Header } from './app/Header';
import { NoticeBanner } from './app/NoticeBanner';
import { MapArea } from './app/MapArea';
import { SidePanel } from './app/SidePanel';
import { ImportRoot } from './import-ui';
import { TourRoot } from './tour-ui';
import { startOfflineSupportLater } from './pwa';
import { KitRoot } from './kit/KitRoot';
import { PlannerRoot } from './planner-ui';
import { TimelineRoot } from './timeline/TimelineRoot';

export function App() {
  // The panels take the data one render after the map does: the map is created (and its worker starts tiling)
  // in the commit where the geometry arrives, and the panels render while it works.
  const data = useDeferredValue(useAppData());
  const index = data.status === 'ready' ? data.index : null;
  const { t } = useTranslation();
  useLanguageSync();
  useUrlSync(index);
  useEscapeKey();
  useEffect(startOfflineSupportLater, []);

  return (
    <AppIndexContext.Provider value={index}>
      <div className="app" data-testid="app" data-ready={index ? 'true' : 'false'}>
        <a
          className="skip-link"
          href="#side-panel"
          onClick={(e) => {
            // The URL fragment carries the app state: move focus without letting "#side-panel" into the URL.
            e.preventDefault();
            document.getElementById('side-panel')?.focus();
          }}
        >
          {t('app.skipToPanel')}
        </a>
        <Header />
        <main className="app-main">
          <MapArea />
          <SidePanel dataState={data} />
          <NoticeBanner />
        </main>
        {/* Bring-your-own-data import: drop target, dialogs, saved-dataset restore; heavy parts lazy-loaded. */}
        <ImportRoot />
        <TourRoot />
        {/* Comparison, itinerary and print preview: loaded when opened. */}
        <KitRoot ready={index !== null} />
        {/* Coverage matrix and QA list: loaded when opened. */}
        <PlannerRoot ready={index !== null} />
        <TimelineRoot ready={index !== null} />
      </div>
    </AppIndexContext.Provider>
  );
}
