import { i18next } from '../i18n';
import zhTour from '../i18n/locales/zh/tour';
import enTour from '../i18n/locales/en/tour';

/**
 * The tour's strings join the translations when the tour UI first loads (imported by each lazy tour module),
 * so they stay out of the first screen's JavaScript; the header button's label is in the share namespace.
 */
if (!i18next.exists('tour.menu.label')) {
  i18next.addResourceBundle('zh', 'translation', { tour: zhTour }, true, true);
  i18next.addResourceBundle('en', 'translation', { tour: enTour }, true, true);
}
