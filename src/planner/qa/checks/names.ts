import type { QaText } from '../types';

/** A record's name in both languages. */
export const bilingual = (r: { name_zh: string; name_en: string }): QaText => ({ zh: r.name_zh, en: r.name_en });
