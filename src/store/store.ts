import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import {
  createFilterSlice,
  createLayersSlice,
  createSelectionSlice,
  createUiSlice,
  createViewSlice,
  type AppState,
} from './slices';
import { createImportsSlice } from './imports-slice';
import { createMapFaultSlice } from './map-fault-slice';
import { createSitesSlice } from './sites-slice';
import { createMapFocusSlice } from './map-focus-slice';
import { createFitSlice } from './fit-slice';
import { createTourSlice } from './tour-slice';
import { createPrintSlice } from './print-slice';
import { createCompareSlice } from './compare-slice';
import { createItinerarySlice } from './itinerary-slice';
import { createPlannerSlice } from './planner-slice';
import { createPlatformsSlice } from './platforms-slice';
import { createTimelineSlice } from './timeline-slice';

/** A fresh store; tests build their own, the app uses `appStore`. */
export function createAppStore(initial?: Partial<AppState>) {
  return createStore<AppState>()((...a) => ({
    ...createViewSlice(...a),
    ...createLayersSlice(...a),
    ...createFilterSlice(...a),
    ...createSelectionSlice(...a),
    ...createUiSlice(...a),
    ...createImportsSlice(...a),
    ...createMapFaultSlice(...a),
    ...createSitesSlice(...a),
    ...createMapFocusSlice(...a),
    ...createFitSlice(...a),
    ...createTourSlice(...a),
    ...createPrintSlice(...a),
    ...createCompareSlice(...a),
    ...createItinerarySlice(...a),
    ...createPlannerSlice(...a),
    ...createPlatformsSlice(...a),
    ...createTimelineSlice(...a),
    ...initial,
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;

export const appStore = createAppStore();

export function useAppState<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}
