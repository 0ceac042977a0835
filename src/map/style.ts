/**
 * The offline base style. Everything the map draws comes from this app's origin:
 * - no `glyphs` and no `sprite`: park and district labels and park symbols are deck.gl layers drawn above the heat
 *   surface (src/layers/build-deck-layers.ts) with a font served by the app (src/layers/fonts.ts); the context names
 *   (src/layers/context-layers.ts, added after the first draw) are MapLibre symbols rasterised locally in that font;
 *   park shapes and the hatch pattern are drawn on a canvas at runtime (symbols.ts).
 * - no basemap tiles by default: districts, water and parks are the map. A raster basemap can be switched on at
 *   build time with VITE_BASEMAP_TILES (an XYZ URL template) and VITE_BASEMAP_ATTRIBUTION; it is off by default
 *   because it breaks the "no request leaves the origin" promise and needs its own licence.
 * The style's data layers come from buildStyleLayers() (layers as data): in the style the map starts with, then
 * reconciled by the bridge (apply-style-layers.ts).
 */
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { SOURCE_IDS, STYLE_LAYER_IDS } from '../layers/ids';
import { BASE_COLOURS } from '../layers/palette';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

export const BASEMAP_LAYER_ID = 'basemap';

export interface BasemapConfig {
  tiles: string;
  attribution: string;
}

export function basemapFromEnv(): BasemapConfig | null {
  const tiles = import.meta.env.VITE_BASEMAP_TILES as string | undefined;
  if (!tiles) return null;
  return { tiles, attribution: (import.meta.env.VITE_BASEMAP_ATTRIBUTION as string | undefined) ?? '' };
}

/**
 * What the map starts with. The map is created once the geometry is there, with its data and data layers in the
 * style: the worker tiles the data from the start, instead of loading empty sources, then re-tiling on setData
 * and again for each added layer (on software WebGL every extra round costs visible start-up time).
 */
export interface InitialContent {
  districts: FeatureCollection;
  water: FeatureCollection;
  /** buildStyleLayers() for the store's state at creation; later changes go through applyStyleLayers. */
  dataLayers: readonly LayerSpecification[];
}

export function baseStyle(basemap: BasemapConfig | null, content?: InitialContent): StyleSpecification {
  const isBackground = (l: LayerSpecification) => l.id === STYLE_LAYER_IDS.background;
  const background: LayerSpecification = content?.dataLayers.find(isBackground) ?? {
    id: STYLE_LAYER_IDS.background,
    type: 'background',
    paint: { 'background-color': BASE_COLOURS.background },
  };
  return {
    version: 8,
    name: 'wuxi-offline',
    sources: {
      [SOURCE_IDS.districts]: { type: 'geojson', data: content?.districts ?? EMPTY },
      [SOURCE_IDS.water]: { type: 'geojson', data: content?.water ?? EMPTY },
      [SOURCE_IDS.importedZones]: { type: 'geojson', data: EMPTY },
      ...(basemap ? { [BASEMAP_LAYER_ID]: { type: 'raster' as const, tiles: [basemap.tiles], tileSize: 256 } } : {}),
    },
    // The basemap lies between the background and the data layers.
    layers: [
      background,
      ...(basemap
        ? [{ id: BASEMAP_LAYER_ID, type: 'raster' as const, source: BASEMAP_LAYER_ID, paint: { 'raster-opacity': 0.6 } }]
        : []),
      ...(content?.dataLayers.filter((l) => !isBackground(l)) ?? []),
    ],
  };
}
