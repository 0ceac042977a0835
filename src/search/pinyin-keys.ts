import { pinyin } from 'pinyin-pro';

/**
 * Pinyin forms of a Chinese name, as syllable arrays so matching can start only at a syllable
 * boundary ("hd" finds 胡埭, but "ud" must not match inside "hudai").
 * Non-Han runs (digits, Latin such as "6G", "SK") stay one lower-cased token in both forms.
 */
export interface PinyinKeys {
  syllables: string[];
  initials: string[];
}

export function pinyinKeys(text: string): PinyinKeys {
  const syllables: string[] = [];
  const initials: string[] = [];
  let hasHan = false;
  for (const part of pinyin(text, { toneType: 'none', type: 'all', nonZh: 'consecutive', v: true })) {
    if (part.isZh) {
      hasHan = true;
      const syllable = normalizeQuery(part.pinyin);
      if (!syllable) continue;
      syllables.push(syllable);
      initials.push(syllable[0]!);
    } else {
      const token = normalizeQuery(part.origin);
      if (!token) continue;
      syllables.push(token);
      initials.push(token);
    }
  }
  return hasHan ? { syllables, initials } : { syllables: [], initials: [] };
}

/** Lower-case, no spaces, no punctuation, full-width → half-width: what users type is compared in this form. */
export function normalizeQuery(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}
