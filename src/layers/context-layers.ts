/**
 * Context on the map: the names a viewer orients by, drawn by MapLibre below the deck.gl overlay. Each layer
 * shows only at the zooms its source supports (CONTEXT_LAYERS, one table; sources and accuracy in geo/SOURCES.md):
 * - town/street seats from zoom 10: a dot on the seat point and its name (a seat, not an area);
 * - community/village names from zoom 12, smaller and lighter — several hundred points would only collide below;
 * - airports from zoom 8: a plane marker on the airport's reference point and its name (an airport is kilometres
 *   long; its point is right to well under a kilometre, so it is honest at every zoom the app offers).
 * Labels are drawn with the app's own font and no glyphs URL: MapLibre rasterises each glyph locally with the
 * `text-font` name as the CSS family (served by the app, see fonts.ts), so Chinese needs no glyph files.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Language } from '../store';
import { BASE_COLOURS } from './palette';
import { IMAGE_IDS, SOURCE_IDS, STYLE_LAYER_IDS } from './ids';

export interface ContextLayerDescriptor {
  id: string;
  source: string;
  /** The zoom range the source's accuracy and density support (MapLibre: minzoom inclusive, maxzoom exclusive). */
  minzoom: number;
  maxzoom: number;
}

export const CONTEXT_LAYERS = {
  communityLabels: { id: STYLE_LAYER_IDS.communityLabels, source: SOURCE_IDS.communities, minzoom: 12, maxzoom: 24 },
  townSeats: { id: STYLE_LAYER_IDS.townSeats, source: SOURCE_IDS.towns, minzoom: 10, maxzoom: 24 },
  townLabels: { id: STYLE_LAYER_IDS.townLabels, source: SOURCE_IDS.towns, minzoom: 10, maxzoom: 24 },
  airports: { id: STYLE_LAYER_IDS.airports, source: SOURCE_IDS.airports, minzoom: 8, maxzoom: 24 },
} as const satisfies Record<string, ContextLayerDescriptor>;

/** The app's label font first (fonts.ts), then the system CJK font. */
export const CONTEXT_TEXT_FONT = ['Noto Sans SC', 'Noto Sans CJK SC'];

const CONTEXT_COLOURS = { town: '#3f4651', seat: '#5b6472', community: '#6b7280', airport: '#2f4a6d' } as const;

function zoomRange(d: ContextLayerDescriptor): Pick<ContextLayerDescriptor, 'id' | 'source' | 'minzoom' | 'maxzoom'> {
  return { id: d.id, source: d.source, minzoom: d.minzoom, maxzoom: d.maxzoom };
}

/** Towns have name_zh/name_en; communities label_zh/label_en (pinyin transliterations, see geo/SOURCES.md). */
function nameIn(language: Language, zh: string, en: string): ExpressionSpecification {
  return language === 'en' ? ['coalesce', ['get', en], ['get', zh]] : ['get', zh];
}

/**
 * Airports have an English name from the source and no Chinese one (geo/SOURCES.md): the Chinese map shows the
 * IATA code (short, language-neutral, from the same source) rather than a long English name or a guessed one.
 */
function airportName(language: Language): ExpressionSpecification {
  return language === 'en' ? ['get', 'name_en'] : ['coalesce', ['get', 'name_zh'], ['get', 'iata'], ['get', 'name_en']];
}

/** Bottom to top: community names under the town seats, so a town wins a collision; airports on top. */
export function buildContextLayers(language: Language): LayerSpecification[] {
  return [
    {
      ...zoomRange(CONTEXT_LAYERS.communityLabels),
      type: 'symbol',
      layout: {
        'text-field': nameIn(language, 'label_zh', 'label_en'),
        'text-font': CONTEXT_TEXT_FONT,
        'text-size': ['interpolate', ['linear'], ['zoom'], 12, 10.5, 15, 12.5],
        'text-max-width': 7,
        'text-padding': 3,
      },
      paint: { 'text-color': CONTEXT_COLOURS.community, 'text-halo-color': BASE_COLOURS.labelHalo, 'text-halo-width': 1.2 },
    },
    {
      ...zoomRange(CONTEXT_LAYERS.townSeats),
      type: 'circle',
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 2.5, 14, 4],
        'circle-color': CONTEXT_COLOURS.seat,
        'circle-stroke-color': BASE_COLOURS.labelHalo,
        'circle-stroke-width': 1.2,
      },
    },
    {
      ...zoomRange(CONTEXT_LAYERS.townLabels),
      type: 'symbol',
      layout: {
        'text-field': nameIn(language, 'name_zh', 'name_en'),
        'text-font': CONTEXT_TEXT_FONT,
        'text-size': ['interpolate', ['linear'], ['zoom'], 10, 12, 14, 14],
        // Beside the seat dot, on whichever side is free.
        'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
        'text-radial-offset': 0.55,
        'text-max-width': 8,
      },
      paint: { 'text-color': CONTEXT_COLOURS.town, 'text-halo-color': BASE_COLOURS.labelHalo, 'text-halo-width': 1.5 },
    },
    {
      ...zoomRange(CONTEXT_LAYERS.airports),
      type: 'symbol',
      layout: {
        // The plane is drawn on a canvas at runtime (src/map/airport-icon.ts): nothing is fetched.
        'icon-image': IMAGE_IDS.airport,
        'icon-size': ['interpolate', ['linear'], ['zoom'], 8, 0.75, 14, 1],
        'icon-allow-overlap': true,
        'text-field': airportName(language),
        'text-font': CONTEXT_TEXT_FONT,
        'text-size': ['interpolate', ['linear'], ['zoom'], 8, 11, 14, 13],
        'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
        'text-radial-offset': 1.1,
        'text-max-width': 9,
        'text-optional': true,
      },
      paint: { 'text-color': CONTEXT_COLOURS.airport, 'text-halo-color': BASE_COLOURS.labelHalo, 'text-halo-width': 1.5 },
    },
  ];
}
