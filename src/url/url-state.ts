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
  type Selection,
} from '../store';
import { decodeKitParams, encodeKitParams, type KitUrlState } from './kit-url';

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
  /** Comparison, itinerary and print preview (optional keys, see kit-url.ts). */
  kit?: KitUrlState;
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
const HEAT_METRICS: readonly HeatTargetMetric[] = ['revenue_target', 'new_firms_projects', 'innovation_platforms'];
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
  }
  const lists: [string, readonly string[]][] = [
    ['cat', state.filters.categories],
    ['ind', state.filters.industries],
    ['board', state.filters.boards],
    ['st', state.filters.statuses],
  ];
  for (const [key, values] of lists) if (values.length) p.set(key, values.join(','));
  if (state.selection) p.set('sel', `${state.selection.kind}:${state.selection.id}`);
  if (state.kit) encodeKitParams(p, state.kit);
  return `#${p.toString()}`;
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
  let p: URLSearchParams;
  try {
    p = new URLSearchParams(raw);
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
    if (heat === 'targets' || heat === 'investment') state.heat.kind = heat;
    else problems.push('heat');
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
    else problems.push('sel');
  }
  const kit = decodeKitParams(p, ctx.parkIds, problems);
  if (kit) state.kit = kit;
  return { state, problems };
}
