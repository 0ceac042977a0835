import { describe, expect, it } from 'vitest';
import zh from '../../src/i18n/locales/zh/app';
import en from '../../src/i18n/locales/en/app';

/** Flattened keys; i18next plural forms (_one/_other) count as their base key. */
function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`.replace(/_(one|other)$/, '')],
  );
}

const HAN = /\p{Script=Han}/u;

describe('app strings', () => {
  it('English has every key Chinese has, and no more', () => {
    expect([...new Set(keys(en))].sort()).toEqual([...new Set(keys(zh))].sort());
  });

  it('English strings contain no Chinese characters', () => {
    const leaks: string[] = [];
    const walk = (tree: object, path: string) => {
      for (const [k, v] of Object.entries(tree)) {
        if (typeof v === 'object' && v !== null) walk(v, `${path}${k}.`);
        else if (HAN.test(String(v))) leaks.push(`${path}${k}`);
      }
    };
    walk(en, '');
    expect(leaks).toEqual([]);
  });

  it('keeps interpolation placeholders the same in both languages', () => {
    const placeholders = (tree: object): Record<string, string[]> => {
      const out: Record<string, string[]> = {};
      const walk = (t: object, path: string) => {
        for (const [k, v] of Object.entries(t)) {
          if (typeof v === 'object' && v !== null) walk(v, `${path}${k}.`);
          else {
            const key = `${path}${k}`.replace(/_(one|other)$/, '');
            out[key] = [...new Set([...(out[key] ?? []), ...(String(v).match(/{{\w+}}/g) ?? [])])].sort();
          }
        }
      };
      walk(tree, '');
      return out;
    };
    expect(placeholders(en)).toEqual(placeholders(zh));
  });
});
