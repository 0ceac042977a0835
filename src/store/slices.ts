import type { StateCreator } from 'zustand';
import type { ImportsSlice } from './imports-slice';
import type { MapFaultSlice } from './map-fault-slice';
import type { SitesSlice } from './sites-slice';
import type { MapFocusSlice } from './map-focus-slice';
import type { FitSlice } from './fit-slice';
import type { TourSlice } from './tour-slice';
import type { PrintSlice } from './print-slice';
import type { CompareSlice } from './compare-slice';
import type { TimelineSlice } from './timeline-slice';
import type { ItinerarySlice } from './itinerary-slice';
import type { PlannerSlice } from './planner-slice';
import type { PlatformsSlice } from './platforms-slice';
import type {
  ChoroplethSettings,
  Filters,
  HeatSettings,
  Language,
  LayerVisibility,
  MapView,
  PanelTab,
  Selection,
  ViewOrigin,
} from './types';
import { DEFAULT_CHOROPLETH, DEFAULT_FILTERS, DEFAULT_HEAT, DEFAULT_LAYERS, INITIAL_VIEW } from './defaults';

export interface ViewSlice {
  view: MapView;
  viewOrigin: ViewOrigin;
  /** Bumped to ask the map to fly to `view` (search result, reset, deep link). */
  flyRequest: number;
  /** The map has drawn its default layers once (work that can wait, waits for this: see app/after-first-draw.ts). */
  mapDrawn: boolean;
  setMapDrawn: () => void;
  setViewFromMap: (view: MapView) => void;
  flyTo: (view: Partial<MapView>) => void;
  resetView: () => void;
}

export interface LayersSlice {
  layers: LayerVisibility;
  heat: HeatSettings;
  choropleth: ChoroplethSettings;
  setLayerVisible: (layer: keyof LayerVisibility, visible: boolean) => void;
  setHeat: (patch: Partial<HeatSettings>) => void;
  setChoropleth: (patch: Partial<ChoroplethSettings>) => void;
}

export interface FilterSlice {
  filters: Filters;
  toggleFilter: <K extends keyof Filters>(key: K, value: Filters[K][number]) => void;
  setFilter: <K extends keyof Filters>(key: K, values: Filters[K]) => void;
  clearFilters: () => void;
}

export interface SelectionSlice {
  selection: Selection;
  select: (selection: Selection) => void;
}

export interface UiSlice {
  language: Language;
  panelTab: PanelTab;
  /** A message the user must see (e.g. a malformed link fell back to defaults); null when none. */
  notice: { key: string; detail?: string } | null;
  setLanguage: (language: Language) => void;
  setPanelTab: (tab: PanelTab) => void;
  showNotice: (notice: { key: string; detail?: string }) => void;
  dismissNotice: () => void;
}

export type AppState = ViewSlice &
  LayersSlice &
  FilterSlice &
  SelectionSlice &
  UiSlice &
  ImportsSlice &
  MapFaultSlice &
  SitesSlice &
  MapFocusSlice &
  FitSlice &
  TourSlice &
  PrintSlice &
  CompareSlice &
  ItinerarySlice &
  PlannerSlice &
  PlatformsSlice &
  TimelineSlice;
type Slice<T> = StateCreator<AppState, [], [], T>;

export const createViewSlice: Slice<ViewSlice> = (set) => ({
  view: { ...INITIAL_VIEW },
  viewOrigin: 'app',
  flyRequest: 0,
  mapDrawn: false,
  setMapDrawn: () => set((s) => (s.mapDrawn ? s : { mapDrawn: true })),
  setViewFromMap: (view) => set({ view, viewOrigin: 'map' }),
  flyTo: (patch) => set((s) => ({ view: { ...s.view, ...patch }, viewOrigin: 'app', flyRequest: s.flyRequest + 1 })),
  resetView: () => set((s) => ({ view: { ...INITIAL_VIEW }, viewOrigin: 'app', flyRequest: s.flyRequest + 1 })),
});

export const createLayersSlice: Slice<LayersSlice> = (set) => ({
  layers: { ...DEFAULT_LAYERS },
  heat: { ...DEFAULT_HEAT },
  choropleth: { ...DEFAULT_CHOROPLETH },
  setLayerVisible: (layer, visible) => set((s) => ({ layers: { ...s.layers, [layer]: visible } })),
  setHeat: (patch) => set((s) => ({ heat: { ...s.heat, ...patch } })),
  setChoropleth: (patch) => set((s) => ({ choropleth: { ...s.choropleth, ...patch } })),
});

export const createFilterSlice: Slice<FilterSlice> = (set) => ({
  filters: { ...DEFAULT_FILTERS },
  toggleFilter: (key, value) =>
    set((s) => {
      const current = s.filters[key] as readonly unknown[];
      const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
      return { filters: { ...s.filters, [key]: next } };
    }),
  setFilter: (key, values) => set((s) => ({ filters: { ...s.filters, [key]: [...values] } })),
  clearFilters: () => set({ filters: { ...DEFAULT_FILTERS } }),
});

export const createSelectionSlice: Slice<SelectionSlice> = (set) => ({
  selection: null,
  select: (selection) => set({ selection, panelTab: 'details' }),
});

export const createUiSlice: Slice<UiSlice> = (set) => ({
  language: 'zh',
  panelTab: 'list',
  notice: null,
  setLanguage: (language) => set({ language }),
  setPanelTab: (panelTab) => set({ panelTab }),
  showNotice: (notice) => set({ notice }),
  dismissNotice: () => set({ notice: null }),
});
