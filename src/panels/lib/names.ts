import type { Language } from '../../store';

/** Every named thing in the data carries name_zh and name_en; the UI shows the one for the language. */
export function nameOf(thing: { name_zh: string; name_en: string }, language: Language): string {
  return language === 'zh' ? thing.name_zh : thing.name_en;
}

/** The other language's name, shown small under the main one where both are useful (parks, boards). */
export function otherNameOf(thing: { name_zh: string; name_en: string }, language: Language): string {
  return language === 'zh' ? thing.name_en : thing.name_zh;
}

export function localeOf(language: Language): string {
  return language === 'zh' ? 'zh-CN' : 'en-GB';
}
