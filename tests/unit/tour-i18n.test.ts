import { describe, expect, it } from 'vitest';
import zhTour from '../../src/i18n/locales/zh/tour';
import enTour from '../../src/i18n/locales/en/tour';
import zhShare from '../../src/i18n/locales/zh/share';
import enShare from '../../src/i18n/locales/en/share';
import zhPwa from '../../src/i18n/locales/zh/pwa';
import enPwa from '../../src/i18n/locales/en/pwa';

/** Every key path of a nested strings object, with its value. */
function leaves(tree: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value as object, path)) out.set(k, v);
  }
  return out;
}

describe('tour, share and offline strings', () => {
  for (const [name, zh, en] of [
    ['tour', zhTour, enTour],
    ['share', zhShare, enShare],
    ['pwa', zhPwa, enPwa],
  ] as const) {
    it(`${name}: English has every Chinese key, non-empty, with the same placeholders`, () => {
      const z = leaves(zh);
      const e = leaves(en);
      expect([...e.keys()].sort()).toEqual([...z.keys()].sort());
      for (const [key, text] of z) {
        const english = e.get(key)!;
        expect(english.trim(), key).not.toBe('');
        expect(/\p{Script=Han}/u.test(english), `${key} has Chinese in English`).toBe(false);
        const holes = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
        expect(holes(english), key).toEqual(holes(text));
      }
    });
  }
});
