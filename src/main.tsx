import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initI18n } from './i18n';
import { appStore } from './store';
import { taxonomy } from './data';
import { loadGeo } from './data/geo';
import { initialLanguageFromHash } from './app/use-url-sync';
import './styles/index.css';

// A shared link in English must not flash Chinese: read its language before the first render
// (the rest of the link is applied once the park ids are loaded, see useUrlSync).
const language = initialLanguageFromHash(location.hash, new Set(taxonomy.map((i) => i.id)));
appStore.getState().setLanguage(language);
const languageReady = initI18n(language);

// The map is created once the geometry is in (src/map/style.ts InitialContent): fetch it while React renders the
// shell instead of after the first commit. A failure is shown by useGeoData, which reads the same promise.
loadGeo().catch(() => {});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
// English strings are a chunk of their own: an English link renders once they are in (Chinese needs no wait).
void languageReady.then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
