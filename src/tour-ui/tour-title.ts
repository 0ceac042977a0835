import type { TFunction } from 'i18next';
import type { Tour } from '../schema';
import type { Language } from '../store';

/** The tour's title in the language, else in the other one, else "Untitled tour". */
export function tourTitle(tour: Tour, language: Language, t: TFunction): string {
  const other = language === 'zh' ? 'en' : 'zh';
  return tour.title[language].trim() || tour.title[other].trim() || t('tour.menu.untitled');
}

/** A caption in the language, falling back to the other language when only one was written. */
export function captionOf(caption: { zh: string; en: string }, language: Language): string {
  const other = language === 'zh' ? 'en' : 'zh';
  return caption[language].trim() || caption[other].trim();
}
