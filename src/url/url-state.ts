import { boardIds, parkCategories } from '../schema/constants';
import type { BoardId, ParkCategory, ParkStatus } from '../schema';
import {
  DEFAULT_CHOROPLETH,
  DEFAULT_FILTERS,
  DEFAULT_HEAT,
  DEFAULT_LAYERS,
  HEAT_OPACITY_RANGE,
  HEAT_RADIUS_RANGE,
  INITIAL_VIEW,
  MAX_BOUNDS,
  type ChoroplethMetric,
  type ChoroplethSettings,
  type Filters,
  type HeatSettings,
  type HeatTargetMetric,
  type Language,
  type LayerVisibility,
  type MapView,
  type PanelTab,
  type Selection,
} from '../store';
import { decodeKioskParam, decodeTourParam, encodeTourParams, type StopCodec, type TourLink } from './tour-param';
import { decodeKitParams, encodeKitParams, type KitUrlState } from './kit-url';
import { decodePlannerParam, encodePlannerParam } from './planner-param';
import type { PlannerView } from '../store/planner-slice';
import { decodePlatformParams, encodePlatformParams, platformSelectionIdOk, type PlatformUrlState } from './platform-url';
import { decodeTimelineParam, encodeTimelineParam } from './timeline-url';
import type { TimelineSubject } from '../store/timeline-slice';

/**
 * The part of the app state a link carries. Versioned (`v=`) so links made today keep opening
 * after the format grows.
 */
export const URL_STATE_VERSION = 1;

export interface UrlState {
  view: MapView;
  language: Language;
  layers: LayerVisibility;
  heat: HeatSettings;
  choropleth: ChoroplethSettings;
  filters: Filters;
  selection: Selection;
  /** The open side-panel tab; absent = the tab the app opens by itself (details with a selection, else the list). */
  panelTab?: PanelTab;
  /** A presentation tour carried by the link (optional keys `tour`, `kiosk`); absent in most links. */
  tour?: TourLink | null;
  /** Comparison, itinerary and print preview (optional keys, see kit-url.ts). */
  kit?: KitUrlState;
  /** The open planner view (optional key `plan`, see planner-param.ts). */
  planner?: PlannerView | null;
  /** The platform layer's visibility and kinds (optional keys, see platform-url.ts). */
  platforms?: PlatformUrlState;
  /** The open "targets over time" view (optional key `tl`, see timeline-url.ts). */
  timeline?: TimelineSubject | null;
}

export interface UrlDecodeContext {
  industryIds: ReadonlySet<string>;
  parkIds: ReadonlySet<string>;
  /**
   * Ids of imported projects/zones, when known. Imported data is read from the browser's storage after the link
   * is decoded, so without this a well-formed imported id is accepted here and checked once the data is loaded
   * (src/map/use-imported.ts useImportedSelectionGuard: an unknown id falls back and shows the same notice).
   */
  importedIds?: { projects: ReadonlySet<string>; zones: ReadonlySet<string> };
}

/** Imported ids are `<dataset id>:<source row>` (src/schema/imports.ts). */
const IMPORTED_ID = /^[^\s:]{1,120}:\d{1,9}$/;

function importedIdOk(kind: 'project' | 'zone', id: string, ctx: UrlDecodeContext): boolean {
  if (!IMPORTED_ID.test(id)) return false;
  if (!ctx.importedIds) return true;
  return (kind === 'project' ? ctx.importedIds.projects : ctx.importedIds.zones).has(id);
}

export interface UrlDecodeResult {
  state: UrlState;
  /** Parameters that were present but could not be read; each fell back to its default. */
  problems: string[];
}

const LAYER_CODES: Record<keyof LayerVisibility, string> = { districts: 'd', water: 'w', parks: 'p', labels: 'l' };
const STATUS_VALUES: readonly ParkStatus[] = ['existing', 'planned', 'suggested'];
const HEAT_METRICS: readonly HeatTargetMetric[] = ['revenue_target', 'new_firms_projects', 'innovation_platforms', 'new_projects_over_5yi'];
/**
 * Links made before the surfaces were renamed say `heat=investment`: that surface was the imported projects
 * when there were some, else Annex 2 "new projects ≥ 5 亿元". It opens as project investment with that metric,
 * which shows exactly the same (src/domain/thematic.ts resolveThematic).
 */
const LEGACY_INVESTMENT = 'investment';
const LEGACY_INVESTMENT_METRIC: HeatTargetMetric = 'new_projects_over_5yi';
/** Board-colour classification in the link: absent = Jenks (default), `q` = quantiles. */
const QUANTILE_CODE = 'q';
const CHOROPLETH_METRICS: readonly ChoroplethMetric[] = [
  'revenue_target',
  'revenue_growth_target',
  'new_firms_projects',
  'new_projects_over_5yi',
];

export function defaultUrlState(): UrlState {
  return {
    view: { ...INITIAL_VIEW },
    language: 'zh',
    layers: { ...DEFAULT_LAYERS },
    heat: { ...DEFAULT_HEAT },
    choropleth: { ...DEFAULT_CHOROPLETH },
    filters: { ...DEFAULT_FILTERS },
    selection: null,
  };
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** State → `#…` fragment. Only values that differ from the defaults are written, so links stay short. */
export function encodeUrlState(state: UrlState): string {
  const p = new URLSearchParams();
  p.set('v', String(URL_STATE_VERSION));
  const { view } = state;
  p.set('map', [round(view.zoom, 2), round(view.latitude, 5), round(view.longitude, 5)].join('/'));
  if (view.bearing !== 0 || view.pitch !== 0) p.set('rot', [round(view.bearing, 1), round(view.pitch, 1)].join('/'));
  if (state.language !== 'zh') p.set('lang', state.language);
  const visible = (Object.keys(LAYER_CODES) as (keyof LayerVisibility)[]).filter((k) => state.layers[k]);
  if (visible.length !== Object.keys(LAYER_CODES).length) p.set('layers', visible.map((k) => LAYER_CODES[k]).join(''));
  if (state.heat.kind) {
    p.set('heat', state.heat.kind);
    if (state.heat.industry) p.set('hi', state.heat.industry);
    if (state.heat.metric !== DEFAULT_HEAT.metric) p.set('hm', state.heat.metric);
    if (state.heat.opacity !== DEFAULT_HEAT.opacity) p.set('ho', String(round(state.heat.opacity, 2)));
    if (state.heat.radiusPixels !== DEFAULT_HEAT.radiusPixels) p.set('hr', String(state.heat.radiusPixels));
  }
  if (state.choropleth.metric) {
    p.set('ch', state.choropleth.metric);
    if (state.choropleth.industry) p.set('ci', state.choropleth.industry);
    if (state.choropleth.classification === 'quantile') p.set('cc', QUANTILE_CODE);
  }
  const lists: [string, readonly string[]][] = [
    ['cat', state.filters.categories],
    ['ind', state.filters.industries],
    ['board', state.filters.boards],
    ['st', state.filters.statuses],
  ];
  for (const [key, values] of lists) if (values.length) p.set(key, values.join(','));
  if (state.selection) p.set('sel', `${state.selection.kind}:${state.selection.id}`);
  encodePanelTab(p, state);
  if (state.tour) encodeTourParams(p, state.tour, stopCodec(null));
  if (state.kit) encodeKitParams(p, state.kit);
  encodePlannerParam(p, state.planner);
  encodePlatformParams(p, state.platforms);
  encodeTimelineParam(p, state.timeline);
  return `#${p.toString()}`;
}

/**
 * URLSearchParams that remember which keys the decoder asked for: whatever is left over afterwards is a key this
 * app does not know (a mistyped or foreign parameter), reported like any other unreadable part of a link.
 */
class ReadTrackingParams extends URLSearchParams {
  readonly read = new Set<string>();
  override get(name: string): string | null {
    this.read.add(name);
    return super.get(name);
  }
}

/**
 * Problems a link has as a whole: a fragment with no `key=value` pair at all (base64 or JSON pasted into the
 * hash, `#javascript:…`) is 'fragment'; keys the decoder never read are 'unknown', or 'fragment' when no key at
 * all was known.
 */
function wholeLinkProblems(p: ReadTrackingParams): string[] {
  const keys = [...new Set(p.keys())];
  const unknown = keys.filter((k) => !p.read.has(k));
  if (!unknown.length) return [];
  return unknown.length === keys.length ? ['fragment'] : ['unknown'];
}

/**
 * `#side-panel`: a bare name that may be an in-page anchor rather than a link to a state. The caller decides
 * (an element with that id exists); the decoder reports any such fragment as unreadable.
 */
export function looksLikeAnchor(hash: string): boolean {
  return /^#?[A-Za-z][\w-]{0,63}$/.test(hash);
}

const PANEL_TABS: readonly PanelTab[] = ['details', 'list', 'layers', 'about'];

/** The tab the app opens by itself for this state: such a tab is not written, so links stay as they were. */
function impliedPanelTab(state: Pick<UrlState, 'selection'>): PanelTab {
  return state.selection ? 'details' : 'list';
}

/** `tab=` (optional, added without a version bump: links without it open the implied tab as before). */
function encodePanelTab(p: URLSearchParams, state: UrlState): void {
  if (state.panelTab && state.panelTab !== impliedPanelTab(state)) p.set('tab', state.panelTab);
}

function decodePanelTab(p: URLSearchParams, state: UrlState, problems: string[]): void {
  const tab = p.get('tab');
  if (tab === null) return;
  if ((PANEL_TABS as readonly string[]).includes(tab)) state.panelTab = tab as PanelTab;
  else problems.push('tab');
}

/** A tour stop is written and read with this codec (a link without version, language or tour). */
function stopCodec(ctx: UrlDecodeContext | null): StopCodec {
  return {
    encode: ({ view, layers, heat, choropleth, filters, selection }) =>
      encodeUrlState({ view, language: 'zh', layers, heat, choropleth, filters, selection }).replace(/^#v=\d+&/, ''),
    decode: (fragment) => {
      if (!ctx) return null;
      const { state, problems } = decodeUrlState(fragment, ctx);
      if (problems.length) return null;
      const { view, layers, heat, choropleth, filters, selection } = state;
      return { view, layers, heat, choropleth, filters, selection };
    },
  };
}

function inRange(value: number, min: number, max: number) {
  return Number.isFinite(value) && value >= min && value <= max;
}

/** `#…` fragment → state. Never throws: unreadable parts fall back to defaults and are reported. */
export function decodeUrlState(hash: string, ctx: UrlDecodeContext): UrlDecodeResult {
  const state = defaultUrlState();
  const problems: string[] = [];
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!raw) return { state, problems };
  if (!raw.includes('=')) return { state, problems: ['fragment'] };
  let p: ReadTrackingParams;
  try {
    p = new ReadTrackingParams(raw);
  } catch {
    return { state, problems: ['fragment'] };
  }
  const version = p.get('v');
  if (version !== null && version !== String(URL_STATE_VERSION)) problems.push('v');

  const map = p.get('map');
  if (map !== null) {
    const parts = map.split('/').map(Number);
    const [zoom, lat, lon] = parts;
    const [[minLon, minLat], [maxLon, maxLat]] = MAX_BOUNDS;
    if (
      parts.length === 3 &&
      zoom !== undefined && lat !== undefined && lon !== undefined &&
      inRange(zoom, 0, 22) && inRange(lat, minLat, maxLat) && inRange(lon, minLon, maxLon)
    ) {
      state.view = { ...state.view, zoom, latitude: lat, longitude: lon };
    } else problems.push('map');
  }
  const rot = p.get('rot');
  if (rot !== null) {
    const [bearing, pitch] = rot.split('/').map(Number);
    if (bearing !== undefined && pitch !== undefined && inRange(bearing, -180, 360) && inRange(pitch, 0, 85)) {
      state.view = { ...state.view, bearing, pitch };
    } else problems.push('rot');
  }

  const lang = p.get('lang');
  if (lang !== null) {
    if (lang === 'zh' || lang === 'en') state.language = lang;
    else problems.push('lang');
  }

  const layers = p.get('layers');
  if (layers !== null) {
    const codes = new Set(layers.split(''));
    const known = new Set(Object.values(LAYER_CODES));
    if ([...codes].every((c) => known.has(c))) {
      for (const [layer, code] of Object.entries(LAYER_CODES) as [keyof LayerVisibility, string][]) {
        state.layers[layer] = codes.has(code);
      }
    } else problems.push('layers');
  }

  const heat = p.get('heat');
  if (heat !== null) {
    if (heat === 'targets' || heat === 'projects') state.heat.kind = heat;
    else if (heat !== LEGACY_INVESTMENT) problems.push('heat');
  }
  const hi = p.get('hi');
  if (hi !== null) {
    if (ctx.industryIds.has(hi)) state.heat.industry = hi;
    else problems.push('hi');
  }
  const hm = p.get('hm');
  if (hm !== null) {
    if ((HEAT_METRICS as readonly string[]).includes(hm)) state.heat.metric = hm as HeatTargetMetric;
    else problems.push('hm');
  }
  if (heat === LEGACY_INVESTMENT) state.heat = { ...state.heat, kind: 'projects', metric: LEGACY_INVESTMENT_METRIC };
  const ho = p.get('ho');
  if (ho !== null) {
    const v = Number(ho);
    if (inRange(v, HEAT_OPACITY_RANGE.min, HEAT_OPACITY_RANGE.max)) state.heat.opacity = v;
    else problems.push('ho');
  }
  const hr = p.get('hr');
  if (hr !== null) {
    const v = Number(hr);
    if (inRange(v, HEAT_RADIUS_RANGE.min, HEAT_RADIUS_RANGE.max)) state.heat.radiusPixels = v;
    else problems.push('hr');
  }

  const ch = p.get('ch');
  if (ch !== null) {
    if ((CHOROPLETH_METRICS as readonly string[]).includes(ch)) state.choropleth.metric = ch as ChoroplethMetric;
    else problems.push('ch');
  }
  const ci = p.get('ci');
  if (ci !== null) {
    if (ctx.industryIds.has(ci)) state.choropleth.industry = ci;
    else problems.push('ci');
  }
  const cc = p.get('cc');
  if (cc !== null) {
    if (cc === QUANTILE_CODE) state.choropleth.classification = 'quantile';
    else problems.push('cc');
  }

  const readList = <T extends string>(key: string, allowed: (v: string) => boolean): T[] => {
    const value = p.get(key);
    if (value === null) return [];
    const items = [...new Set(value.split(',').filter(Boolean))];
    if (items.every(allowed)) return items as T[];
    problems.push(key);
    return [];
  };
  state.filters = {
    categories: readList<ParkCategory>('cat', (v) => (parkCategories as readonly string[]).includes(v)),
    industries: readList<string>('ind', (v) => ctx.industryIds.has(v)),
    boards: readList<BoardId>('board', (v) => (boardIds as readonly string[]).includes(v)),
    statuses: readList<ParkStatus>('st', (v) => (STATUS_VALUES as readonly string[]).includes(v)),
  };

  const sel = p.get('sel');
  if (sel !== null) {
    const sep = sel.indexOf(':');
    const kind = sel.slice(0, sep);
    const id = sel.slice(sep + 1);
    if (sep > 0 && kind === 'park' && ctx.parkIds.has(id)) state.selection = { kind, id };
    else if (sep > 0 && kind === 'board' && (boardIds as readonly string[]).includes(id))
      state.selection = { kind, id: id as BoardId };
    else if (sep > 0 && kind === 'industry' && ctx.industryIds.has(id)) state.selection = { kind, id };
    else if (sep > 0 && (kind === 'project' || kind === 'zone') && importedIdOk(kind, id, ctx)) state.selection = { kind, id };
    else if (sep > 0 && (kind === 'platform' || kind === 'funds') && platformSelectionIdOk(kind, id)) state.selection = { kind, id };
    else problems.push('sel');
  }
  decodePanelTab(p, state, problems);

  const tour = p.get('tour');
  if (tour !== null) {
    const decoded = decodeTourParam(tour, stopCodec(ctx));
    const kiosk = p.get('kiosk');
    const kioskIdleSec = kiosk === null ? null : decodeKioskParam(kiosk);
    if (kioskIdleSec === undefined) problems.push('kiosk');
    if (decoded) state.tour = { tour: decoded, kioskIdleSec: kioskIdleSec ?? null };
    else problems.push('tour');
  }
  const kit = decodeKitParams(p, ctx.parkIds, problems);
  if (kit) state.kit = kit;
  const planner = decodePlannerParam(p, problems);
  if (planner) state.planner = planner;
  const platforms = decodePlatformParams(p, problems);
  if (platforms) state.platforms = platforms;
  const timeline = decodeTimelineParam(p, ctx.industryIds, problems);
  if (timeline) state.timeline = timeline;
  return { state, problems: [...problems, ...wholeLinkProblems(p)] };
}
