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

describe('glossary: one name for one thing', () => {
  const files = import.meta.glob('../../src/i18n/locales/*/*.ts', { eager: true, import: 'default' }) as Record<string, object>;
  const strings = (lang: 'zh' | 'en') =>
    Object.entries(files)
      .filter(([path]) => path.includes(`/locales/${lang}/`) && !path.endsWith('/import.ts') && !path.endsWith('/import-checks.ts'))
      .flatMap(([path, tree]) => {
        const out: [string, string][] = [];
        const walk = (node: object, at: string) => {
          for (const [k, v] of Object.entries(node)) {
            if (typeof v === 'object' && v !== null) walk(v, `${at}.${k}`);
            else out.push([`${path.split('/').pop()}:${at}.${k}`, String(v)]);
          }
        };
        walk(tree, '');
        return out;
      });

  it('Chinese says 科创载体, 特色产业园区 and 未来产业园区, never their variants', () => {
    // 未来产业特色园区 is the opinions' own name for future-industry characteristic parks and stays.
    const variants = /创新载体|(?<!未来产业)(?<!产业)特色园区|未来产业园(?!区)/;
    expect(strings('zh').filter(([, s]) => variants.test(s)).map(([k, s]) => `${k}: ${s}`)).toEqual([]);
  });

  it('English keeps one name per park category', () => {
    const variants = /Connected industry zone|Industrial upgrade zone|\bFuture park|\bCharacteristic\b(?! park)|Innovation carrier/;
    expect(strings('en').filter(([, s]) => variants.test(s)).map(([k, s]) => `${k}: ${s}`)).toEqual([]);
  });

  it('category names in the legend, the filters and the list come from the glossary', async () => {
    const glossary = (await import('../../src/i18n/locales/zh/glossary')).default;
    expect(zh.category.characteristic_park).toBe(glossary.characteristicPark);
    expect(zh.categoryShort.characteristic_park).toBe(glossary.characteristicPark);
    expect(zh.categoryShort.innovation_hub).toBe(glossary.innovationHub);
  });
});
