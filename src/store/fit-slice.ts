import type { StateCreator } from 'zustand';
import type { AppState } from './slices';

/** A lon/lat box: [[west, south], [east, north]]. */
export type FitBox = [[number, number], [number, number]];

/**
 * "Show me this area": a request the map answers by fitting the box to the screen (e.g. "zoom to my data").
 * Like flyRequest, a bumped counter so the same box can be asked for twice; the map writes the view back itself.
 */
export interface FitSlice {
  fitRequest: { box: FitBox; n: number } | null;
  fitBounds: (box: FitBox) => void;
}

export const createFitSlice: StateCreator<AppState, [], [], FitSlice> = (set) => ({
  fitRequest: null,
  fitBounds: (box) => set((s) => ({ fitRequest: { box, n: (s.fitRequest?.n ?? 0) + 1 }, viewOrigin: 'app' })),
});
