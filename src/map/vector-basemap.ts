/**
 * The opt-in local vector basemap: a PMTiles file served by the app itself (VITE_BASEMAP_PMTILES), drawn with
 * the Protomaps basemap style. Loaded lazily (use-vector-basemap.ts) and only when configured, so the default
 * build carries none of it. Every byte comes from the app's origin: the tiles by HTTP Range requests on the one
 * file, the labels rasterised locally in the app's own font (no glyphs URL, no sprite).
 */
import { addProtocol, type LayerSpecification, type Map as MaplibreMap } from 'maplibre-gl';
import { PMTiles, Protocol } from 'pmtiles';
import { layers as protomapsLayers, namedFlavor } from '@protomaps/basemaps';
import { CONTEXT_TEXT_FONT } from '../layers/context-layers';
import { STYLE_LAYER_IDS } from '../layers/ids';
import type { Language } from '../store';

export const VECTOR_BASEMAP_SOURCE = 'vector-basemap';
/** Ids of the basemap's layers are prefixed so they never collide with the app's own. */
const PREFIX = 'basemap-';
/** Drawn under the district fills: land outside Wuxi's seven units. Everything else goes above the fills. */
const GROUND = new Set(['earth']);

let protocol: Protocol | null = null;

function registerProtocol(): Protocol {
  if (!protocol) {
    protocol = new Protocol({ metadata: true });
    addProtocol('pmtiles', protocol.tile);
  }
  return protocol;
}

/** The Protomaps fonts ("Noto Sans Regular" …) are glyph-server names: draw every label in the app's font instead. */
function withAppFont(layer: LayerSpecification): LayerSpecification {
  const json = JSON.stringify(layer).replace(/"Noto Sans (?:Regular|Medium|Italic|Bold)"/g, JSON.stringify(CONTEXT_TEXT_FONT[0]));
  const out = JSON.parse(json) as LayerSpecification;
  if (out.type === 'symbol' && out.layout?.['text-field']) out.layout['text-font'] = CONTEXT_TEXT_FONT;
  return out;
}

/** No sprite: icons are dropped (a label keeps its text; an icon-only layer such as one-way arrows goes). */
function withoutIcons(layer: LayerSpecification): LayerSpecification | null {
  if (layer.type !== 'symbol' || !layer.layout?.['icon-image']) return layer;
  const { 'icon-image': _icon, ...layout } = layer.layout;
  return layout['text-field'] ? { ...layer, layout } : null;
}

/**
 * The Protomaps layers for the file: its background left out (the app has one), only layers whose source-layer
 * the file has (a missing one makes MapLibre report an error per tile), ids prefixed, the app's font, no icons.
 */
export function basemapLayers(language: Language, sourceLayers: ReadonlySet<string>): LayerSpecification[] {
  const out: LayerSpecification[] = [];
  for (const layer of protomapsLayers(VECTOR_BASEMAP_SOURCE, namedFlavor('light'), { lang: language })) {
    if (layer.type === 'background') continue;
    if (!('source-layer' in layer) || !layer['source-layer'] || !sourceLayers.has(layer['source-layer'])) continue;
    const drawn = withoutIcons(withAppFont(layer));
    if (drawn) out.push({ ...drawn, id: PREFIX + drawn.id } as LayerSpecification);
  }
  return out;
}

function isGround(layer: LayerSpecification): boolean {
  return GROUND.has(layer.id.slice(PREFIX.length));
}

/** Adds the source and its layers: ground under the district fills, the rest between the fills and the water. */
export async function addVectorBasemap(map: MaplibreMap, fileUrl: string, language: Language, attribution: string): Promise<void> {
  const url = new URL(fileUrl, document.baseURI).href;
  const archive = new PMTiles(url);
  registerProtocol().add(archive);
  const metadata = (await archive.getMetadata()) as { vector_layers?: Array<{ id: string }> } | undefined;
  const sourceLayers = new Set((metadata?.vector_layers ?? []).map((l) => l.id));
  if (!map.getSource(VECTOR_BASEMAP_SOURCE)) {
    map.addSource(VECTOR_BASEMAP_SOURCE, { type: 'vector', url: `pmtiles://${url}`, attribution });
  }
  for (const layer of basemapLayers(language, sourceLayers)) {
    if (map.getLayer(layer.id)) continue;
    const before = isGround(layer) ? STYLE_LAYER_IDS.districtFill : STYLE_LAYER_IDS.water;
    map.addLayer(layer, map.getLayer(before) ? before : undefined);
  }
  basemapSourceLayers = sourceLayers;
}

let basemapSourceLayers: ReadonlySet<string> = new Set();

/** Labels follow the app's language (name:zh / name:en with the file's `name` as fallback, as Protomaps does). */
export function setVectorBasemapLanguage(map: MaplibreMap, language: Language): void {
  for (const layer of basemapLayers(language, basemapSourceLayers)) {
    if (layer.type !== 'symbol' || !map.getLayer(layer.id)) continue;
    map.setLayoutProperty(layer.id, 'text-field', layer.layout?.['text-field']);
  }
}
