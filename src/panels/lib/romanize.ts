import { pinyin } from 'pinyin-pro';

const SUFFIXES: readonly [string, string][] = [
  ['街道', ' Subdistrict'],
  ['镇', ' Town'],
  ['区', ' District'],
  ['市', ' City'],
];

function capitalise(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}

/** One Han run → Hanyu Pinyin without tones, as one capitalised word (胡埭 → "Hudai"). */
function romanizeRun(run: string): string {
  for (const [suffix, english] of SUFFIXES) {
    if (run.length > suffix.length && run.endsWith(suffix)) return romanizeRun(run.slice(0, -suffix.length)) + english;
  }
  return capitalise(pinyin(run, { toneType: 'none', type: 'array', v: true }).join(''));
}

/**
 * English text that still contains Chinese place or person names (e.g. a data note "centre of 胡埭镇")
 * gets those names in pinyin, so the English interface shows no untranslated Han text.
 */
export function romanizeHan(text: string): string {
  return text.replace(/\p{Script=Han}+/gu, (run) => romanizeRun(run));
}

/** A Chinese personal name in pinyin, surname first then the given name as one word: 杜小刚 → "Du Xiaogang". */
export function romanizePersonName(name: string): string {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', v: true, surname: 'head' });
  if (syllables.length < 2) return capitalise(syllables.join(''));
  return `${capitalise(syllables[0]!)} ${capitalise(syllables.slice(1).join(''))}`;
}
