import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resources } from './resources';
import type { Language } from '../store';

/**
 * One i18next instance for the app. Resources are bundled (no HTTP backend): the app must work offline
 * and both languages together are a few KB.
 */
export function initI18n(language: Language) {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources,
      lng: language,
      fallbackLng: 'zh',
      interpolation: { escapeValue: false }, // React escapes; we never build HTML strings.
      returnNull: false,
    });
  } else if (i18next.language !== language) {
    void i18next.changeLanguage(language);
  }
  return i18next;
}

export { i18next };
