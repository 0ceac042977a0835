/**
 * Stable ids of every source, style layer, deck layer and runtime image the map uses. Builders, the bridge,
 * the e2e tests and the test hooks all refer to these names, so they live in one place.
 */
export const SOURCE_IDS = { districts: 'districts', water: 'water' } as const;

export const STYLE_LAYER_IDS = {
  background: 'background',
  districtFill: 'district-fill',
  districtNoData: 'district-nodata',
  water: 'water-fill',
  waterLine: 'water-line',
  districtOutline: 'district-outline',
  districtSelected: 'district-selected',
} as const;

/** deck.gl layers, bottom to top. Everything drawn above the heat surface is a deck layer (see build-deck-layers.ts). */
export const DECK_LAYER_IDS = {
  heat: 'heat',
  precisionRings: 'park-precision-rings',
  approximateBoards: 'board-approximate',
  parkSymbols: 'park-symbols',
  parkSelected: 'park-selected',
  districtLabels: 'district-labels',
  parkLabels: 'park-labels',
} as const;

export const IMAGE_IDS = { noDataHatch: 'hatch-no-data' } as const;
