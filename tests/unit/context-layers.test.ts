import { describe, expect, it } from 'vitest';
import { buildContextLayers, CONTEXT_LAYERS } from '../../src/layers/context-layers';
import { communityLabel, placeNameEn } from '../../scripts/geo/place-names';

describe('context layers', () => {
  it('each layer carries the zoom range of its descriptor: seats from 10, communities from 12', () => {
    const layers = buildContextLayers('zh');
    for (const d of Object.values(CONTEXT_LAYERS)) {
      const layer = layers.find((l) => l.id === d.id);
      expect(layer, d.id).toBeDefined();
      expect([layer!.minzoom, layer!.maxzoom]).toEqual([d.minzoom, d.maxzoom]);
    }
    expect(CONTEXT_LAYERS.townLabels.minzoom).toBe(10);
    expect(CONTEXT_LAYERS.communityLabels.minzoom).toBe(12);
  });

  it('labels follow the language and use the app font, no glyphs needed', () => {
    const field = (lang: 'zh' | 'en', id: string) => {
      const layer = buildContextLayers(lang).find((l) => l.id === id);
      return JSON.stringify(layer?.type === 'symbol' ? layer.layout?.['text-field'] : null);
    };
    expect(field('zh', CONTEXT_LAYERS.townLabels.id)).toBe('["get","name_zh"]');
    expect(field('en', CONTEXT_LAYERS.townLabels.id)).toContain('name_en');
    expect(field('en', CONTEXT_LAYERS.communityLabels.id)).toContain('label_en');
    const town = buildContextLayers('zh').find((l) => l.id === CONTEXT_LAYERS.townLabels.id);
    expect(town?.type === 'symbol' && town.layout?.['text-font']).toEqual(['Noto Sans SC', 'Noto Sans CJK SC']);
  });
});

describe('place names', () => {
  it('drops the committee suffix, keeping 村 once', () => {
    expect(communityLabel('长广社区居委会')).toBe('长广社区');
    expect(communityLabel('万马村村委会')).toBe('万马村');
    expect(communityLabel('东南村委会')).toBe('东南村');
    expect(communityLabel('吼山社区居民委员会')).toBe('吼山社区');
    expect(communityLabel('梅村工业集中区')).toBe('梅村工业集中区');
  });

  it('romanises with the kind in English, one suffix only', () => {
    expect(placeNameEn('雪浪街道')).toBe('Xuelang Subdistrict');
    expect(placeNameEn('胡埭镇')).toBe('Hudai Town');
    expect(placeNameEn('安镇街道')).toBe('Anzhen Subdistrict');
    expect(placeNameEn('长广社区')).toBe('Changguang Community');
    expect(placeNameEn('崇安寺街道')).toBe("Chong'ansi Subdistrict");
  });
});
