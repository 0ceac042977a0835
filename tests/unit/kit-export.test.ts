import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { exportFileName, layoutExport, legendHeight, scaleBarLength, FOOTER_H, TITLE_H } from '../../src/export/layout';
import { buildLegend } from '../../src/export/legend-data';
import { buildChoropleth } from '../../src/layers/choropleth';
import { ANNEX_ROWS } from '../../src/map/use-map-model';
import { metresPerPixelAt } from '../../src/map/capture';
import { dataAsOf } from '../../src/export/export-image';
import { documents } from '../../src/data/tables';
import { HEAT_RAMP } from '../../src/layers/palette';
import zhKit from '../../src/i18n/locales/zh/kit';
import enKit from '../../src/i18n/locales/en/kit';
import zhViews from '../../src/i18n/locales/zh/kit-views';
import enViews from '../../src/i18n/locales/en/kit-views';

const t = ((key: string, o?: Record<string, unknown>) => (o ? `${key}${JSON.stringify(o)}` : key)) as unknown as TFunction;

describe('export layout', () => {
  it('keeps the legend between the title band and the footer, at any size', () => {
    for (const [w, h, lh] of [[1440, 900, 300], [400, 300, 500], [2000, 1200, 0]] as const) {
      const l = layoutExport(w, h, lh);
      expect(l.legend.y).toBeGreaterThanOrEqual(TITLE_H);
      expect(l.legend.y + l.legend.h).toBeLessThanOrEqual(h - FOOTER_H);
      expect(l.footer.y + l.footer.h).toBe(h);
      expect(l.scaleBar.x + l.scaleBar.w).toBeLessThanOrEqual(w);
      expect(l.legend.x + l.legend.w).toBeLessThan(l.scaleBar.x + 1);
    }
  });

  it('chooses a round scale bar that fits', () => {
    // Zoom 9 at Wuxi's latitude: ~130 m per pixel → 10 km fits in 120 px (77 px), 20 km does not.
    const mpp = metresPerPixelAt(31.5, 9);
    expect(mpp).toBeCloseTo(130.3, 0);
    const bar = scaleBarLength(mpp, 120);
    expect(bar.label).toBe('10 km');
    expect(bar.px).toBeLessThanOrEqual(120);
    expect(scaleBarLength(1, 120)).toMatchObject({ metres: 100, label: '100 m' });
  });

  it('builds the legend from the same choropleth classes and heat ramp as the screen', () => {
    const choropleth = buildChoropleth(ANNEX_ROWS, { metric: 'revenue_target', industry: 'integrated_circuits' })!;
    const legend = buildLegend({
      choropleth,
      heat: { kind: 'targets' },
      layers: { parks: true },
      categoriesWithParks: new Set(['future_park', 'innovation_hub']),
      language: 'zh',
      t,
    });
    expect(legend).toHaveLength(3);
    const swatches = legend[0]!.items.filter((i) => i.kind === 'swatch').map((i) => i.kind === 'swatch' && i.colour);
    expect(swatches).toEqual(choropleth.classes.map((c) => c.colour));
    expect(legend[1]!.items[0]).toMatchObject({ kind: 'gradient', colours: HEAT_RAMP });
    // Only categories with parks, plus the approximate-position key.
    expect(legend[2]!.items).toHaveLength(3);
    expect(legendHeight(legend)).toBeGreaterThan(0);
    expect(buildLegend({ choropleth: null, heat: { kind: null }, layers: { parks: false }, categoriesWithParks: new Set(), language: 'en', t })).toEqual([]);
  });

  it('dates the data by the newest dated source document', () => {
    expect(dataAsOf(documents)).toBe('2026-02-10');
    expect(dataAsOf([{ date: null }])).toBeNull();
  });

  it('names files with the day and pixel size', () => {
    expect(exportFileName('wuxi', new Date('2026-11-30T10:00:00Z'), 2880, 1600)).toBe('wuxi-2026-11-30-2880x1600.png');
  });
});

describe('kit strings', () => {
  const keys = (o: object, prefix = ''): string[] =>
    Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' && !Array.isArray(v) ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
  it('has the same keys in Chinese and English', () => {
    expect(keys(enKit).sort()).toEqual(keys(zhKit).sort());
    expect(keys(enViews).sort()).toEqual(keys(zhViews).sort());
  });
});
