import { addStrings } from '../i18n';
import zhTour from '../i18n/locales/zh/tour';
import enTour from '../i18n/locales/en/tour';

/**
 * The tour's strings join the translations when the tour UI first loads (imported by each lazy tour module),
 * so they stay out of the first screen's JavaScript; the header button's label is in the share namespace.
 */
addStrings('tour', zhTour, enTour);
