/**
 * MapLibre style layers as a pure function of (store state, data). The bridge (src/map/MapView.tsx) reconciles
 * them by id, so every layer is always present and switches with `visibility` and filters: ids never change.
 *
 * MapLibre draws the areas only — background, districts (plain or choropleth), "no target" hatching, water
 * above the district fills, outlines and the selected board. Points and labels are deck.gl layers drawn above
 * the heat surface (see build-deck-layers.ts for why).
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { Choropleth } from './choropleth';
import { BASE_COLOURS, CATEGORY_STYLE, IMPORTED_EXTRA_PARK_STYLE } from './palette';
import { IMAGE_IDS, SOURCE_IDS, STYLE_LAYER_IDS } from './ids';
import type { MapLayerState } from './map-model';

const POLYGONS: FilterSpecification = ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]];
const NOTHING: FilterSpecification = ['==', ['get', 'id'], '__none__'];

function visibility(on: boolean): 'visible' | 'none' {
  return on ? 'visible' : 'none';
}

/** fill-color: the class colour per board id, the neutral fill otherwise. */
function choroplethColour(choropleth: Choropleth | null): string | ExpressionSpecification {
  if (!choropleth) return BASE_COLOURS.districtFill;
  const pairs: string[] = [];
  for (const [board, cls] of Object.entries(choropleth.classOf)) pairs.push(board, choropleth.classes[cls]!.colour);
  if (pairs.length === 0) return BASE_COLOURS.districtFill;
  return ['match', ['get', 'id'], ...pairs, BASE_COLOURS.noDataFill] as unknown as ExpressionSpecification;
}

/** Imported zone colour by kind: the category colour for connected/upgrade zones, neutral for extra parks. */
const ZONE_COLOUR = [
  'match',
  ['get', 'zone_kind'],
  'connected_zone',
  CATEGORY_STYLE.connected_zone.colour,
  'upgrade_zone',
  CATEGORY_STYLE.upgrade_zone.colour,
  IMPORTED_EXTRA_PARK_STYLE.colour,
] as unknown as ExpressionSpecification;

export function buildStyleLayers(state: MapLayerState, choropleth: Choropleth | null): LayerSpecification[] {
  const showDistricts = state.layers.districts;
  const selectedBoard = state.selection?.kind === 'board' ? state.selection.id : null;
  const noTarget = choropleth?.noTarget ?? [];
  const selectedZone = state.selection?.kind === 'zone' ? state.selection.id : null;
  return [
    { id: STYLE_LAYER_IDS.background, type: 'background', paint: { 'background-color': BASE_COLOURS.background } },
    {
      id: STYLE_LAYER_IDS.districtFill,
      type: 'fill',
      source: SOURCE_IDS.districts,
      filter: POLYGONS,
      layout: { visibility: visibility(showDistricts) },
      paint: { 'fill-color': choroplethColour(choropleth), 'fill-opacity': choropleth ? 0.85 : 1 },
    },
    {
      id: STYLE_LAYER_IDS.districtNoData,
      type: 'fill',
      source: SOURCE_IDS.districts,
      filter: noTarget.length > 0 ? (['all', POLYGONS, ['in', ['get', 'id'], ['literal', noTarget]]] as FilterSpecification) : NOTHING,
      layout: { visibility: visibility(showDistricts && choropleth !== null) },
      paint: { 'fill-pattern': IMAGE_IDS.noDataHatch },
    },
    {
      id: STYLE_LAYER_IDS.water,
      type: 'fill',
      source: SOURCE_IDS.water,
      filter: ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]],
      layout: { visibility: visibility(state.layers.water) },
      paint: { 'fill-color': BASE_COLOURS.water },
    },
    {
      id: STYLE_LAYER_IDS.waterLine,
      type: 'line',
      source: SOURCE_IDS.water,
      filter: ['in', ['geometry-type'], ['literal', ['LineString', 'MultiLineString']]],
      layout: { visibility: visibility(state.layers.water), 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': BASE_COLOURS.waterLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 7, 2, 11, 6] },
    },
    {
      id: STYLE_LAYER_IDS.districtOutline,
      type: 'line',
      source: SOURCE_IDS.districts,
      filter: POLYGONS,
      layout: { visibility: visibility(showDistricts), 'line-join': 'round' },
      paint: { 'line-color': BASE_COLOURS.districtOutline, 'line-width': ['interpolate', ['linear'], ['zoom'], 7, 0.8, 12, 2] },
    },
    {
      id: STYLE_LAYER_IDS.districtSelected,
      type: 'line',
      source: SOURCE_IDS.districts,
      filter: selectedBoard ? (['all', POLYGONS, ['==', ['get', 'id'], selectedBoard]] as FilterSpecification) : NOTHING,
      layout: { visibility: visibility(showDistricts), 'line-join': 'round' },
      paint: { 'line-color': BASE_COLOURS.districtSelected, 'line-width': 3 },
    },
    // Imported zones: the source holds only the polygons the filters keep (set by the bridge).
    // A dashed outline marks them as imported, apart from the official boundaries' solid lines.
    {
      id: STYLE_LAYER_IDS.importedZoneFill,
      type: 'fill',
      source: SOURCE_IDS.importedZones,
      layout: { visibility: visibility(state.layers.parks) },
      paint: { 'fill-color': ZONE_COLOUR, 'fill-opacity': 0.22 },
    },
    {
      id: STYLE_LAYER_IDS.importedZoneOutline,
      type: 'line',
      source: SOURCE_IDS.importedZones,
      layout: { visibility: visibility(state.layers.parks), 'line-join': 'round' },
      paint: { 'line-color': ZONE_COLOUR, 'line-width': 2, 'line-dasharray': [2, 1.5] },
    },
    {
      id: STYLE_LAYER_IDS.importedZoneSelected,
      type: 'line',
      source: SOURCE_IDS.importedZones,
      filter: selectedZone ? (['==', ['get', 'id'], selectedZone] as FilterSpecification) : NOTHING,
      layout: { visibility: visibility(state.layers.parks), 'line-join': 'round' },
      paint: { 'line-color': BASE_COLOURS.districtSelected, 'line-width': 3.5 },
    },
  ];
}
