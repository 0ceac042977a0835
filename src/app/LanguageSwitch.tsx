import { useTranslation } from 'react-i18next';
import { useAppState, type Language } from '../store';

const OPTIONS: { value: Language; label: string; lang: string }[] = [
  { value: 'zh', label: '中文', lang: 'zh-CN' },
  { value: 'en', label: 'EN', lang: 'en' },
];

/** Two-state switch; each option is labelled in its own language, as language pickers should be. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const language = useAppState((s) => s.language);
  const setLanguage = useAppState((s) => s.setLanguage);
  return (
    <div className="lang-switch" role="group" aria-label={t('app.language')}>
      {OPTIONS.map((o) => (
        <button
          key={o.value}
          type="button"
          lang={o.lang}
          className="lang-option"
          aria-pressed={language === o.value}
          data-testid={`lang-${o.value}`}
          onClick={() => setLanguage(o.value)}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
