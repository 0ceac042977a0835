import { describe, expect, it } from 'vitest';
import { basemapLayers } from '../../src/map/vector-basemap';

describe('vector basemap layers', () => {
  const layers = basemapLayers('zh', new Set(['earth', 'roads', 'places']));

  it('keeps only the layers whose source-layer the file has, with prefixed ids and no background', () => {
    expect(layers.length).toBeGreaterThan(10);
    for (const l of layers) {
      expect(l.id.startsWith('basemap-')).toBe(true);
      expect(l.type).not.toBe('background');
      expect(['earth', 'roads', 'places']).toContain('source-layer' in l ? l['source-layer'] : '');
    }
    expect(layers.map((l) => l.id)).toEqual(expect.arrayContaining(['basemap-earth', 'basemap-roads_highway', 'basemap-places_locality']));
  });

  it('draws labels in the app font without glyph-server names or icons (no sprite)', () => {
    const json = JSON.stringify(layers);
    expect(json).not.toMatch(/Noto Sans (Regular|Medium|Italic|Bold)/);
    for (const l of layers) if (l.type === 'symbol') expect(l.layout?.['icon-image']).toBeUndefined();
    const locality = layers.find((l) => l.id === 'basemap-places_locality');
    expect(locality?.type === 'symbol' && locality.layout?.['text-font']).toEqual(['Noto Sans SC', 'Noto Sans CJK SC']);
  });

  it('labels follow the language', () => {
    const en = JSON.stringify(basemapLayers('en', new Set(['places'])));
    const zh = JSON.stringify(basemapLayers('zh', new Set(['places'])));
    expect(en).toContain('name:en');
    expect(zh).toContain('name:zh');
  });
});
