import { describe, expect, it } from 'vitest';
import type { Feature, Point, Polygon } from 'geojson';
import type { DistrictProperties, ParkProperties, TargetRow } from '../../src/schema';
import { createAppStore } from '../../src/store';
import { buildMapModel, type MapData, type MapLayerState } from '../../src/layers/map-model';
import { buildStyleLayers } from '../../src/layers/build-style-layers';
import { buildDeckLayers, ringsToDraw, visibleParks } from '../../src/layers/build-deck-layers';
import type { SymbolAtlas } from '../../src/layers/symbol-atlas';
import { buildChoropleth, classify } from '../../src/layers/choropleth';
import { DECK_LAYER_IDS, STYLE_LAYER_IDS } from '../../src/layers/ids';
import { TOWN_RING_RADIUS_M, APPROXIMATE_BOARD_RADIUS_M, approximateRadiusMetres } from '../../src/layers/precision';
import { buildHeatSurface } from '../../src/domain/heat-points';

/* Synthetic fixtures: two square boards, one approximate point board, three parks. */
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
function parkFeature(id: string, props: Partial<ParkProperties>, at: [number, number]): Feature<Point, ParkProperties> {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: at },
    properties: {
      id, name_zh: `园${id}`, name_en: `Park ${id}`, aliases_zh: [], board: '320214', category: 'future_park', status: 'planned',
      lead_industries: ['iot'], sources: [{ document: 'wp2024', section: 'x' }], precision: 'site', position_basis: 'x', position_basis_en: 'x',
      ...props,
    },
  };
}
const districts = [square('320214', 120.3), square('320213', 120.1)];
const data: MapData = {
  districts: { type: 'FeatureCollection', features: [...districts, wxjk] },
  parks: {
    type: 'FeatureCollection',
    features: [
      parkFeature('site_park', { precision: 'site', category: 'characteristic_park' }, [120.32, 31.52]),
      parkFeature('town_park', { precision: 'town', lead_industries: ['iov'], status: 'existing' }, [120.33, 31.53]),
      parkFeature('district_park', { precision: 'district', board: '320213', lead_industries: ['biomedicine'] }, [120.15, 31.55]),
    ],
  },
  water: { type: 'FeatureCollection', features: [] },
  rows: [
    {
      id: 'r', table: 'wp2024_annex1', industry: 'iot', metric: 'revenue_target', parent_row: null, scope_zh: null, scope_en: null,
      label_zh: 'x', label_en: 'x', unit_zh: '亿元', unit_en: '100 million yuan',
      values: { city: 100, '320214': 60, '320213': 30, wxjk: null, '320281': 10, '320282': 0, '320205': 1, '320206': 2, '320211': 3 },
      source: { document: 'wp2024', section: '附件1' }, notes: [],
    } satisfies TargetRow,
  ],
  industries: [
    { id: 'iot', name_zh: '物联网', name_en: 'IoT', group: 'landmark_cluster', aliases_zh: [], memberships: [{ list: 'annex1_2024', role: 'landmark', source: { document: 'wp2024', section: '附件1' } }] },
    { id: 'iov', name_zh: '车联网', name_en: 'IoV', group: 'sub_item', parent: 'iot', aliases_zh: [], memberships: [{ list: 'annex1_2024', role: 'extra_row', source: { document: 'wp2024', section: '附件1' } }] },
  ],
};
const model = buildMapModel(data);
// The real atlas is drawn on a canvas (src/map/symbols.ts, seen in the e2e screenshots); here only its mapping matters.
const symbols: SymbolAtlas = {
  image: { data: {} as ImageData, width: 2, height: 1 },
  mapping: Object.fromEntries(
    ['future_park-hollow', 'characteristic_park-filled'].map((id, i) => [id, { x: i, y: 0, width: 1, height: 1, mask: false }]),
  ),
};

function stateWith(patch: Partial<MapLayerState> = {}): MapLayerState {
  const s = createAppStore().getState();
  return { layers: s.layers, heat: s.heat, choropleth: s.choropleth, filters: s.filters, selection: s.selection, language: s.language, ...patch };
}
const deck = (state: MapLayerState, fontsReady = true) => {
  const choropleth = buildChoropleth(data.rows, state.choropleth);
  const heat = buildHeatSurface(state.heat, { rows: data.rows, allocation: model.allocation });
  return buildDeckLayers({ state, model, choropleth, heat, symbols, fontsReady });
};
const byId = (layers: ReturnType<typeof deck>, id: string) => layers.find((l) => l.id === id);
const dataOf = (layers: ReturnType<typeof deck>, id: string) => (byId(layers, id)?.props.data ?? []) as unknown[];

describe('style layers', () => {
  it('keeps the same ids in the same order whatever the state', () => {
    const a = buildStyleLayers(stateWith(), null).map((l) => l.id);
    const choropleth = buildChoropleth(data.rows, { metric: 'revenue_target', industry: 'iot' });
    const b = buildStyleLayers(stateWith({ layers: { districts: false, water: false, parks: false, labels: false }, selection: { kind: 'board', id: '320214' } }), choropleth).map((l) => l.id);
    expect(a).toEqual(b);
    expect(a.indexOf(STYLE_LAYER_IDS.water)).toBeGreaterThan(a.indexOf(STYLE_LAYER_IDS.districtFill));
  });

  it('switches layers with visibility, not by removing them', () => {
    const layers = buildStyleLayers(stateWith({ layers: { districts: false, water: true, parks: true, labels: true } }), null);
    const fill = layers.find((l) => l.id === STYLE_LAYER_IDS.districtFill)!;
    expect((fill.layout as { visibility: string }).visibility).toBe('none');
  });

  it('colours boards by class and hatches the "-" boards', () => {
    const choropleth = buildChoropleth(data.rows, { metric: 'revenue_target', industry: 'iot' })!;
    expect(choropleth.noTarget).toEqual(['wxjk']);
    const layers = buildStyleLayers(stateWith({ choropleth: { metric: 'revenue_target', industry: 'iot', classification: 'jenks' } }), choropleth);
    const fill = layers.find((l) => l.id === STYLE_LAYER_IDS.districtFill)!;
    const colour = (fill.paint as Record<string, unknown>)['fill-color'] as unknown[];
    expect(colour[0]).toBe('match');
    expect(colour).toContain('320214');
    const hatch = layers.find((l) => l.id === STYLE_LAYER_IDS.districtNoData)!;
    expect(JSON.stringify((hatch as { filter?: unknown }).filter)).toContain('wxjk');
  });

  it('outlines the selected board only', () => {
    const layers = buildStyleLayers(stateWith({ selection: { kind: 'board', id: '320213' } }), null);
    expect(JSON.stringify((layers.find((l) => l.id === STYLE_LAYER_IDS.districtSelected) as { filter?: unknown }).filter)).toContain('320213');
  });
});

describe('choropleth classes', () => {
  it('puts every board in one class, keeps ties together and orders colours low → high', () => {
    const { classes, classOf } = classify([['320214', 5], ['320213', 5], ['320205', 1], ['320206', 9], ['320211', 20]]);
    expect(classes.length).toBeLessThanOrEqual(4);
    expect(classOf['320214']).toBe(classOf['320213']);
    expect(Object.keys(classOf).sort()).toEqual(['320205', '320206', '320211', '320213', '320214']);
    for (let i = 1; i < classes.length; i++) expect(classes[i]!.min).toBeGreaterThan(classes[i - 1]!.max);
  });
  it('has no classes when no board has a target', () => {
    expect(classify([]).classes).toEqual([]);
  });
});

describe('deck layers', () => {
  it('has stable ids in drawing order; no heat for per-board targets; labels wait for fonts', () => {
    expect(deck(stateWith()).map((l) => l.id)).toEqual([
      DECK_LAYER_IDS.precisionRings, DECK_LAYER_IDS.approximateBoards, DECK_LAYER_IDS.parkSymbols, DECK_LAYER_IDS.districtLabels, DECK_LAYER_IDS.parkLabels,
      DECK_LAYER_IDS.parkLabelsSpread,
    ]);
    expect(deck(stateWith(), false).map((l) => l.id)).not.toContain(DECK_LAYER_IDS.districtLabels);
    // Target intensity is one value per board: never a heat blob (its circles come from the thematic inputs).
    const targets = deck(stateWith({ heat: { ...stateWith().heat, kind: 'targets', industry: null, metric: 'revenue_target' } }));
    expect(targets.map((l) => l.id)).not.toContain(DECK_LAYER_IDS.heat);
  });

  it('applies the filters to parks (industry filter keeps sub-item parks) and keeps the selected park', () => {
    const filters = { categories: [], industries: ['iot'], boards: [], statuses: [] };
    expect(visibleParks(stateWith({ filters }), model).map((p) => p.properties.id)).toEqual(['site_park', 'town_park']);
    const statuses = { ...filters, industries: [], statuses: ['existing' as const] };
    expect(dataOf(deck(stateWith({ filters: statuses })), DECK_LAYER_IDS.parkSymbols)).toHaveLength(1);
    const selected = deck(stateWith({ filters: statuses, selection: { kind: 'park', id: 'district_park' } }));
    expect(dataOf(selected, DECK_LAYER_IDS.parkSymbols)).toHaveLength(2);
    expect(dataOf(selected, DECK_LAYER_IDS.parkSelected)).toHaveLength(1);
  });

  it('draws approximate parks hollow with a ring; site parks filled without one', () => {
    const town = model.parks.find((p) => p.properties.id === 'town_park')!;
    const site = model.parks.find((p) => p.properties.id === 'site_park')!;
    const district = model.parks.find((p) => p.properties.id === 'district_park')!;
    expect(town.ringMetres).toBe(TOWN_RING_RADIUS_M);
    expect(site.ringMetres).toBe(0);
    expect(district.ringMetres).toBeGreaterThan(TOWN_RING_RADIUS_M);
    expect(ringsToDraw(model.parks, null).map((p) => p.properties.id)).toEqual(['town_park']);
    expect(ringsToDraw(model.parks, 'district_park').map((p) => p.properties.id)).toEqual(['town_park', 'district_park']);
    const icons = byId(deck(stateWith()), DECK_LAYER_IDS.parkSymbols)!.props as unknown as {
      getIcon: (d: unknown) => string;
      iconMapping: SymbolAtlas['mapping'];
    };
    expect(icons.iconMapping).toBe(symbols.mapping);
    expect(icons.getIcon(town)).toBe('future_park-hollow');
    expect(icons.getIcon(site)).toBe('characteristic_park-filled');
  });

  it('draws the approximate board as a point with a ring, never as an area', () => {
    expect(model.approximateBoards.map((b) => [b.properties.id, b.ringMetres])).toEqual([['wxjk', APPROXIMATE_BOARD_RADIUS_M]]);
    expect(approximateRadiusMetres('district', wxjk)).toBe(APPROXIMATE_BOARD_RADIUS_M);
  });

  it('labels follow the language', () => {
    const text = (language: 'zh' | 'en') => {
      const layer = byId(deck(stateWith({ language })), DECK_LAYER_IDS.districtLabels)!;
      return (layer.props.data as Array<{ text: string }>).map((d) => d.text);
    };
    expect(text('zh')).toContain('区320214');
    expect(text('en')).toContain('Board 320214');
    expect(text('en')).toContain('≈ EDZ');
  });
});

describe('park names and badges', () => {
  // Two more parks on the 320213 board's label point make a group of three there.
  const grouped: MapData = {
    ...data,
    parks: {
      ...data.parks,
      features: [
        ...data.parks.features,
        ...['g1', 'g2'].map((id) => parkFeature(id, { precision: 'district', board: '320213' }, [120.15, 31.55])),
      ],
    },
  };
  const groupedModel = buildMapModel(grouped);
  const build = (state: MapLayerState, zoom?: number) =>
    buildDeckLayers({
      state, model: groupedModel, choropleth: null, heat: null, symbols, fontsReady: true, zoom,
      groupText: (g) => `${g.board} · ${g.parkIds.length}`,
    });
  const texts = (layers: ReturnType<typeof build>, id: string) => (dataOf(layers, id) as Array<{ text: string }>).map((d) => d.text);

  it('at city view draws one badge for the shared point, no symbols for its parks, and no park names', () => {
    const layers = build(stateWith());
    expect(texts(layers, DECK_LAYER_IDS.parkGroups)).toEqual(['320213 · 3']);
    expect((dataOf(layers, DECK_LAYER_IDS.parkSymbols) as Array<{ properties: { id: string } }>).map((p) => p.properties.id)).toEqual([
      'site_park', 'town_park',
    ]);
    expect(texts(layers, DECK_LAYER_IDS.parkLabels)).toEqual([]);
  });

  it('names the selected park even at city view, drawn apart from the collision', () => {
    const layers = build(stateWith({ selection: { kind: 'park', id: 'g1' } }));
    expect(texts(layers, DECK_LAYER_IDS.parkLabelsSpread)).toEqual(['园g1']);
    expect(texts(layers, DECK_LAYER_IDS.parkGroups)).toHaveLength(1);
  });

  it('zoomed in: no badge, every park named, lone parks through the collision, spread ones around their point', () => {
    const layers = build(stateWith({ language: 'en' }), 12);
    expect(byId(layers, DECK_LAYER_IDS.parkGroups)).toBeUndefined();
    expect(texts(layers, DECK_LAYER_IDS.parkLabels).sort()).toEqual(['Park site_park', 'Park town_park']);
    expect(texts(layers, DECK_LAYER_IDS.parkLabelsSpread).sort()).toEqual(['Park district_park', 'Park g1', 'Park g2']);
    expect(byId(layers, DECK_LAYER_IDS.parkLabels)!.props.extensions).toHaveLength(1);
  });

  it('gives the approximate board its own name, marked ≈', () => {
    expect(texts(build(stateWith()), DECK_LAYER_IDS.districtLabels)).toContain('≈ 经开');
  });
});
