import { zhTranslation } from './translation-zh';
import { enTranslation } from './translation-en';

/**
 * Both languages' strings in one object, for checks that compare them (tests, scripts). The app itself does not
 * import this: it starts with Chinese and loads English on demand (src/i18n/index.ts).
 */
export const resources = {
  zh: { translation: zhTranslation },
  en: { translation: enTranslation },
} as const;
