/**
 * The bench's floor: the app's default map (same geo files, same MapLibre style layers, the same deck.gl
 * rings / points / labels) drawn with MapLibre + deck.gl and nothing else — no React, panels, store, i18n,
 * URL state or data tables. It reuses the app's pure style-layer builder and palette so the two pages draw
 * the same thing; park symbols are plain circles (the app's runtime-drawn icons are app code).
 *
 * It exposes the same readiness flags as the app (`window.__wuximap.idle`, `deckFrames`) and the same bench
 * surface (`window.__wuximapBench`, see src/scale/bench-hooks.ts) so the harness drives both identically.
 */
import { Map as MaplibreMap, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { MapboxOverlay } from '@deck.gl/mapbox';
import { ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import { HeatmapLayer } from '@deck.gl/aggregation-layers';
import { CollisionFilterExtension } from '@deck.gl/extensions';
import type { Layer } from '@deck.gl/core';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import districtsUrl from '../../geo/districts.geojson?url';
import parksUrl from '../../geo/parks.geojson?url';
import waterUrl from '../../geo/water.geojson?url';
import type { DistrictProperties, ParkProperties } from '../../src/schema';
import { buildStyleLayers } from '../../src/layers/build-style-layers';
import { BASE_COLOURS, CATEGORY_STYLE, HEAT_COLOR_RANGE, hexToRgba } from '../../src/layers/palette';
import { approximateRadiusMetres } from '../../src/layers/precision';
import { LABEL_FONT_FAMILY } from '../../src/layers/fonts';
import { DEFAULT_CHOROPLETH, DEFAULT_FILTERS, DEFAULT_HEAT, DEFAULT_LAYERS, INITIAL_VIEW } from '../../src/store/defaults';
import type { BenchProject, BenchSurface } from '../../src/scale/bench-types';

setWorkerUrl(workerUrl);

type Districts = FeatureCollection<Polygon | MultiPolygon | Point, DistrictProperties>;
type Parks = FeatureCollection<Point, ParkProperties>;

interface Flags {
  idle: boolean;
  deckFrames: number;
  map: MaplibreMap;
}

async function json<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

const [districts, parks, water] = await Promise.all([
  json<Districts>(districtsUrl),
  json<Parks>(parksUrl),
  json<FeatureCollection>(waterUrl),
]);

const styleLayers = buildStyleLayers(
  {
    layers: { ...DEFAULT_LAYERS },
    heat: { ...DEFAULT_HEAT },
    choropleth: { ...DEFAULT_CHOROPLETH },
    filters: { ...DEFAULT_FILTERS },
    selection: null,
    language: 'zh',
  },
  null,
);
const sources: StyleSpecification['sources'] = {
  districts: { type: 'geojson', data: districts },
  water: { type: 'geojson', data: water },
};
// Sources the app fills only with user data (e.g. imported zones) start empty, as in the app: every source the
// shared style layers name must exist, or MapLibre rejects the style.
for (const layer of styleLayers) {
  if ('source' in layer && typeof layer.source === 'string' && !(layer.source in sources)) {
    sources[layer.source] = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };
  }
}
const style: StyleSpecification = { version: 8, sources, layers: styleLayers };

const map = new MaplibreMap({
  container: 'map',
  style,
  center: [INITIAL_VIEW.longitude, INITIAL_VIEW.latitude],
  zoom: INITIAL_VIEW.zoom,
  attributionControl: false,
});

const boardById = new Map(districts.features.map((f) => [f.properties.id, f] as const));
interface ParkPoint {
  props: ParkProperties;
  position: [number, number];
  ring: number;
}
const parkPoints: ParkPoint[] = parks.features.map((f) => ({
  props: f.properties,
  position: [f.geometry.coordinates[0]!, f.geometry.coordinates[1]!] as [number, number],
  ring: approximateRadiusMetres(f.properties.precision, boardById.get(f.properties.board)),
}));
const approximateBoards = districts.features.filter((f): f is Feature<Point, DistrictProperties> => f.geometry.type === 'Point');

const labelCommon = {
  fontFamily: LABEL_FONT_FAMILY,
  characterSet: 'auto' as const,
  fontSettings: { sdf: true, fontSize: 48, buffer: 8, radius: 12 },
  outlineWidth: 4,
  outlineColor: hexToRgba(BASE_COLOURS.labelHalo, 235),
  getColor: hexToRgba(BASE_COLOURS.labelText),
  sizeUnits: 'pixels' as const,
  extensions: [new CollisionFilterExtension()],
  collisionGroup: 'labels',
};

function defaultLayers(): Layer[] {
  return [
    new ScatterplotLayer<ParkPoint>({
      id: 'rings',
      data: parkPoints.filter((p) => p.ring > 0),
      getPosition: (d) => d.position,
      getRadius: (d) => d.ring,
      radiusUnits: 'meters',
      stroked: true,
      getFillColor: (d) => hexToRgba(CATEGORY_STYLE[d.props.category].colour, 22),
      getLineColor: (d) => hexToRgba(CATEGORY_STYLE[d.props.category].colour, 150),
      lineWidthUnits: 'pixels',
      getLineWidth: 1.25,
    }),
    new ScatterplotLayer<Feature<Point, DistrictProperties>>({
      id: 'approximate-boards',
      data: approximateBoards,
      getPosition: (d) => d.geometry.coordinates as [number, number],
      getRadius: 4000,
      radiusUnits: 'meters',
      stroked: true,
      getFillColor: hexToRgba(BASE_COLOURS.districtFill, 170),
      getLineColor: hexToRgba(BASE_COLOURS.districtOutline),
      lineWidthUnits: 'pixels',
      getLineWidth: 1.5,
    }),
    new ScatterplotLayer<ParkPoint>({
      id: 'parks',
      data: parkPoints,
      getPosition: (d) => d.position,
      getRadius: 7,
      radiusUnits: 'pixels',
      stroked: true,
      getFillColor: (d) => hexToRgba(CATEGORY_STYLE[d.props.category].colour),
      getLineColor: [255, 255, 255, 255],
      lineWidthUnits: 'pixels',
      getLineWidth: 1.5,
    }),
    new TextLayer<Feature<Polygon | MultiPolygon | Point, DistrictProperties>>({
      ...labelCommon,
      id: 'district-labels',
      data: districts.features,
      getPosition: (d) => d.properties.label_point,
      getText: (d) => d.properties.name_zh,
      getSize: 15,
      // CollisionFilterExtension's props are not in TextLayer's prop type; a spread skips the excess check.
      ...{ getCollisionPriority: 900 },
    }),
    new TextLayer<ParkPoint>({
      ...labelCommon,
      id: 'park-labels',
      data: parkPoints,
      getPosition: (d) => d.position,
      getText: (d) => d.props.name_zh,
      getSize: 12,
      getAlignmentBaseline: 'top',
      getPixelOffset: [0, 13],
      ...{ getCollisionPriority: 400 },
    }),
  ];
}

// Bench surface: projects as an investment heat surface, filtered by industry (what a bare page would do:
// filter the array, hand deck.gl a new layer).
let projects: BenchProject[] = [];
let industries: string[] = [];
function heatLayer(): Layer | null {
  if (projects.length === 0) return null;
  const kept = industries.length ? projects.filter((p) => industries.includes(p.industry)) : projects;
  return new HeatmapLayer<BenchProject>({
    id: 'heat',
    data: kept.filter((p) => (p.investment_yi ?? 0) > 0),
    getPosition: (d) => [d.lon, d.lat],
    getWeight: (d) => d.investment_yi ?? 0,
    aggregation: 'SUM',
    radiusPixels: DEFAULT_HEAT.radiusPixels,
    opacity: DEFAULT_HEAT.opacity,
    threshold: 0.03,
    colorRange: HEAT_COLOR_RANGE,
  });
}
function layers(): Layer[] {
  const heat = heatLayer();
  return heat ? [heat, ...defaultLayers()] : defaultLayers();
}

const flags: Flags = { idle: false, deckFrames: 0, map };
const overlay = new MapboxOverlay({
  interleaved: false,
  layers: layers(),
  onAfterRender: () => {
    flags.deckFrames++;
  },
});
map.addControl(overlay);
map.once('idle', () => {
  flags.idle = true;
});

const bench: BenchSurface = {
  kind: 'baseline',
  async setProjects(list) {
    projects = list;
    overlay.setProps({ layers: layers() });
  },
  setIndustryFilter(ids) {
    industries = [...ids];
    overlay.setProps({ layers: layers() });
  },
};
// Same names as the app, so the harness has one code path.
(window as unknown as { __wuximap: Flags }).__wuximap = flags;
(window as unknown as { __wuximapBench: BenchSurface }).__wuximapBench = bench;
