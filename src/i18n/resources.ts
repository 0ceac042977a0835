import zhMap from './locales/zh/map';
import enMap from './locales/en/map';
import zhApp from './locales/zh/app';
import enApp from './locales/en/app';
import zhImport from './locales/zh/import';
import enImport from './locales/en/import';
import zhReliability from './locales/zh/reliability';
import enReliability from './locales/en/reliability';
import zhImportChecks from './locales/zh/import-checks';
import enImportChecks from './locales/en/import-checks';

/** Namespaces merged into one translation tree: `map.*` (map, layers, legends), feature namespaces, and the rest of the app. */
export const resources = {
  zh: {
    translation: {
      ...zhApp,
      map: zhMap,
      import: zhImport,
      reliability: zhReliability,
      importChecks: zhImportChecks,
    },
  },
  en: {
    translation: {
      ...enApp,
      map: enMap,
      import: enImport,
      reliability: enReliability,
      importChecks: enImportChecks,
    },
  },
} as const;
