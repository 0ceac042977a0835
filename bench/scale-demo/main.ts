/**
 * Scale-path demo and e2e fixture: MapLibre + deck.gl + src/scale only. Reads the FlatGeobuf file named by
 * `?fgb=` (default: points-1000000.fgb next to the page) and its overview grid, and shows what was fetched.
 * Exposes `window.__scaleDemo` (state, map) for tests/e2e/scale.e2e.ts.
 */
import { Map as MaplibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { MapboxOverlay } from '@deck.gl/mapbox';
import districtsUrl from '../../geo/districts.geojson?url';
import { attachScalePoints, type ScaleState } from '../../src/scale/scale-points-controller';
import { buildScaleLayers } from '../../src/scale/scale-layers';
import { BASE_COLOURS } from '../../src/layers/palette';
import { INITIAL_VIEW } from '../../src/store/defaults';

setWorkerUrl(workerUrl);

const params = new URLSearchParams(location.search);
const fgbUrl = new URL(params.get('fgb') ?? 'points-1000000.fgb', location.href).href;
const overviewUrl = new URL(params.get('overview') ?? fgbUrl.replace(/\.fgb$/, '.overview.json'), location.href).href;

const map = new MaplibreMap({
  container: 'map',
  style: {
    version: 8,
    sources: { districts: { type: 'geojson', data: new URL(districtsUrl, location.href).href } },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': BASE_COLOURS.background } },
      { id: 'district-fill', type: 'fill', source: 'districts', paint: { 'fill-color': BASE_COLOURS.districtFill } },
      { id: 'district-outline', type: 'line', source: 'districts', paint: { 'line-color': BASE_COLOURS.districtOutline } },
    ],
  },
  center: [INITIAL_VIEW.longitude, INITIAL_VIEW.latitude],
  zoom: INITIAL_VIEW.zoom,
  attributionControl: false,
});

const demo = { state: null as ScaleState | null, map, deckFrames: 0 };
(window as unknown as { __scaleDemo: typeof demo }).__scaleDemo = demo;

const overlay = new MapboxOverlay({
  interleaved: false,
  layers: [],
  onAfterRender: () => {
    demo.deckFrames++;
  },
});
map.addControl(overlay);

const status = document.getElementById('status')!;
map.on('load', () => {
  attachScalePoints(map, { fgbUrl, overviewUrl }, (state) => {
    demo.state = state;
    overlay.setProps({ layers: buildScaleLayers(state) });
    const shown = state.mode === 'points' && state.points ? `${state.points.count.toLocaleString()} points in view` : state.mode;
    status.textContent =
      `SYNTHETIC data · ${shown} · zoom ${map.getZoom().toFixed(1)} · fetched ${(state.total.bytes / 1024).toFixed(0)} KiB ` +
      `in ${state.total.requests} range requests${state.error ? ` · ${state.error}` : ''}`;
  });
});
