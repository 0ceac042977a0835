import type { StateCreator } from 'zustand';
import type { AppState } from './slices';

/**
 * Why the map is not shown, when it is not: the browser has no WebGL2 ('no-webgl'), or the map failed to start
 * for another reason ('failed'). The rest of the app works without the map; features that wait for the first map
 * draw (src/app/after-first-draw.ts) stop waiting once this is set.
 */
export type MapFault = 'no-webgl' | 'failed' | null;

export interface MapFaultSlice {
  mapFault: MapFault;
  setMapFault: (fault: Exclude<MapFault, null>) => void;
}

export const createMapFaultSlice: StateCreator<AppState, [], [], MapFaultSlice> = (set) => ({
  mapFault: null,
  setMapFault: (fault) => set((s) => (s.mapFault === fault ? s : { mapFault: fault })),
});
