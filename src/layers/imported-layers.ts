/**
 * deck.gl layers for imported data (issue 5), as pure functions: the investment heat from imported projects,
 * project points at high zoom, and imported zones given as points. Zone polygons are MapLibre layers
 * (build-style-layers.ts).
 *
 * Speed at 100 k projects (issue 6, filter → frame p95 ≤ 100 ms):
 * - the points layer's data is the project index's own stable object (binary positions), and filters reach it
 *   only as DataFilterExtension props (categories: stage, board, industry; range: date), so a filter change
 *   uploads a few uniforms and rebuilds no attribute;
 * - the heat gets the kept projects packed by keptHeatData() as binary attributes. deck.gl 9.4's HeatmapLayer
 *   does not apply DataFilterExtension to its weight map: it is a composite layer, so the extension's draw hook
 *   (which sets the filter uniforms) never runs for it, and a filter-only change never re-renders the weight
 *   texture (heatmap-layer.js `_updateHeatmapState`). Packing on the CPU is one pass over typed arrays (≈ 1 ms),
 *   and the GPU then splats only the kept points.
 */
import type { Layer } from '@deck.gl/core';
import { HeatmapLayer } from '@deck.gl/aggregation-layers';
import { IconLayer, ScatterplotLayer } from '@deck.gl/layers';
import { DataFilterExtension } from '@deck.gl/extensions';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { ImportedZone, ZoneKind } from '../schema';
import type { ProjectHeatData, ProjectIndex, GpuProjectFilter } from '../domain/project-index';
import { zoneCategory } from '../domain/imported';
import { DECK_LAYER_IDS } from './ids';
import { BASE_COLOURS, HEAT_RAMP, STAGE_RAMP, hexToRgba, type Rgba } from './palette';
import type { MapLayerState } from './map-model';
import type { IconFor } from './build-deck-layers';

/** Projects appear as points from this zoom on (district scale); below it the heat carries them. */
export const PROJECT_POINTS_MIN_ZOOM = 11;
const PROJECT_RADIUS_PX = 5;
const SELECTED_RADIUS_PX = 11;

/** One extension instance: deck compares extensions by identity/options, a new one would recompile shaders. */
const PROJECT_FILTER = new DataFilterExtension({ categorySize: 3, filterSize: 2 });
const STAGE_COLOURS: Rgba[] = STAGE_RAMP.map((hex) => hexToRgba(hex));
const WHITE: Rgba = [255, 255, 255, 255];
const EDGE: Rgba = hexToRgba(BASE_COLOURS.labelText, 220);

export function projectHeatLayer(data: ProjectHeatData, state: MapLayerState): Layer {
  return new HeatmapLayer({
    id: DECK_LAYER_IDS.heat,
    // Binary attributes: no per-project objects, no accessor calls.
    data: {
      length: data.length,
      attributes: { getPosition: { value: data.positions, size: 2 }, getWeight: { value: data.weights, size: 1 } },
    },
    aggregation: 'SUM',
    radiusPixels: state.heat.radiusPixels,
    opacity: state.heat.opacity,
    // Project amounts are skewed like the board totals (a few very large projects): same saturation as the
    // modelled surface, so the two read alike and the legend's "relative, low → high" holds for both.
    intensity: 3,
    threshold: 0.05,
    colorRange: HEAT_RAMP.map((hex) => hexToRgba(hex).slice(0, 3) as [number, number, number]),
    pickable: false,
  });
}

/** The stable data object of the points layer: binary positions, built once per index. */
const pointData = new WeakMap<ProjectIndex, object>();
function pointsDataOf(index: ProjectIndex): object {
  let data = pointData.get(index);
  if (!data) {
    data = { length: index.count, attributes: { getPosition: { value: index.positions, size: 2 } } };
    pointData.set(index, data);
  }
  return data;
}

type IndexAccessor<T> = (object: unknown, info: { index: number }) => T;

export function projectPointLayers(input: {
  index: ProjectIndex;
  filter: GpuProjectFilter;
  visible: boolean;
  selectedId: string | null;
}): Layer[] {
  const { index, filter, visible, selectedId } = input;
  const stageColour: IndexAccessor<Rgba> = (_, { index: i }) => STAGE_COLOURS[index.stage[i]!] ?? EDGE;
  const layers: Layer[] = [
    new ScatterplotLayer({
      id: DECK_LAYER_IDS.projectPoints,
      data: pointsDataOf(index),
      visible,
      radiusUnits: 'pixels',
      getRadius: PROJECT_RADIUS_PX,
      stroked: true,
      filled: true,
      lineWidthUnits: 'pixels',
      // Position taken from a park (approximate for the project): hollow, ringed in the stage colour.
      // The file's own coordinates: filled in the stage colour with a dark edge.
      getFillColor: ((o, info) => (index.fromPark[info.index] ? WHITE : stageColour(o, info))) as IndexAccessor<Rgba>,
      getLineColor: ((o, info) => (index.fromPark[info.index] ? stageColour(o, info) : EDGE)) as IndexAccessor<Rgba>,
      getLineWidth: ((_, { index: i }) => (index.fromPark[i] ? 2.5 : 1)) as IndexAccessor<number>,
      pickable: true,
      extensions: [PROJECT_FILTER],
      getFilterCategory: ((_, { index: i }) => [
        index.stage[i]!,
        index.board[i]!,
        filter.industryChannel === 'code' ? index.industry[i]! : filter.industryMatch[index.industry[i]!]!,
      ]) as IndexAccessor<number[]>,
      getFilterValue: ((_, { index: i }) => [index.dateEnd[i]!, index.dateStart[i]!]) as IndexAccessor<number[]>,
      filterCategories: filter.filterCategories,
      filterRange: filter.filterRange,
      updateTriggers: {
        // Only the rare many-industries fallback recomputes an attribute on an industry change.
        getFilterCategory: filter.industryChannel === 'code' ? 'code' : filter.industryMatch.join(''),
      },
    } as ConstructorParameters<typeof ScatterplotLayer>[0]),
  ];
  const selected = selectedId === null ? -1 : index.ids.indexOf(selectedId);
  if (visible && selected >= 0) {
    layers.push(
      new ScatterplotLayer<number>({
        id: DECK_LAYER_IDS.projectSelected,
        data: [selected],
        getPosition: (i) => [index.positions[i * 2]!, index.positions[i * 2 + 1]!],
        getRadius: SELECTED_RADIUS_PX,
        radiusUnits: 'pixels',
        stroked: true,
        filled: false,
        getLineColor: hexToRgba(BASE_COLOURS.selectionHalo),
        lineWidthUnits: 'pixels',
        getLineWidth: 3,
        pickable: false,
      }),
    );
  }
  return layers;
}

export interface ZonePoint {
  id: string;
  position: [number, number];
  kind: ZoneKind;
  /** Position taken from a park with less than site precision. */
  approximate: boolean;
}

/** Imported zones given as points (polygons are drawn by MapLibre). */
export function zonePoints(zones: readonly ImportedZone[]): ZonePoint[] {
  const out: ZonePoint[] = [];
  for (const z of zones) {
    if (z.geometry.type !== 'Point') continue;
    const [lon, lat] = z.geometry.coordinates;
    out.push({ id: z.id, position: [lon, lat], kind: z.zone_kind, approximate: z.location.method === 'park' && z.location.precision !== 'site' });
  }
  return out;
}

export function zonePolygons(zones: readonly ImportedZone[]): FeatureCollection<Polygon | MultiPolygon, { id: string; zone_kind: ZoneKind }> {
  const features = [];
  for (const z of zones) {
    if (z.geometry.type === 'Point') continue;
    features.push({ type: 'Feature' as const, id: z.id, geometry: z.geometry, properties: { id: z.id, zone_kind: z.zone_kind } });
  }
  return { type: 'FeatureCollection', features };
}

export function zonePointsLayer(points: readonly ZonePoint[], iconFor: IconFor, selectedId: string | null, visible: boolean): Layer {
  return new IconLayer<ZonePoint>({
    id: DECK_LAYER_IDS.importedZonePoints,
    data: points,
    visible,
    getPosition: (d) => d.position,
    getIcon: (d) => iconFor(zoneCategory(d.kind) ?? 'imported_park', d.approximate),
    getSize: (d) => (d.id === selectedId ? 26 : 18),
    sizeUnits: 'pixels',
    pickable: true,
    updateTriggers: { getSize: [selectedId] },
  });
}
