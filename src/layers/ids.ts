/**
 * Stable ids of every source, style layer, deck layer and runtime image the map uses. Builders, the bridge,
 * the e2e tests and the test hooks all refer to these names, so they live in one place.
 */
export const SOURCE_IDS = {
  districts: 'districts',
  water: 'water',
  importedZones: 'imported-zones',
  /** Context points, added after the first draw (src/map/context-overlay.ts). */
  towns: 'towns',
  communities: 'communities',
  airports: 'airports',
} as const;

export const STYLE_LAYER_IDS = {
  background: 'background',
  districtFill: 'district-fill',
  districtNoData: 'district-nodata',
  water: 'water-fill',
  waterLine: 'water-line',
  districtOutline: 'district-outline',
  districtSelected: 'district-selected',
  /** Imported zone polygons: a light fill and a dashed outline in the category colour. */
  importedZoneFill: 'imported-zone-fill',
  importedZoneOutline: 'imported-zone-outline',
  importedZoneSelected: 'imported-zone-selected',
  /** Context (src/layers/context-layers.ts): town/street seats and community/village names. */
  communityLabels: 'community-labels',
  townSeats: 'town-seats',
  townLabels: 'town-labels',
  /** Airports: a plane marker and the airport's name (context-layers.ts). */
  airports: 'airport-symbols',
} as const;

/** deck.gl layers, bottom to top. Everything drawn above the heat surface is a deck layer (see build-deck-layers.ts). */
export const DECK_LAYER_IDS = {
  heat: 'heat',
  /** Target intensity: one proportional circle per board (area ∝ value), and its value labels. */
  targetSymbols: 'target-symbols',
  /** Imported projects counted per board, drawn at city zoom (points take over when zoomed in). */
  projectCounts: 'project-counts',
  /** Imported zones given as points, with their category symbol. */
  importedZonePoints: 'imported-zone-points',
  /** Imported projects, drawn at high zoom only. */
  projectPoints: 'project-points',
  projectSelected: 'project-selected',
  precisionRings: 'park-precision-rings',
  approximateBoards: 'board-approximate',
  parkSymbols: 'park-symbols',
  /** One badge per group of parks sharing an approximate point (park-groups.ts). */
  parkGroups: 'park-groups',
  parkSelected: 'park-selected',
  districtLabels: 'district-labels',
  parkLabels: 'park-labels',
  /** Names that skip the label collision: the selected park's, and those spread around a group's point. */
  parkLabelsSpread: 'park-labels-spread',
  targetValueLabels: 'target-value-labels',
  choroplethValueLabels: 'choropleth-value-labels',
  projectCountLabels: 'project-count-labels',
} as const;

export const IMAGE_IDS = { noDataHatch: 'hatch-no-data', airport: 'airport-plane' } as const;
