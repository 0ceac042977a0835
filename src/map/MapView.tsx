/**
 * The bridge: the only component that touches the maplibre Map and the deck.gl overlay. It creates them once,
 * feeds them layers built by pure functions of the store (src/layers), keeps the camera in sync with the store
 * without echo, and turns clicks/taps into store selections. Fills its parent.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Map as MaplibreMap, NavigationControl, ScaleControl, setWorkerUrl, type LayerSpecification, type GeoJSONSource } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { MapboxOverlay } from '@deck.gl/mapbox';
import { appStore, INITIAL_VIEW, MAX_BOUNDS, useAppState, type MapView as StoreView } from '../store';
import { buildStyleLayers } from '../layers/build-style-layers';
import { buildChoropleth } from '../layers/choropleth';
import { buildDeckLayers, parkLayoutFor, visibleParks } from '../layers/build-deck-layers';
import { EXPAND_GROUPS_ZOOM, type ParkGroup, type ParkLayout } from '../layers/park-groups';
import { DECK_LAYER_IDS, IMAGE_IDS, SOURCE_IDS, STYLE_LAYER_IDS } from '../layers/ids';
import type { MapLayerState, MapModel } from '../layers/map-model';
import type { BoardId } from '../schema';
import { keptMask, projectRow, type ProjectIndex } from '../domain/project-index';
import { zoneMatchesFilters } from '../domain/imported';
import { PROJECT_POINTS_MIN_ZOOM, zonePoints, zonePolygons } from '../layers/imported-layers';
import { boundsOf, PHONE_FIT_PADDING } from '../layers/bounds';
import { selectVisibleZones, useImportedSelectionGuard, useProjectFilterSpec, useProjectIndex, useVisibleZones } from './use-imported';
import { baseStyle, basemapFromEnv } from './style';
import { applyStyleLayers } from './apply-style-layers';
import { drawHatch, drawSymbolAtlas } from './symbols';
import { ResetViewControl, SourcesControl } from './controls/map-controls';
import { installTestHooks } from './test-hooks';
import { useMapModel } from './use-map-model';
import { useChoropleth, useHeatSurface } from './use-derived-layers';
import { useMapSettled } from './use-map-settled';
import { firstScreenLabelText, useLabelFonts } from './use-label-fonts';
import { startMap } from './webgl-support';
import { SiteEditorHost } from './site-editor';
import { SiteOutlines } from './site-outlines';
import { useContextData } from './use-context-data';
import { useVectorBasemap, vectorBasemapAttribution } from './use-vector-basemap';
import { parkScreenPoint } from './park-screen-point';
import { applyMapLocale, mapLocale } from './map-locale';
import { useThematicInputs } from './use-thematic-inputs';
import { useFitBounds } from './use-fit-bounds';
import { setBoardHover } from './hover-state';
import { useBoardFocusTooltip } from './board-focus';
import { useCityZoom } from './use-city-zoom';
import { useMapObstacles } from './use-map-obstacles';
import { registerCaptureTarget } from './capture-target';
import { useItineraryLayers } from './use-itinerary-layers';
import { usePlatformLayers } from './use-platform-layers';
import { PLATFORM_LAYER_IDS } from '../layers/platform-ids';
import { recoverFromContextLoss } from './context-recovery';
import './loaders-offline';
import './map.css';

// maplibre-gl 6 loads its worker relative to import.meta.url, which Vite does not rewrite: point it at the
// bundled worker file explicitly (see stack notes), before any map exists.
setWorkerUrl(workerUrl);

const ParkOverlays = lazy(() => import('./ParkOverlays'));

const PICK_RADIUS_PX = 8;
/** Top first: a project dot on a park symbol wins over the park. */
const PICKABLE_DECK_LAYERS = [
  PLATFORM_LAYER_IDS.symbols,
  DECK_LAYER_IDS.projectPoints,
  DECK_LAYER_IDS.parkSymbols,
  DECK_LAYER_IDS.parkGroups,
  DECK_LAYER_IDS.importedZonePoints,
  DECK_LAYER_IDS.approximateBoards,
  // A board's name selects the board (a tap on a phone aims at the name as often as at the area).
  DECK_LAYER_IDS.districtLabels,
  DECK_LAYER_IDS.targetSymbols,
  DECK_LAYER_IDS.projectCounts,
];
/** Per-board symbols (target circles, project counts) whose objects carry their board id. */
const BOARD_SYMBOL_LAYERS: readonly string[] = [DECK_LAYER_IDS.targetSymbols, DECK_LAYER_IDS.projectCounts];
/** Same breakpoint as the app's phone layout (src/app/use-media-query.ts PHONE_QUERY). */
const PHONE_MEDIA = '(max-width: 700px)';

interface Runtime {
  map: MaplibreMap;
  overlay: MapboxOverlay;
  reset: ResetViewControl;
  sources: SourcesControl;
  /** Mutable bits the event handlers read (the imported projects, readiness), kept outside React state. */
  live: {
    deckReady: boolean;
    projects: ProjectIndex | null;
    /** Where parks are drawn now (alone, spread, or inside a badge): for the test hooks. */
    layout: ParkLayout | null;
    /** Marks the map drawn (test hook `idle`, store `mapDrawn`) once data and labels are in and the map is idle. */
    markDrawn: () => void;
    /** While a lost WebGL context is being recovered: no style to query, nothing to pick. */
    recovering: () => boolean;
  };
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

function viewOf(map: MaplibreMap): StoreView {
  const c = map.getCenter();
  return {
    longitude: round(c.lng, 5),
    latitude: round(c.lat, 5),
    zoom: round(map.getZoom(), 2),
    bearing: round(map.getBearing(), 1),
    pitch: round(map.getPitch(), 1),
  };
}

type Hit =
  | { kind: 'park'; id: string }
  | { kind: 'board'; id: BoardId }
  | { kind: 'project'; id: string }
  | { kind: 'zone'; id: string }
  | { kind: 'group'; key: string }
  | { kind: 'platform'; id: string }
  | null;

function hitAt(runtime: Runtime, x: number, y: number): Hit {
  if (runtime.live.recovering()) return null;
  const picked = runtime.overlay.pickObject({ x, y, radius: PICK_RADIUS_PX, layerIds: PICKABLE_DECK_LAYERS });
  const layerId = picked?.layer?.id;
  if (picked && layerId === DECK_LAYER_IDS.projectPoints) {
    // Binary data: deck reports the row index; the index maps it to the project id.
    const rows = runtime.live.projects?.rows;
    const id = rows && picked.index >= 0 && picked.index < rows.count ? rows.idAt(picked.index) : undefined;
    if (id) return { kind: 'project', id };
  }
  const object = picked?.object as { properties?: { id?: string }; id?: string; key?: string; group?: ParkGroup; board?: BoardId } | undefined;
  if (picked && layerId === PLATFORM_LAYER_IDS.symbols && object?.id) return { kind: 'platform', id: object.id };
  if (picked && layerId && BOARD_SYMBOL_LAYERS.includes(layerId) && object?.board) return { kind: 'board', id: object.board };
  if (picked && layerId === DECK_LAYER_IDS.importedZonePoints && object?.id) return { kind: 'zone', id: object.id };
  if (picked && layerId === DECK_LAYER_IDS.parkGroups && object?.group) return { kind: 'group', key: object.group.key };
  if (picked && layerId === DECK_LAYER_IDS.districtLabels && object?.key) return { kind: 'board', id: object.key as BoardId };
  const id = object?.properties?.id;
  if (picked && id) {
    return layerId === DECK_LAYER_IDS.parkSymbols ? { kind: 'park', id } : { kind: 'board', id: id as BoardId };
  }
  if (!runtime.map.getLayer(STYLE_LAYER_IDS.districtFill)) return null;
  const [feature] = runtime.map.queryRenderedFeatures([x, y], {
    layers: [STYLE_LAYER_IDS.importedZoneFill, STYLE_LAYER_IDS.districtFill].filter((l) => runtime.map.getLayer(l)),
  });
  const featureId = feature?.properties?.id as string | undefined;
  if (!featureId) return null;
  return feature?.layer.id === STYLE_LAYER_IDS.importedZoneFill ? { kind: 'zone', id: featureId } : { kind: 'board', id: featureId as BoardId };
}

function isDefaultView(v: StoreView): boolean {
  return (Object.keys(INITIAL_VIEW) as (keyof StoreView)[]).every((k) => v[k] === INITIAL_VIEW[k]);
}

/** Phones: the whole of Wuxi above the collapsed bottom sheet. */
function fitWuxi(map: MaplibreMap, model: MapModel, animate: boolean) {
  const box = boundsOf(model.data.districts);
  if (box) map.fitBounds(box, { padding: PHONE_FIT_PADDING, duration: animate ? 600 : 0 });
}

export function MapView() {
  const { t } = useTranslation();
  const containerRef = useRef<HTMLDivElement>(null);
  const [runtime, setRuntime] = useState<Runtime | null>(null);
  /** Bumped when a lost WebGL context has been recovered (context-recovery.ts): layers are applied again. */
  const [contextGeneration, setContextGeneration] = useState(0);
  const modelState = useMapModel();
  const model = modelState.status === 'ready' ? modelState.model : null;
  // Sites move parks without a new map: the map is created once per geometry load and reads the latest model.
  const modelRef = useRef(model);
  modelRef.current = model;
  const layers = useAppState((s) => s.layers);
  const heatSettings = useAppState((s) => s.heat);
  const choroplethSettings = useAppState((s) => s.choropleth);
  const filters = useAppState((s) => s.filters);
  const selection = useAppState((s) => s.selection);
  const language = useAppState((s) => s.language);
  const choropleth = useChoropleth(model);
  const heat = useHeatSurface(model);
  const itineraryLayers = useItineraryLayers(model);
  const [platformLayers, platformSource] = usePlatformLayers(model);
  // Park names and spread groups from this zoom on: only crossing it rebuilds the layers.
  const zoom = useAppState((s) => (s.view.zoom >= EXPAND_GROUPS_ZOOM ? EXPAND_GROUPS_ZOOM : 0));
  const { state: labelFont, parkNamesReady } = useLabelFonts(model, firstScreenLabelText(t, model, selection), zoom >= EXPAND_GROUPS_ZOOM);
  const fontsReady = labelFont === 'ready';
  // deck draws once the map has settled (see use-map-settled.ts).
  const mapSettled = useMapSettled(runtime?.map ?? null);
  const appliedLayers = useRef(new Map<string, LayerSpecification>());
  useContextData(runtime?.map ?? null, language);
  useVectorBasemap(runtime?.map ?? null, language);
  const projectIndex = useProjectIndex();
  useImportedSelectionGuard();
  const projectSpec = useProjectFilterSpec();
  const zones = useVisibleZones();
  const pointsZoom = useAppState((s) => s.view.zoom >= PROJECT_POINTS_MIN_ZOOM);
  const openGroup = useAppState((s) => s.openGroup);
  const mapDrawn = useAppState((s) => s.mapDrawn);
  // Names and badges are placed for the camera's zoom while parks are collapsed (src/layers/city-placement.ts).
  const cityView = useCityZoom(runtime?.map ?? null);
  const obstacles = useMapObstacles(mapDrawn);
  const groupText = useCallback((g: ParkGroup) => t('mapLabels.badge', { board: t(`boardShort.${g.board}`), count: g.parkIds.length }), [t]);
  const shortName = useCallback((board: BoardId) => t(`boardShort.${board}`), [t]);
  const layout = useMemo(() => {
    if (!model) return null;
    const state: MapLayerState = { layers, heat: heatSettings, choropleth: choroplethSettings, filters, selection, language };
    return parkLayoutFor({ state, model, zoom, cityView, groupText, obstacles, shortName }, layers.parks ? visibleParks(state, model) : []);
  }, [model, layers, heatSettings, choroplethSettings, filters, selection, language, zoom, cityView, groupText, obstacles, shortName]);
  const parentOf = model?.parentOf;
  const projectMask = useMemo(
    () => (projectIndex ? keptMask(projectIndex, projectSpec, parentOf) : null),
    [projectIndex, projectSpec, parentOf],
  );
  const prepareImportLayers = useAppState((s) => s.importLayersPrepared);
  const selectedZoneId = selection?.kind === 'zone' ? selection.id : null;
  // Zones the filters keep (the selected one always stays, like a selected park).
  const shownZones = useMemo(
    () => zones.filter((z) => z.id === selectedZoneId || zoneMatchesFilters(z, filters, parentOf)),
    [zones, filters, parentOf, selectedZoneId],
  );
  const zonePointData = useMemo(() => zonePoints(shownZones), [shownZones]);
  const thematic = useThematicInputs(model, projectIndex, projectMask, pointsZoom);
  useFitBounds(runtime?.map ?? null, PHONE_MEDIA);
  useBoardFocusTooltip(runtime?.map ?? null, model);

  // Create the map and overlay once the geometry is there (see InitialContent in style.ts for why not earlier).
  useEffect(() => {
    const container = containerRef.current;
    if (!container || !model) return;
    const initial = appStore.getState();
    const basemap = basemapFromEnv();
    // The store's state is a MapLayerState (a Pick of it).
    const dataLayers = buildStyleLayers(initial, buildChoropleth(model.data.rows, initial.choropleth));
    appliedLayers.current = new Map(dataLayers.map((l) => [l.id, l]));
    const view = initial.view;
    // A link that carries a view wins; otherwise phones start on the whole of Wuxi above the bottom sheet.
    const phoneStart = window.matchMedia(PHONE_MEDIA).matches && !/(^|[#&])map=/.test(location.hash);
    const wuxi = phoneStart ? boundsOf(model.data.districts) : null;
    // No WebGL2 (or a refused context): null, the fault is in the store and the map area explains it.
    const map = startMap(() => new MaplibreMap({
      container,
      style: baseStyle(basemap, { districts: model.data.districts, water: model.data.water, dataLayers }),
      ...(wuxi
        ? { bounds: wuxi, fitBoundsOptions: { padding: PHONE_FIT_PADDING } }
        : { center: [view.longitude, view.latitude] as [number, number], zoom: view.zoom }),
      bearing: view.bearing,
      pitch: view.pitch,
      maxBounds: [MAX_BOUNDS[0], MAX_BOUNDS[1]],
      attributionControl: false,
      maxPitch: 60,
      locale: mapLocale(initial.language),
    }));
    if (!map) return;
    map.addImage(IMAGE_IDS.noDataHatch, drawHatch(), { pixelRatio: 1 });
    const live: Runtime['live'] = { deckReady: false, projects: null, layout: null, markDrawn: () => {}, recovering: () => false };
    const makeOverlay = () => new MapboxOverlay({
      interleaved: false,
      layers: [],
      onAfterRender: () => {
        if (live.deckReady) hooks.deckFrames++;
      },
    });
    const overlay = makeOverlay();
    // On a phone the reset's default view becomes "fit Wuxi" (see the flyRequest subscription below).
    const reset = new ResetViewControl(() => appStore.getState().resetView(), { label: '' });
    // Collapsed at start on every screen: the sources stay one click away without covering the map in a meeting.
    const sources = new SourcesControl({ summary: '', lines: [] }, false);
    map.addControl(new NavigationControl({ visualizePitch: true }), 'top-right');
    map.addControl(reset, 'top-right');
    map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');
    map.addControl(sources, 'bottom-right');
    map.addControl(overlay);

    const rt: Runtime = { map, overlay, reset, sources, live };
    // Lost WebGL contexts: MapLibre reloads its style, a new deck overlay replaces the old one; the effects below
    // re-apply layers when the generation changes.
    const recovery = recoverFromContextLoss(map, {
      current: () => rt.overlay,
      create: makeOverlay,
      replaced: (next) => {
        rt.overlay = next;
        setContextGeneration((g) => g + 1);
      },
      restored: () => setContextGeneration((g) => g + 1),
    });
    live.recovering = recovery.busy;
    const hooks = {
      idle: false,
      deckFrames: 0,
      map,
      state: () => appStore.getState(),
      parks: () =>
        (modelRef.current ?? model).parks.map((p) => ({
          id: p.properties.id,
          precision: p.properties.precision,
          site: p.properties.site?.origin ?? null,
          position: [p.position[0], p.position[1]] as [number, number],
          lead_industries: [...p.properties.lead_industries],
        })),
      renderedFeatureCount: (layerId: string) => {
        if (map.getLayer(layerId)) return map.queryRenderedFeatures({ layers: [layerId] }).length;
        const canvas = map.getCanvas();
        return rt.overlay.pickObjects({ x: 0, y: 0, width: canvas.clientWidth, height: canvas.clientHeight, layerIds: [layerId] })
          .length;
      },
      screenPoint: (kind: 'park' | 'board' | 'project' | 'zone', id: string): [number, number] | null => {
        const rect = map.getCanvas().getBoundingClientRect();
        const at = (lonLat: [number, number]): [number, number] => {
          const p = map.project(lonLat);
          return [rect.left + p.x, rect.top + p.y];
        };
        if (kind === 'project') {
          const i = live.projects ? projectRow(live.projects, id) : -1;
          return i >= 0 && live.projects ? at([live.projects.positions[i * 2]!, live.projects.positions[i * 2 + 1]!]) : null;
        }
        if (kind === 'zone') {
          const zone = selectVisibleZones(appStore.getState()).find((z) => z.id === id);
          if (!zone) return null;
          if (zone.geometry.type === 'Point') return at(zone.geometry.coordinates);
          // Mean of the outer ring: inside for the convex synthetic test zones.
          const ring = (zone.geometry.type === 'Polygon' ? zone.geometry.coordinates[0] : zone.geometry.coordinates[0]![0])!.slice(1);
          return at([ring.reduce((s, p) => s + p[0], 0) / ring.length, ring.reduce((s, p) => s + p[1], 0) / ring.length]);
        }
        if (kind === 'park') {
          const park = (modelRef.current ?? model).parks.find((p) => p.properties.id === id);
          const p = park && live.layout ? parkScreenPoint(map, park, live.layout) : null;
          return p ? [rect.left + p[0], rect.top + p[1]] : null;
        }
        const board = model.boards.find((b) => b.id === id);
        if (!board) return null;
        const p = map.project(board.label_point);
        return [rect.left + p.x, rect.top + p.y];
      },
      badges: () => {
        const rect = map.getCanvas().getBoundingClientRect();
        const layout = live.layout;
        if (!layout) return [];
        return layout.groups
          .filter((g) => g.parkIds.some((id) => layout.collapsedIn.has(id)))
          .map((g) => {
            const p = map.project([g.position[0], g.position[1]]);
            return { key: g.key, parkIds: [...g.parkIds], point: [rect.left + p.x + g.badgeOffset[0], rect.top + p.y + g.badgeOffset[1]] as [number, number] };
          });
      },
      renderedTexts: (layerId: string) => {
        const canvas = map.getCanvas();
        return rt.overlay
          .pickObjects({ x: 0, y: 0, width: canvas.clientWidth, height: canvas.clientHeight, layerIds: [layerId] })
          .map((o) => String((o.object as { text?: unknown } | undefined)?.text ?? ''));
      },
    };
    const removeHooks = installTestHooks(hooks);

    live.markDrawn = () => {
      if (!live.deckReady || hooks.idle) return;
      hooks.idle = true;
      appStore.getState().setMapDrawn();
    };
    map.on('idle', live.markDrawn);
    // The style (not its tiles) is in: layers can be reconciled and deck can start drawing while the worker tiles.
    map.once('style.load', () => setRuntime(rt));
    map.on('moveend', () => appStore.getState().setViewFromMap(viewOf(map)));
    map.on('click', (e) => {
      if (appStore.getState().siteEditor) return; // the placement editor owns clicks while it is open
      const hit = hitAt(rt, e.point.x, e.point.y);
      const store = appStore.getState();
      if (hit?.kind === 'group') return store.setOpenGroup(store.openGroup === hit.key ? null : hit.key);
      store.setOpenGroup(null);
      if (hit) store.select(hit);
    });
    map.on('mousemove', (e) => {
      const hit = hitAt(rt, e.point.x, e.point.y);
      map.getCanvas().style.cursor = hit ? 'pointer' : '';
      // A board under the pointer shows its tooltip (value, unit, source); anything else hides it.
      setBoardHover(hit?.kind === 'board' ? { board: hit.id, x: e.point.x, y: e.point.y } : null);
    });
    map.getCanvas().addEventListener('mouseleave', () => setBoardHover(null));

    // Camera requests from the app (search, reset, deep link) arrive as a bumped flyRequest; the map's own
    // moves only write the view back (origin 'map'), so nothing echoes.
    const unsubscribe = appStore.subscribe((state, previous) => {
      if (state.flyRequest === previous.flyRequest) return;
      const v = state.view;
      // On a phone the default view (a link without a view, or "back to all of Wuxi") means: fit the whole city
      // above the bottom sheet; the desktop default zoom would cut Yixing and Jiangyin off.
      if (window.matchMedia(PHONE_MEDIA).matches && isDefaultView(v)) {
        fitWuxi(map, model, true);
        return;
      }
      map.flyTo({ center: [v.longitude, v.latitude], zoom: v.zoom, bearing: v.bearing, pitch: v.pitch });
    });

    return () => {
      unsubscribe();
      recovery.stop();
      removeHooks();
      setRuntime(null);
      map.remove();
    };
    // A new geometry load (only ever one) means a new map with its data; state changes and sites never recreate it.
  }, [model?.data.districts]);

  // The image export reads the live map through this registry (src/map/capture.ts).
  useEffect(() => (runtime ? registerCaptureTarget({ map: runtime.map, overlay: runtime.overlay }) : undefined), [runtime]);

  // Imported zone polygons into their source when the polygons kept by the filters change. Not on every filter
  // change: setData re-tiles in MapLibre's worker and repaints the whole map, even for an unchanged (or empty)
  // set — on software WebGL that repaint was most of a filter change's latency.
  const zonePolygonData = useMemo(() => zonePolygons(shownZones), [shownZones]);
  const zonePolygonKey = useMemo(() => zonePolygonData.features.map((f) => f.id).join('\n'), [zonePolygonData]);
  const appliedZones = useRef<{ zones: readonly unknown[]; key: string } | null>(null);
  useEffect(() => {
    // The style starts with the source empty; "no polygons" before and now needs no setData either.
    const applied = appliedZones.current ?? { zones: [], key: '' };
    if (!runtime || runtime.live.recovering()) return;
    if (applied.key === zonePolygonKey && (applied.zones === zones || zonePolygonKey === '')) return;
    const source = runtime.map.getSource(SOURCE_IDS.importedZones) as GeoJSONSource | undefined;
    if (!source) return;
    source.setData(zonePolygonData);
    appliedZones.current = { zones, key: zonePolygonKey };
  }, [runtime, zones, zonePolygonData, zonePolygonKey, contextGeneration]);

  // Style layers (areas) from the store.
  useEffect(() => {
    if (!runtime || runtime.live.recovering()) return;
    const state = { layers, heat: heatSettings, choropleth: choroplethSettings, filters, selection, language };
    appliedLayers.current = applyStyleLayers(runtime.map, buildStyleLayers(state, choropleth), appliedLayers.current);
  }, [runtime, layers, heatSettings, choroplethSettings, filters, selection, language, choropleth, contextGeneration]);

  // deck layers (heat, parks, rings, labels) from the store.
  const symbols = useMemo(drawSymbolAtlas, []);
  useEffect(() => {
    if (!runtime || !model || labelFont === 'waiting' || !mapSettled) return;
    const state: MapLayerState = { layers, heat: heatSettings, choropleth: choroplethSettings, filters, selection, language };
    runtime.live.projects = projectIndex;
    runtime.live.layout = layout;
    const imported = {
      projects: projectIndex && projectMask ? { index: projectIndex, mask: projectMask, visible: pointsZoom } : null,
      zonePoints: zonePointData,
      prepare: prepareImportLayers,
    };
    // The overlay draws on its own canvas and redraws itself when its layers change: no map repaint here
    // (repainting the whole map on every filter change cost a frame of software WebGL).
    runtime.overlay.setProps({
      layers: [
        ...buildDeckLayers({ state, model, choropleth, heat, symbols, fontsReady, parkNamesReady, imported, zoom, openGroup, groupText, thematic, cityView, obstacles, shortName }),
        // Layers made elsewhere are handed over as fresh instances: a layer object belongs to the deck that first
        // drew it, and after a lost context a new deck (new overlay) takes over.
        ...platformLayers.map((l) => l.clone({})),
        ...itineraryLayers.map((l) => l.clone({})),
      ],
    });
    if (fontsReady && !runtime.live.deckReady) {
      runtime.live.deckReady = true;
      // The map may have gone idle before the labels were in: then it is drawn now (no repaint needed to hear
      // 'idle' again — on software WebGL one more map frame costs ~0.1–0.2 s of start-up).
      if (runtime.map.loaded()) runtime.live.markDrawn();
    }
  }, [
    runtime, model, layers, heatSettings, choroplethSettings, filters, selection, language, choropleth, heat, fontsReady, parkNamesReady, labelFont, mapSettled, symbols,
    projectIndex, projectMask, pointsZoom, zonePointData, prepareImportLayers, zoom, openGroup, layout, t, thematic, groupText, cityView, obstacles, shortName, itineraryLayers, platformLayers, contextGeneration,
  ]);

  // Control texts follow the language.
  useEffect(() => {
    if (!runtime) return;
    applyMapLocale(runtime.map, language);
    runtime.reset.setTexts({ label: t('map.controls.resetView') });
    runtime.sources.setTexts({
      summary: t('map.attribution.summary'),
      lines: [
        t('map.attribution.boundaries'),
        t('map.attribution.naturalEarth'),
        t('map.attribution.towns'),
        t('map.attribution.documents'),
        t('map.attribution.font'),
        ...vectorBasemapAttribution(),
      ],
    });
  }, [runtime, t, language]);

  return (
    <div className="wuxi-map" data-testid="map-view">
      <div ref={containerRef} className="wuxi-map__canvas" role="region" aria-label={t('map.aria.map')} />
      {platformSource}
      <SiteEditorHost map={runtime?.map ?? null} />
      <SiteOutlines map={runtime?.map ?? null} parks={model?.data.parks ?? null} />
      {runtime && model && layout && mapDrawn && (
        <Suspense fallback={null}>
          <ParkOverlays map={runtime.map} overlay={runtime.overlay} model={model} layout={layout} />
        </Suspense>
      )}
      {modelState.status === 'loading' && (
        <p className="wuxi-map__status" role="status">
          {t('map.status.loading')}
        </p>
      )}
      {modelState.status === 'error' && (
        <p className="wuxi-map__status wuxi-map__status--error" role="alert">
          {t('map.status.error')}
        </p>
      )}
    </div>
  );
}

export default MapView;
