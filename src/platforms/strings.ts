import { addStrings } from '../i18n';
import zh from '../i18n/locales/zh/platform-ui';
import en from '../i18n/locales/en/platform-ui';

/**
 * The platform and fund UI strings join the translations when their first lazy module loads (each imports this),
 * so they stay out of the first screen's JavaScript; the first screen's few words are in the `platforms` namespace.
 */
addStrings('platformUi', zh, en);
