import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { zhTranslation } from './translation-zh';
import type { Language } from '../store';

/**
 * One i18next instance for the app. Resources are bundled (no HTTP backend: the app works offline). Chinese comes
 * with the first screen; English is a chunk of the app's own build, loaded the first time it is needed, so the
 * initial JavaScript carries one language.
 */
let english: Promise<void> | null = null;

/** Resolves once `language`'s strings are in i18next (immediately for Chinese). */
export function loadLanguage(language: Language): Promise<void> {
  if (language === 'zh') return Promise.resolve();
  english ??= import('./translation-en').then(({ enTranslation }) => {
    // Deep merge: bundles that lazily loaded tools already added for English (tour, import checks…) are kept.
    i18next.addResourceBundle('en', 'translation', enTranslation, true, false);
  });
  return english;
}

let wanted: Language = 'zh';

/** Creates the instance (once) and switches it to `language`; resolves when that language is showing. */
export function initI18n(language: Language): Promise<void> {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources: { zh: { translation: zhTranslation } },
      lng: 'zh',
      fallbackLng: 'zh',
      interpolation: { escapeValue: false }, // React escapes; we never build HTML strings.
      returnNull: false,
    });
  }
  wanted = language;
  if (i18next.language === language) return Promise.resolve();
  return loadLanguage(language).then(async () => {
    // The choice may have changed while the strings loaded: follow the latest one only.
    if (wanted === language && i18next.language !== language) await i18next.changeLanguage(language);
  });
}

/**
 * Adds a tool's strings (both languages) under `namespace` when the tool's chunk loads, so they stay out of the
 * first screen's JavaScript. Before i18next is set up (unit tests import tools bare) they are added once it is.
 */
export function addStrings(namespace: string, zh: object, en: object): void {
  if (!i18next.isInitialized) {
    i18next.on('initialized', () => addStrings(namespace, zh, en));
    return;
  }
  i18next.addResourceBundle('zh', 'translation', { [namespace]: zh }, true, false);
  i18next.addResourceBundle('en', 'translation', { [namespace]: en }, true, false);
}

export { i18next };
