import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppState } from '../store';
import { initI18n } from '../i18n';

/** Store language → i18next, <html lang>, and the document title. */
export function useLanguageSync(): void {
  const language = useAppState((s) => s.language);
  const { t } = useTranslation();
  useEffect(() => {
    void initI18n(language);
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  }, [language]);
  useEffect(() => {
    document.title = t('app.title');
  }, [t, language]);
}
