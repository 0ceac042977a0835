import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchIndex, type SearchItem } from '../../src/search/search-index';
import { normalizeQuery, pinyinKeys } from '../../src/search/pinyin-keys';

const items: SearchItem[] = [
  { kind: 'park', id: 'hudai_satellite', name_zh: '九龙湾卫星载荷产业园', name_en: 'Jiulongwan Satellite Payload Park', aliases_zh: ['胡埭卫星载荷产业园'] },
  { kind: 'park', id: 'hudai_embodied', name_zh: '胡埭具身智能产业园', name_en: 'Hudai Embodied AI Park' },
  { kind: 'park', id: 'huishan_hub', name_zh: '惠山科创中心', name_en: 'Huishan Innovation Hub' },
  { kind: 'industry', id: 'humanoid_robots', name_zh: '人形机器人', name_en: 'Humanoid robots' },
  { kind: 'industry', id: 'six_g', name_zh: '6G', name_en: '6G' },
  { kind: 'industry', id: 'iot', name_zh: '物联网', name_en: 'Internet of Things' },
  { kind: 'board', id: '320281', name_zh: '江阴市', name_en: 'Jiangyin', aliases_zh: ['江阴'] },
  { kind: 'board', id: '320206', name_zh: '惠山区', name_en: 'Huishan District', aliases_zh: ['惠山'] },
];
const index = buildSearchIndex(items);
const ids = (q: string) => searchIndex(index, q).map((h) => h.item.id);

describe('pinyin keys', () => {
  it('splits Han into syllables and keeps Latin runs whole', () => {
    expect(pinyinKeys('胡埭')).toEqual({ syllables: ['hu', 'dai'], initials: ['h', 'd'] });
    expect(pinyinKeys('SK海力士').initials).toEqual(['sk', 'h', 'l', 's']);
    expect(pinyinKeys('Humanoid')).toEqual({ syllables: [], initials: [] });
  });
  it('normalises what users type', () => {
    expect(normalizeQuery(' Hu Dai ')).toBe('hudai');
    expect(normalizeQuery('ＲＸＪＱＲ')).toBe('rxjqr');
  });
});

describe('search', () => {
  it('finds by pinyin initials', () => {
    expect(ids('rxjqr')[0]).toBe('humanoid_robots');
    expect(ids('hd')).toContain('hudai_embodied');
    expect(ids('hd')).toContain('hudai_satellite'); // via its alias 胡埭…
    expect(ids('wlw')[0]).toBe('iot');
  });

  it('finds by full pinyin, also unfinished or mixed with initials', () => {
    expect(ids('hudai')[0]).toBe('hudai_embodied');
    expect(ids('renxingjiqiren')[0]).toBe('humanoid_robots');
    expect(ids('renxingj')[0]).toBe('humanoid_robots');
    expect(ids('jiangyin')[0]).toBe('320281');
  });

  it('matches pinyin only at syllable boundaries', () => {
    // "uda" sits inside "hudai" but starts mid-syllable.
    expect(ids('uda')).not.toContain('hudai_embodied');
  });

  it('finds by Chinese, exact names first', () => {
    expect(ids('惠山')[0]).toBe('320206');
    expect(ids('惠山')).toContain('huishan_hub');
    expect(ids('具身')).toEqual(['hudai_embodied']);
  });

  it('finds by English words and prefixes', () => {
    expect(ids('humanoid')[0]).toBe('humanoid_robots');
    expect(ids('satellite')).toEqual(['hudai_satellite']);
    expect(ids('internet of')[0]).toBe('iot');
    expect(ids('6g')[0]).toBe('six_g');
  });

  it('ranks an exact name above a partial one and limits results', () => {
    const hits = searchIndex(index, 'hs');
    expect(hits[0]?.item.id).toBe('320206');
    expect(hits.every((h, i) => i === 0 || h.score <= hits[i - 1]!.score)).toBe(true);
    expect(searchIndex(index, 'h', 2)).toHaveLength(2);
  });

  it('returns nothing for an empty or unmatched query', () => {
    expect(ids('   ')).toEqual([]);
    expect(ids('zzzzqqq')).toEqual([]);
  });
});

import { townOf } from '../../src/search/search-items';
describe('places', () => {
  it('finds parks by the town they sit in, ranked below name matches', () => {
    const idx = buildSearchIndex([
      { kind: 'park', id: 'in_town', name_zh: '复星具身智能产业园', name_en: 'Fosun Park', places_zh: ['胡埭镇'] },
      { kind: 'park', id: 'named', name_zh: '湖东园', name_en: 'Hudong Park' },
    ]);
    expect(searchIndex(idx, 'hd').map((h) => h.item.id)).toEqual(['named', 'in_town']);
    expect(searchIndex(idx, '胡埭').map((h) => h.item.id)).toEqual(['in_town']);
  });
  it('reads the town from a position note', () => {
    expect(townOf('胡埭镇中心点（乡镇/街道驻地坐标）')).toBe('胡埭镇');
    expect(townOf('雪浪街道中心点')).toBe('雪浪街道');
    expect(townOf('具体位置不详，置于滨湖区标注点')).toBeNull();
  });
});

describe('English abbreviations from the taxonomy', () => {
  it('finds 物联网 by "IoT" and 人工智能 by "AI", from the aliases in data/taxonomy.json', async () => {
    const { readFile } = await import('node:fs/promises');
    const { TaxonomySchema } = await import('../../src/schema/taxonomy');
    const taxonomy = TaxonomySchema.parse(JSON.parse(await readFile(new URL('../../data/taxonomy.json', import.meta.url), 'utf8')));
    const real = buildSearchIndex(
      taxonomy.map((i) => ({ kind: 'industry' as const, id: i.id, name_zh: i.name_zh, name_en: i.name_en, aliases_en: i.aliases_en })),
    );
    const first = (q: string) => searchIndex(real, q)[0]?.item.id;
    expect(first('IoT')).toBe('iot');
    expect(first('iot')).toBe('iot');
    expect(first('AI')).toBe('artificial_intelligence');
    expect(first('IC')).toBe('integrated_circuits');
  });

  it('ranks an abbreviation below a full English name match', () => {
    const abbreviated = buildSearchIndex([
      { kind: 'industry', id: 'iot', name_zh: '物联网', name_en: 'Internet of Things', aliases_en: ['IoT'] },
      { kind: 'industry', id: 'iota', name_zh: '测试', name_en: 'IoT' },
    ]);
    expect(searchIndex(abbreviated, 'iot').map((h) => h.item.id)).toEqual(['iota', 'iot']);
  });
});
