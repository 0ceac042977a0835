/**
 * The views' strings join the `kit` namespace when the first view loads (imported for its side effect by every
 * lazily loaded kit module), so they do not weigh on the first screen.
 */
import { i18next } from '../i18n';
import zh from '../i18n/locales/zh/kit-views';
import en from '../i18n/locales/en/kit-views';

export function addKitStrings(): void {
  // Before i18next is set up (unit tests import these modules bare) the strings are added once it is.
  if (!i18next.isInitialized) {
    i18next.on('initialized', addKitStrings);
    return;
  }
  if (i18next.exists('kit.print.title', { lng: 'zh' })) return;
  i18next.addResourceBundle('zh', 'translation', { kit: zh }, true, false);
  i18next.addResourceBundle('en', 'translation', { kit: en }, true, false);
}

addKitStrings();
