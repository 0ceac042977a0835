/**
 * deck.gl layers for imported data, as pure functions: the investment heat from imported projects,
 * project points at high zoom, and imported zones given as points. Zone polygons are MapLibre layers
 * (build-style-layers.ts).
 *
 * Speed at 100 k projects (budget: filter → frame p95 ≤ 100 ms; no main-thread task > 100 ms on import):
 * - every attribute of the points layer is binary: positions from the project index, colours and line widths
 *   packed once per index (`pointStyleOf`, plain typed-array loops), and the filter as one 0/1 per project
 *   (`keptMask`) read by DataFilterExtension. No deck.gl accessor ever runs per project, and a filter change
 *   uploads only the new mask;
 * - the heat gets the kept projects packed by keptHeatData() as binary attributes. deck.gl 9.4's HeatmapLayer
 *   does not apply DataFilterExtension to its weight map: it is a composite layer, so the extension's draw hook
 *   (which sets the filter uniforms) never runs for it, and a filter-only change never re-renders the weight
 *   texture (heatmap-layer.js `_updateHeatmapState`). Packing on the CPU is one pass over typed arrays (≈ 1 ms),
 *   and the GPU then splats only the kept points;
 * - `warmProjectHeatLayer()` / `warmProjectPointsLayer()`: the same two layers, empty and hidden, declared while the user is about to import
 *   (the import dialog is open). Creating them links their shader programs then — on software WebGL a
 *   program link blocks the page for 100–200 ms — instead of in the frame that first draws the imported data.
 */
import type { BinaryAttribute, Layer } from '@deck.gl/core';
import { HeatmapLayer } from '@deck.gl/aggregation-layers';
import { IconLayer, ScatterplotLayer } from '@deck.gl/layers';
import { DataFilterExtension, type DataFilterExtensionProps } from '@deck.gl/extensions';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { ImportedZone, ZoneKind } from '../schema';
import { projectRow, type ProjectHeatData, type ProjectIndex } from '../domain/project-index';
import { zoneCategory } from '../domain/imported';
import { DECK_LAYER_IDS } from './ids';
import { BASE_COLOURS, STAGE_RAMP, hexToRgba, type Rgba } from './palette';
import type { MapLayerState } from './map-model';
import { iconAtlasProp, symbolId, type SymbolAtlas } from './symbol-atlas';
import { heatLook } from './heat-look';

/** Projects appear as points from this zoom on (district scale); below it the heat carries them. */
export const PROJECT_POINTS_MIN_ZOOM = 11;
const PROJECT_RADIUS_PX = 5;
const SELECTED_RADIUS_PX = 11;

/** One extension instance: deck compares extensions by identity/options, a new one would recompile shaders. */
const PROJECT_FILTER = new DataFilterExtension({ filterSize: 1 });
const STAGE_COLOURS: Rgba[] = STAGE_RAMP.map((hex) => hexToRgba(hex));
const WHITE: Rgba = [255, 255, 255, 255];
const EDGE: Rgba = hexToRgba(BASE_COLOURS.labelText, 220);

export function projectHeatLayer(data: ProjectHeatData, state: MapLayerState, visible = true): Layer {
  return new HeatmapLayer({
    id: DECK_LAYER_IDS.heat,
    visible,
    // Binary attributes: no per-project objects, no accessor calls.
    data: {
      length: data.length,
      attributes: { getPosition: { value: data.positions, size: 2 }, getWeight: { value: data.weights, size: 1 } },
    },
    ...heatLook(state),
  });
}

/** Colours and line widths of the points, per project: fixed for the life of an index. */
interface PointStyle {
  fill: Uint8Array;
  line: Uint8Array;
  width: Float32Array;
}

const pointStyles = new WeakMap<ProjectIndex, PointStyle>();

/**
 * Position taken from a park (approximate for the project): hollow, ringed in the stage colour, wider edge.
 * The file's own coordinates: filled in the stage colour with a dark edge.
 */
export function pointStyleOf(index: ProjectIndex): PointStyle {
  let style = pointStyles.get(index);
  if (style) return style;
  const n = index.count;
  style = { fill: new Uint8Array(n * 4), line: new Uint8Array(n * 4), width: new Float32Array(n) };
  for (let i = 0; i < n; i++) {
    const stage = STAGE_COLOURS[index.stage[i]!] ?? EDGE;
    const approximate = index.fromPark[i] === 1;
    style.fill.set(approximate ? WHITE : stage, i * 4);
    style.line.set(approximate ? stage : EDGE, i * 4);
    style.width[i] = approximate ? 2.5 : 1;
  }
  pointStyles.set(index, style);
  return style;
}

/** Projects that pass the filters have mask 1; the GPU drops the rest. */
const KEPT_RANGE: [number, number] = [0.5, 1];

/** The data object per attributes record: the same object while the attributes stay, so deck.gl sees no change. */
const dataOf = new WeakMap<Record<string, BinaryAttribute>, { length: number; attributes: Record<string, BinaryAttribute> }>();

function pointsLayer(id: string, count: number, attributes: Record<string, BinaryAttribute>, visible: boolean): Layer {
  let data = dataOf.get(attributes);
  if (!data) dataOf.set(attributes, (data = { length: count, attributes }));
  return new ScatterplotLayer({
    id,
    // Binary attributes: no per-project objects, no accessor calls (see the file header).
    data,
    visible,
    radiusUnits: 'pixels',
    getRadius: PROJECT_RADIUS_PX,
    stroked: true,
    filled: true,
    lineWidthUnits: 'pixels',
    pickable: true,
    extensions: [PROJECT_FILTER],
    filterRange: KEPT_RANGE,
  } as ConstructorParameters<typeof ScatterplotLayer>[0] & DataFilterExtensionProps);
}

/** The attributes last given to the points layer of an index (reused while the layer is hidden). */
const lastPointAttributes = new WeakMap<ProjectIndex, Record<string, BinaryAttribute>>();

export function projectPointLayers(input: { index: ProjectIndex; mask: Float32Array; visible: boolean; selectedId: string | null }): Layer[] {
  const { index, mask, visible, selectedId } = input;
  // Same mask, or hidden (city zoom): keep the attributes the layer already has, so deck.gl sees unchanged data
  // and a filter change uploads nothing for a hidden layer; the current mask goes in when the points show.
  const last = lastPointAttributes.get(index);
  let attributes = last && (!visible || last.getFilterValue?.value === mask) ? last : undefined;
  if (!attributes) {
    const style = pointStyleOf(index);
    attributes = {
      getPosition: { value: index.positions, size: 2 },
      getFillColor: { value: style.fill, size: 4, type: 'unorm8' },
      getLineColor: { value: style.line, size: 4, type: 'unorm8' },
      getLineWidth: { value: style.width, size: 1 },
      getFilterValue: { value: mask, size: 1 },
    };
    lastPointAttributes.set(index, attributes);
  }
  const layers: Layer[] = [pointsLayer(DECK_LAYER_IDS.projectPoints, index.count, attributes, visible)];
  const selected = selectedId === null ? -1 : projectRow(index, selectedId);
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

const NO_HEAT: ProjectHeatData = { length: 0, positions: new Float32Array(0), weights: new Float32Array(0), total: 0, skipped: 0 };

/*
 * The project heat and points layers with no data and hidden: declared before any project is loaded so their
 * shader programs are linked while the user picks a file (see the file header). Same ids and extensions as the
 * real layers, so deck.gl keeps the layer state (and programs) when the data arrives.
 */
export function warmProjectHeatLayer(state: MapLayerState): Layer {
  return projectHeatLayer(NO_HEAT, state, false);
}

export function warmProjectPointsLayer(): Layer {
  return pointsLayer(DECK_LAYER_IDS.projectPoints, 0, { getFilterValue: { value: new Float32Array(0), size: 1 } }, false);
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

export function zonePointsLayer(points: readonly ZonePoint[], symbols: SymbolAtlas, selectedId: string | null, visible: boolean): Layer {
  return new IconLayer<ZonePoint>({
    id: DECK_LAYER_IDS.importedZonePoints,
    data: points,
    visible,
    getPosition: (d) => d.position,
    iconAtlas: iconAtlasProp(symbols),
    iconMapping: symbols.mapping,
    getIcon: (d) => symbolId(zoneCategory(d.kind) ?? 'imported_park', d.approximate),
    getSize: (d) => (d.id === selectedId ? 26 : 18),
    sizeUnits: 'pixels',
    pickable: true,
    updateTriggers: { getSize: [selectedId] },
  });
}
