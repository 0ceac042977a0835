import zhMap from './locales/zh/map';
import enMap from './locales/en/map';
import zhApp from './locales/zh/app';
import enApp from './locales/en/app';
import zhImport from './locales/zh/import';
import enImport from './locales/en/import';
import zhSites from './locales/zh/sites';
import enSites from './locales/en/sites';

/** Two namespaces merged into one translation tree: `map.*` (map, layers, legends) and the rest of the app. */
export const resources = {
  zh: { translation: { ...zhApp, map: zhMap, import: zhImport, sites: zhSites } },
  en: { translation: { ...enApp, map: enMap, import: enImport, sites: enSites } },
} as const;
