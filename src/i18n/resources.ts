import zhMap from './locales/zh/map';
import enMap from './locales/en/map';
import zhApp from './locales/zh/app';
import enApp from './locales/en/app';
import zhImport from './locales/zh/import';
import enImport from './locales/en/import';
import zhReliability from './locales/zh/reliability';
import enReliability from './locales/en/reliability';
import zhSites from './locales/zh/sites';
import enSites from './locales/en/sites';
import zhMapLabels from './locales/zh/map-labels';
import enMapLabels from './locales/en/map-labels';
import zhThematic from './locales/zh/thematic';
import enThematic from './locales/en/thematic';
import zhShare from './locales/zh/share';
import enShare from './locales/en/share';
import zhKit from './locales/zh/kit';
import enKit from './locales/en/kit';

/** Namespaces merged into one translation tree: `map.*` (map, layers, legends), one key per feature, and the rest of the app. */
export const resources = {
  zh: {
    translation: {
      ...zhApp,
      map: zhMap,
      import: zhImport,
      reliability: zhReliability,
      sites: zhSites,
      mapLabels: zhMapLabels,
      thematic: zhThematic,
      share: zhShare,
      kit: zhKit,
    },
  },
  en: {
    translation: {
      ...enApp,
      map: enMap,
      import: enImport,
      reliability: enReliability,
      sites: enSites,
      mapLabels: enMapLabels,
      thematic: enThematic,
      share: enShare,
      kit: enKit,
    },
  },
} as const;
