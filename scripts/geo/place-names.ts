/**
 * Map-label forms of the adcode place names. The English forms are Hanyu Pinyin without tones (pinyin-pro, as
 * the English interface uses for Chinese names elsewhere) with the kind of place in English — a transliteration
 * for orientation, not an official English name.
 */
import { pinyin } from 'pinyin-pro';

/** The committee suffix of a community/village entry, and what the label keeps of it. */
const COMMITTEE_SUFFIXES: readonly [RegExp, string][] = [
  [/村?(?:村民委员会|村委会)$/, '村'],
  [/(?:居民委员会|居委会|委员会|家委会)$/, ''],
];

/** 长广社区居委会 → 长广社区, 万马村村委会 → 万马村, 东南村委会 → 东南村, 硕放居民委员会 → 硕放. Others stay as they are. */
export function communityLabel(name: string): string {
  for (const [suffix, keep] of COMMITTEE_SUFFIXES) {
    if (suffix.test(name)) {
      const label = name.replace(suffix, keep);
      return label === '' ? name : label;
    }
  }
  return name;
}

/** Kinds of place, longest first; only the last one is translated (安镇街道 → "Anzhen Subdistrict"). */
const KIND_SUFFIXES: readonly [string, string][] = [
  ['街道', 'Subdistrict'],
  ['社区', 'Community'],
  ['镇', 'Town'],
  ['村', 'Village'],
];

/** One word of pinyin, with the apostrophe before a syllable that starts with a, o or e (崇安寺 → "Chong'ansi"). */
function pinyinWord(han: string): string {
  const syllables = pinyin(han, { toneType: 'none', type: 'array', v: true });
  const word = syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** 长广社区 → "Changguang Community", 雪浪街道 → "Xuelang Subdistrict", 胡埭镇 → "Hudai Town". */
export function placeNameEn(label: string): string {
  for (const [suffix, english] of KIND_SUFFIXES) {
    if (label.length > suffix.length && label.endsWith(suffix)) return `${pinyinWord(label.slice(0, -suffix.length))} ${english}`;
  }
  return pinyinWord(label);
}
