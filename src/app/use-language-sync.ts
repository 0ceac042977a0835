import { useEffect } from 'react';
import { useAppState } from '../store';
import { i18next, initI18n } from '../i18n';

/**
 * Store language → i18next, <html lang>, and the document title. The page says it is in a language only once that
 * language's strings are showing (English loads on demand): lang, title and text change together.
 */
export function useLanguageSync(): void {
  const language = useAppState((s) => s.language);
  useEffect(() => {
    let current = true;
    void initI18n(language).then(() => {
      if (!current) return;
      document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
      document.title = i18next.t('app.title');
    });
    return () => {
      current = false;
    };
  }, [language]);
}
