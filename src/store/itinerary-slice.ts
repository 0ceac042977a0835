import type { StateCreator } from 'zustand';
import type { AppState } from './slices';

export const MAX_STOPS = 12;

/** A delegation's visit plan: park ids in visiting order, and whether its card is open. */
export interface ItinerarySlice {
  itinerary: string[];
  itineraryOpen: boolean;
  addStop: (parkId: string) => void;
  removeStop: (parkId: string) => void;
  /** Moves a stop by `delta` places (−1 = earlier), within the list. */
  moveStop: (parkId: string, delta: number) => void;
  clearItinerary: () => void;
  setItineraryOpen: (open: boolean) => void;
}

type Slice<T> = StateCreator<AppState, [], [], T>;

export function moved(list: readonly string[], id: string, delta: number): string[] {
  const from = list.indexOf(id);
  const to = Math.max(0, Math.min(list.length - 1, from + delta));
  if (from < 0 || from === to) return [...list];
  const next = list.filter((x) => x !== id);
  next.splice(to, 0, id);
  return next;
}

export const createItinerarySlice: Slice<ItinerarySlice> = (set) => ({
  itinerary: [],
  itineraryOpen: false,
  addStop: (id) => set((s) => (s.itinerary.includes(id) || s.itinerary.length >= MAX_STOPS ? s : { itinerary: [...s.itinerary, id] })),
  removeStop: (id) => set((s) => ({ itinerary: s.itinerary.filter((x) => x !== id) })),
  moveStop: (id, delta) => set((s) => ({ itinerary: moved(s.itinerary, id, delta) })),
  clearItinerary: () => set({ itinerary: [], itineraryOpen: false }),
  setItineraryOpen: (itineraryOpen) => set({ itineraryOpen }),
});
