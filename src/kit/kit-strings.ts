/**
 * The views' strings join the `kit` namespace when the first view loads (imported for its side effect by every
 * lazily loaded kit module), so they do not weigh on the first screen.
 */
import { addStrings } from '../i18n';
import zh from '../i18n/locales/zh/kit-views';
import en from '../i18n/locales/en/kit-views';

export function addKitStrings(): void {
  addStrings('kit', zh, en);
}

addKitStrings();
