/**
 * Thematic layers: board-colour classes on the real 2024 targets, proportional-circle sizing, per-board target
 * values ("-" stays "no target"), which surface a setting draws, the thematic deck layers, and project counts.
 */
import { describe, expect, it } from 'vitest';
import type { Feature, Point, Polygon } from 'geojson';
import type { DistrictProperties, TargetRow } from '../../src/schema';
import { boardIds } from '../../src/schema/constants';
import { targetTables } from '../../src/data/tables';
import { buildChoropleth, classify, jenksSizes } from '../../src/layers/choropleth';
import { buildBoardValues } from '../../src/domain/board-values';
import { resolveThematic } from '../../src/domain/thematic';
import { importedBounds } from '../../src/domain/imported-bounds';
import { buildProjectIndex, keptMask } from '../../src/domain/project-index';
import { buildMapModel, type MapData } from '../../src/layers/map-model';
import { boardSymbols, projectCountsByBoard, proportionalRadius, MAX_SYMBOL_RADIUS_PX, NO_TARGET_RADIUS_PX } from '../../src/layers/thematic-layers';
import { buildDeckLayers } from '../../src/layers/build-deck-layers';
import { DECK_LAYER_IDS } from '../../src/layers/ids';
import { formatRange, formatValue } from '../../src/layers/format-value';
import { scaleSteps } from '../../src/map/legend/surface-legend';
import { createAppStore } from '../../src/store';
import type { SymbolAtlas } from '../../src/layers/symbol-atlas';
import { recordRows } from '../../src/domain/project-rows';

const realRows: TargetRow[] = targetTables.flatMap((t) => t.rows);
const boardIdsForTest = boardIds;
const JIANGYIN = '320281';
const XINWU = '320214';

describe('board-colour classes on the real 2024 revenue targets', () => {
  const settings = { metric: 'revenue_target' as const, industry: 'iot' };

  it('natural breaks (the default) keep Jiangyin (477) and Xinwu (2,200) apart', () => {
    const ch = buildChoropleth(realRows, settings)!;
    expect(ch.values[JIANGYIN]).toBe(477);
    expect(ch.values[XINWU]).toBe(2200);
    expect(ch.classOf[JIANGYIN]).not.toBe(ch.classOf[XINWU]);
    // Xinwu is an outlier: a class of its own, whose break value is its own figure.
    const top = ch.classes[ch.classOf[XINWU]!]!;
    expect(top.boards).toEqual([XINWU]);
    expect(top.min).toBe(2200);
    expect(buildChoropleth(realRows, { ...settings, classification: 'jenks' })!.classOf).toEqual(ch.classOf);
  });

  it('quantiles are the user’s other choice: equal-count classes', () => {
    const ch = buildChoropleth(realRows, { ...settings, classification: 'quantile' })!;
    const sizes = ch.classes.map((c) => c.boards.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });

  it('for every classification and real row: classes ordered, contiguous, ties together, "-" unclassed', () => {
    for (const classification of ['jenks', 'quantile'] as const) {
      for (const row of realRows) {
        if (row.industry === null || row.parent_row !== null) continue;
        const ch = buildChoropleth(realRows, { metric: row.metric as 'revenue_target', industry: row.industry, classification });
        if (!ch || ch.row.id !== row.id) continue;
        for (let i = 1; i < ch.classes.length; i++) expect(ch.classes[i]!.min).toBeGreaterThan(ch.classes[i - 1]!.max);
        for (const board of ch.noTarget) expect(ch.classOf[board]).toBeUndefined();
        for (const [board, value] of Object.entries(ch.values)) {
          const cls = ch.classes[ch.classOf[board as typeof XINWU]!]!;
          expect(value).toBeGreaterThanOrEqual(cls.min);
          expect(value).toBeLessThanOrEqual(cls.max);
        }
      }
    }
  });

  it('finds the least within-class squared deviation (checked against every split, random data)', () => {
    const ssd = (xs: number[]) => {
      const m = xs.reduce((a, b) => a + b, 0) / xs.length;
      return xs.reduce((a, b) => a + (b - m) ** 2, 0);
    };
    const splits = (n: number, k: number): number[][] =>
      k === 1 ? [[n]] : Array.from({ length: n - k + 1 }, (_, i) => i + 1).flatMap((first) => splits(n - first, k - 1).map((rest) => [first, ...rest]));
    const cost = (xs: number[], sizes: number[]) => {
      let at = 0;
      return sizes.reduce((sum, size) => sum + ssd(xs.slice(at, (at += size))), 0);
    };
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let trial = 0; trial < 200; trial++) {
      const n = 2 + Math.floor(random() * 7);
      const xs = Array.from({ length: n }, () => Math.round(random() ** 3 * 3000)).sort((a, b) => a - b);
      const distinct = new Set(xs).size;
      const k = Math.min(distinct, 1 + Math.floor(random() * 4));
      const values = xs.map((v, i) => [boardIdsForTest[i]!, v] as const);
      const sizes = jenksSizes(values, k);
      expect(sizes.reduce((a, b) => a + b, 0)).toBe(n);
      const best = Math.min(...splits(n, k).filter((sz) => {
        let at = 0;
        return sz.slice(0, -1).every((size) => ((at += size), xs[at - 1] !== xs[at]));
      }).map((sz) => cost(xs, sz)));
      expect(cost(xs, sizes)).toBeCloseTo(best, 6);
    }
  });

  it('keeps equal values in one class with Jenks too', () => {
    const { classOf } = classify([['320214', 5], ['320213', 5], ['320205', 1], ['320206', 9], ['320211', 200]], 'jenks');
    expect(classOf['320214']).toBe(classOf['320213']);
  });
});

describe('proportional symbols', () => {
  it('sizes circles so that area is proportional to value', () => {
    expect(proportionalRadius(100, 100)).toBe(MAX_SYMBOL_RADIUS_PX);
    const r25 = proportionalRadius(25, 100);
    expect(r25).toBeCloseTo(MAX_SYMBOL_RADIUS_PX / 2, 9);
    const area = (r: number) => Math.PI * r * r;
    expect(area(proportionalRadius(2200, 2200)) / area(proportionalRadius(477, 2200))).toBeCloseTo(2200 / 477, 9);
    expect(proportionalRadius(0, 100)).toBe(0);
    expect(proportionalRadius(5, 0)).toBe(0);
  });

  it('legend scale steps are simple numbers below the maximum', () => {
    expect(scaleSteps(2200)).toEqual([2200, 500, 100]);
    expect(scaleSteps(0)).toEqual([]);
  });
});

describe('target values per board', () => {
  const childrenOf = (id: string) => (id === 'iot' ? ['iov'] : []);

  it('reads one value per board; "-" is no target (null), never 0', () => {
    const v = buildBoardValues('revenue_target', 'iot', { rows: realRows, childrenOf });
    expect(v.values.find((b) => b.board === XINWU)!.value).toBe(2200);
    expect(v.max).toBe(2200);
    expect(v.values).toHaveLength(8);
    const quantum = buildBoardValues('revenue_target', 'quantum_technology', { rows: realRows, childrenOf });
    const missing = quantum.values.filter((b) => b.value === null);
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.every((b) => b.value !== 0)).toBe(true);
  });

  it('sums the clusters for "all", and follows the board and industry filters', () => {
    const all = buildBoardValues('revenue_target', null, { rows: realRows, childrenOf });
    const iot = buildBoardValues('revenue_target', 'iot', { rows: realRows, childrenOf });
    expect(all.values.find((b) => b.board === XINWU)!.value!).toBeGreaterThan(2200);
    const filtered = buildBoardValues('revenue_target', null, { rows: realRows, childrenOf, filters: { boards: [JIANGYIN], industries: ['iot'] } });
    expect(filtered.values).toEqual([{ board: JIANGYIN, value: 477 }]);
    expect(iot.rows.map((r) => r.id)).toEqual(['wp2024_annex1.iot.revenue_target']);
  });
});

describe('which surface a setting draws', () => {
  it('project investment only with projects; otherwise the target intensity of its metric', () => {
    const heat = { kind: 'projects' as const, metric: 'new_projects_over_5yi' as const, industry: null };
    expect(resolveThematic(heat, true)).toEqual({ kind: 'projects', industry: null });
    expect(resolveThematic(heat, false)).toEqual({ kind: 'targets', metric: 'new_projects_over_5yi', industry: null });
    expect(resolveThematic({ ...heat, kind: null }, true)).toBeNull();
    expect(resolveThematic({ ...heat, kind: 'targets', metric: 'revenue_target' }, true)).toMatchObject({ kind: 'targets' });
  });
});

/* Two square boards and the approximate wxjk point. */
function square(id: DistrictProperties['id'], x: number): Feature<Polygon, DistrictProperties> {
  return {
    type: 'Feature',
    properties: { id, name_zh: `区${id}`, name_en: `Board ${id}`, kind: 'district', precision: 'exact', source: 'test', label_point: [x + 0.05, 31.55] },
    geometry: { type: 'Polygon', coordinates: [[[x, 31.5], [x + 0.1, 31.5], [x + 0.1, 31.6], [x, 31.6], [x, 31.5]]] },
  };
}
const wxjk: Feature<Point, DistrictProperties> = {
  type: 'Feature',
  properties: { id: 'wxjk', name_zh: '经开', name_en: 'EDZ', kind: 'functional_zone', precision: 'approximate', source: 'test', label_point: [120.5, 31.4] },
  geometry: { type: 'Point', coordinates: [120.5, 31.4] },
};
const row: TargetRow = {
  id: 'r', table: 'wp2024_annex1', industry: 'iot', metric: 'revenue_target', parent_row: null, scope_zh: null, scope_en: null,
  label_zh: 'x', label_en: 'x', unit_zh: '亿元', unit_en: '100 million yuan',
  values: { city: 100, '320214': 60, '320213': 15, wxjk: null, '320281': null, '320282': null, '320205': null, '320206': null, '320211': null },
  source: { document: 'wp2024', section: '附件1' }, notes: [],
};
const data: MapData = {
  districts: { type: 'FeatureCollection', features: [square('320214', 120.3), square('320213', 120.1), wxjk] },
  parks: { type: 'FeatureCollection', features: [] },
  water: { type: 'FeatureCollection', features: [] },
  rows: [row],
  industries: [],
};
const model = buildMapModel(data);
const symbols: SymbolAtlas = { image: { data: {} as ImageData, width: 1, height: 1 }, mapping: {} };
const texts = { noTarget: 'no target', projectCount: (n: number) => `${n} projects` };

describe('thematic deck layers', () => {
  const state = () => {
    const s = createAppStore().getState();
    return { layers: s.layers, heat: s.heat, choropleth: s.choropleth, filters: s.filters, selection: s.selection, language: 'en' as const };
  };

  it('draws one circle per board at its label point, "no target" as a small ring with that label', () => {
    const values = buildBoardValues('revenue_target', 'iot', { rows: [row], childrenOf: () => [] });
    const drawn = boardSymbols(values, model, 'en', 'no target');
    const xinwu = drawn.find((d) => d.board === '320214')!;
    expect(xinwu.position).toEqual([120.35, 31.55]);
    expect(xinwu.radius).toBe(MAX_SYMBOL_RADIUS_PX);
    expect(xinwu.label).toBe('6 bn yuan');
    expect(drawn.find((d) => d.board === '320213')!.radius).toBeCloseTo(MAX_SYMBOL_RADIUS_PX / 2, 9);
    const edz = drawn.find((d) => d.board === 'wxjk')!;
    expect(edz).toMatchObject({ value: null, radius: NO_TARGET_RADIUS_PX, label: 'no target' });
    // Boards without geometry in the model are not drawn (no invented position).
    expect(drawn.map((d) => d.board).sort()).toEqual(['320213', '320214', 'wxjk']);

    const layers = buildDeckLayers({ state: state(), model, choropleth: null, heat: null, symbols, fontsReady: true, thematic: { targets: values, projectCounts: null, projectCountsVisible: true, texts } });
    const ids = layers.map((l) => l.id);
    expect(ids).toContain(DECK_LAYER_IDS.targetSymbols);
    expect(ids).toContain(DECK_LAYER_IDS.targetValueLabels);
    expect(ids).not.toContain(DECK_LAYER_IDS.heat);
    expect(ids.indexOf(DECK_LAYER_IDS.targetSymbols)).toBeLessThan(ids.indexOf(DECK_LAYER_IDS.parkSymbols));
  });

  it('labels the choropleth’s values on the boards, none for "-"', () => {
    const s = { ...state(), choropleth: { metric: 'revenue_target' as const, industry: 'iot', classification: 'jenks' as const } };
    const choropleth = buildChoropleth([row], s.choropleth);
    const layers = buildDeckLayers({ state: s, model, choropleth, heat: null, symbols, fontsReady: true });
    const labels = layers.find((l) => l.id === DECK_LAYER_IDS.choroplethValueLabels)!;
    expect((labels.props.data as Array<{ text: string }>).map((d) => d.text).sort()).toEqual(['1.5 bn yuan', '6 bn yuan']);
  });

  it('counts kept imported projects per board for city zoom', () => {
    const base = {
      origin: 'imported' as const, name: 'P', industry: 'iot', stage: 'started' as const, investment_yi: 1, date: null,
      lon: 120.35, lat: 31.55, location: { method: 'coordinates' as const, crs: 'wgs84' as const }, source_row: 2,
    };
    const index = buildProjectIndex(recordRows([
      { ...base, id: 'a', board: '320214' as const },
      { ...base, id: 'b', board: '320214' as const },
      { ...base, id: 'c', board: '320213' as const, industry: 'biomedicine' },
      { ...base, id: 'd', board: null },
    ]));
    const all = keptMask(index, { industries: [], boards: [], stages: [], dateFrom: null, dateTo: null });
    expect(projectCountsByBoard(index, all, model).map((c) => [c.board, c.count])).toEqual([['320213', 1], ['320214', 2]].sort());
    const iotOnly = keptMask(index, { industries: ['iot'], boards: [], stages: [], dateFrom: null, dateTo: null });
    expect(projectCountsByBoard(index, iotOnly, model).map((c) => [c.board, c.count])).toEqual([['320214', 2]]);
    const layers = buildDeckLayers({
      state: state(), model, choropleth: null, heat: null, symbols, fontsReady: true,
      thematic: { targets: null, projectCounts: projectCountsByBoard(index, all, model), projectCountsVisible: false, texts },
    });
    expect(layers.find((l) => l.id === DECK_LAYER_IDS.projectCounts)!.props.visible).toBe(false);
    expect(layers.map((l) => l.id)).not.toContain(DECK_LAYER_IDS.projectCountLabels);
    expect(importedBounds(index, [])).toEqual([[expect.closeTo(120.35, 4), expect.closeTo(31.55, 4)], [expect.closeTo(120.35, 4), expect.closeTo(31.55, 4)]]);
    expect(importedBounds(null, [])).toBeNull();
  });
});

describe('text layers share their GPU programs', () => {
  it('every text layer carries the same collision extension; only labels collide', () => {
    const base = createAppStore().getState();
    const state = () => ({ layers: base.layers, heat: base.heat, choropleth: base.choropleth, filters: base.filters, selection: base.selection, language: 'en' as const });
    const s = { ...state(), choropleth: { metric: 'revenue_target' as const, industry: 'iot', classification: 'jenks' as const } };
    const values = buildBoardValues('revenue_target', 'iot', { rows: [row], childrenOf: () => [] });
    const layers = buildDeckLayers({
      state: s, model, choropleth: buildChoropleth([row], s.choropleth), heat: null, symbols, fontsReady: true,
      thematic: { targets: values, projectCounts: null, projectCountsVisible: true, texts },
    });
    const textLayers = layers.filter((l) => l.constructor.name === 'TextLayer');
    // Labels, target values and choropleth values at least: a layer without the extension would be a second program.
    expect(textLayers.length).toBeGreaterThanOrEqual(3);
    expect(textLayers.map((l) => l.props.extensions.length)).toEqual(textLayers.map(() => 1));
    const extensions = new Set(textLayers.flatMap((l) => l.props.extensions));
    expect(extensions.size).toBe(1);
    const colliding = textLayers.filter((l) => (l.props as { collisionEnabled?: boolean }).collisionEnabled !== false).map((l) => l.id);
    expect(colliding).toContain(DECK_LAYER_IDS.districtLabels);
    expect(colliding).not.toContain(DECK_LAYER_IDS.targetValueLabels);
    expect(colliding).not.toContain(DECK_LAYER_IDS.choroplethValueLabels);
  });
});

describe('zoom to my data', () => {
  it('asks the map to fit a box, again for the same box', () => {
    const store = createAppStore();
    const box: [[number, number], [number, number]] = [[120.3, 31.48], [120.44, 31.57]];
    store.getState().fitBounds(box);
    const first = store.getState().fitRequest;
    store.getState().fitBounds(box);
    expect(store.getState().fitRequest).toEqual({ box, n: 2 });
    expect(store.getState().fitRequest).not.toBe(first);
  });
});

describe('values with units', () => {
  it('reads 亿元 as billions in English and keeps the printed unit in Chinese', () => {
    const unit = { unit_zh: '亿元', unit_en: '100 million yuan' };
    expect(formatValue(2200, unit, 'zh')).toBe('2,200 亿元');
    expect(formatValue(2200, unit, 'en')).toBe('220 bn yuan');
    expect(formatRange(42, 68, unit, 'en')).toBe('4.2–6.8 bn yuan');
    expect(formatRange(477, 477, unit, 'zh')).toBe('477 亿元');
    expect(formatValue(12, { unit_zh: '%', unit_en: '%' }, 'en')).toBe('12%');
    expect(formatValue(3, { unit_zh: '个', unit_en: 'count' }, 'zh')).toBe('3 个');
    expect(formatValue(3, { unit_zh: '个', unit_en: 'count' }, 'en')).toBe('3');
  });
});
