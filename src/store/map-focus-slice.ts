import type { StateCreator } from 'zustand';
import type { AppState } from './slices';

/**
 * What the map shows about a park before it is chosen: the park whose row has keyboard focus in the list (the
 * map shows its tooltip, the keyboard twin of hovering) and the group of parks whose list is open (a badge was
 * clicked). Not in the link: both are moments, not state to share.
 */
export interface MapFocusSlice {
  focusedPark: string | null;
  openGroup: string | null;
  setFocusedPark: (id: string | null) => void;
  setOpenGroup: (key: string | null) => void;
}

type Slice<T> = StateCreator<AppState, [], [], T>;

export const createMapFocusSlice: Slice<MapFocusSlice> = (set) => ({
  focusedPark: null,
  openGroup: null,
  setFocusedPark: (focusedPark) => set((s) => (s.focusedPark === focusedPark ? s : { focusedPark })),
  setOpenGroup: (openGroup) => set((s) => (s.openGroup === openGroup ? s : { openGroup })),
});
