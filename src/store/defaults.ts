import type { ChoroplethSettings, Filters, HeatSettings, LayerVisibility, MapView } from './types';

/** Whole municipality in view on a 1440×900 screen. */
export const INITIAL_VIEW: Readonly<MapView> = { longitude: 120.05, latitude: 31.56, zoom: 8.6, bearing: 0, pitch: 0 };

/**
 * Lon/lat box the camera may not leave (Wuxi plus margin). MapLibre also will not zoom out past the point where
 * the viewport fills this box, so its height must leave room for a tall phone screen (390 × 740 px of map) to
 * show all of Wuxi at once: 2.7° of latitude does; 1.7° did not (Yixing was cut off).
 */
export const MAX_BOUNDS: readonly [[number, number], [number, number]] = [
  [118.6, 30.2],
  [121.6, 32.9],
];

export const DEFAULT_LAYERS: Readonly<LayerVisibility> = { districts: true, water: true, parks: true, labels: true };

export const DEFAULT_FILTERS: Readonly<Filters> = { categories: [], industries: [], boards: [], statuses: [] };

export const DEFAULT_HEAT: Readonly<HeatSettings> = {
  kind: null,
  industry: null,
  metric: 'revenue_target',
  opacity: 0.75,
  radiusPixels: 70,
};

export const DEFAULT_CHOROPLETH: Readonly<ChoroplethSettings> = { metric: null, industry: null, classification: 'jenks' };

export const HEAT_OPACITY_RANGE = { min: 0.1, max: 1, step: 0.05 } as const;
export const HEAT_RADIUS_RANGE = { min: 10, max: 120, step: 5 } as const;
