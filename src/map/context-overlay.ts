/**
 * The context names on the live map: their sources and layers (src/layers/context-layers.ts) are added after the
 * first draw, on top of the style's data layers (deck.gl still draws above them). Loaded by a dynamic import from
 * use-context-data.ts, so none of it is on the initial path.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import { loadContextGeo } from '../data/context-geo';
import { buildContextLayers } from '../layers/context-layers';
import { IMAGE_IDS, SOURCE_IDS } from '../layers/ids';
import { drawAirportIcon } from './airport-icon';
import type { Language } from '../store';

export async function addContextOverlay(map: MaplibreMap, language: () => Language): Promise<void> {
  const { towns, communities, airports } = await loadContextGeo();
  if (!map.getSource(SOURCE_IDS.towns)) map.addSource(SOURCE_IDS.towns, { type: 'geojson', data: towns });
  if (!map.getSource(SOURCE_IDS.communities)) map.addSource(SOURCE_IDS.communities, { type: 'geojson', data: communities });
  if (!map.getSource(SOURCE_IDS.airports)) map.addSource(SOURCE_IDS.airports, { type: 'geojson', data: airports });
  if (!map.hasImage(IMAGE_IDS.airport)) {
    const icon = drawAirportIcon();
    map.addImage(IMAGE_IDS.airport, icon.image, { pixelRatio: icon.pixelRatio });
  }
  // The language is read after the fetch: a switch while the files were loading is not lost.
  for (const layer of buildContextLayers(language())) if (!map.getLayer(layer.id)) map.addLayer(layer);
}

/** Labels follow the app's language. */
export function setContextLanguage(map: MaplibreMap, language: Language): void {
  for (const layer of buildContextLayers(language)) {
    if (layer.type === 'symbol' && map.getLayer(layer.id)) map.setLayoutProperty(layer.id, 'text-field', layer.layout?.['text-field']);
  }
}
