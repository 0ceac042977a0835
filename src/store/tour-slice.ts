import type { StateCreator } from 'zustand';
import type { BilingualText, Tour, TourStop } from '../schema';
import type { AppState } from './slices';

/**
 * The presentation tour: the tour being built or played (also carried by the link), and where playing is.
 * Stops are plain data (a map state plus a caption); going to a stop puts its state into the other slices
 * and asks the map to fly there.
 */
export interface TourSlice {
  tour: Tour | null;
  /** Kiosk link: play looping, no editing, come back to the tour after this many idle seconds. Null = not a kiosk. */
  tourKioskIdleSec: number | null;
  /** Null when not playing. `auto`: advancing on its own every `tour.autoAdvanceSec` seconds. */
  tourPlay: { index: number; auto: boolean } | null;
  tourEditorOpen: boolean;
  setTour: (tour: Tour | null, kioskIdleSec?: number | null) => void;
  /** Adds the current view (camera, layers, filters, selection) as the last stop. */
  addTourStop: (caption: BilingualText) => void;
  /** Replaces stop `index`'s map state with what is on screen now (caption kept). */
  recaptureTourStop: (index: number) => void;
  updateTourStop: (index: number, patch: Partial<TourStop>) => void;
  setTourStops: (stops: TourStop[]) => void;
  removeTourStop: (index: number) => void;
  setTourMeta: (patch: Partial<Pick<Tour, 'title' | 'autoAdvanceSec'>>) => void;
  setTourEditorOpen: (open: boolean) => void;
  /** Starts playing at `index` (0 by default) and goes there. */
  playTour: (index?: number, auto?: boolean) => void;
  goToTourStop: (index: number) => void;
  setTourAuto: (auto: boolean) => void;
  stopTour: () => void;
}

type Slice<T> = StateCreator<AppState, [], [], T>;

export const EMPTY_TOUR_TITLE: BilingualText = { zh: '', en: '' };

export function stopOf(s: AppState, caption: BilingualText): TourStop {
  return {
    caption,
    view: { ...s.view },
    layers: { ...s.layers },
    heat: { ...s.heat },
    choropleth: { ...s.choropleth },
    filters: { ...s.filters },
    selection: s.selection,
  };
}

/** The store change that shows a stop: its map state, and a fly request so the camera moves smoothly there. */
export function showStop(s: AppState, stop: TourStop): Partial<AppState> {
  return {
    view: { ...stop.view },
    viewOrigin: 'app',
    flyRequest: s.flyRequest + 1,
    layers: { ...stop.layers },
    heat: { ...stop.heat },
    choropleth: { ...stop.choropleth },
    filters: { ...stop.filters },
    selection: stop.selection,
    ...(stop.selection ? { panelTab: 'details' as const } : {}),
  };
}

const withStops = (s: AppState, stops: TourStop[]): Partial<AppState> => ({
  tour: stops.length ? { ...(s.tour ?? { title: EMPTY_TOUR_TITLE, autoAdvanceSec: null }), stops } : null,
});

export const createTourSlice: Slice<TourSlice> = (set) => ({
  tour: null,
  tourKioskIdleSec: null,
  tourPlay: null,
  tourEditorOpen: false,
  setTour: (tour, kioskIdleSec = null) => set({ tour, tourKioskIdleSec: tour ? kioskIdleSec : null, tourPlay: null }),
  addTourStop: (caption) => set((s) => withStops(s, [...(s.tour?.stops ?? []), stopOf(s, caption)])),
  recaptureTourStop: (index) =>
    set((s) => {
      const stop = s.tour?.stops[index];
      if (!stop) return s;
      return withStops(s, s.tour!.stops.map((x, i) => (i === index ? stopOf(s, stop.caption) : x)));
    }),
  updateTourStop: (index, patch) =>
    set((s) => (s.tour?.stops[index] ? withStops(s, s.tour.stops.map((x, i) => (i === index ? { ...x, ...patch } : x))) : s)),
  setTourStops: (stops) => set((s) => withStops(s, stops)),
  removeTourStop: (index) => set((s) => withStops(s, (s.tour?.stops ?? []).filter((_, i) => i !== index))),
  setTourMeta: (patch) => set((s) => (s.tour ? { tour: { ...s.tour, ...patch } } : s)),
  setTourEditorOpen: (tourEditorOpen) => set({ tourEditorOpen }),
  playTour: (index = 0, auto) =>
    set((s) => {
      const stop = s.tour?.stops[index];
      if (!stop) return s;
      const play = { index, auto: auto ?? (s.tour!.autoAdvanceSec !== null || s.tourKioskIdleSec !== null) };
      return { ...showStop(s, stop), tourPlay: play, tourEditorOpen: false };
    }),
  goToTourStop: (index) =>
    set((s) => {
      const stop = s.tour?.stops[index];
      if (!stop || !s.tourPlay) return s;
      return { ...showStop(s, stop), tourPlay: { ...s.tourPlay, index } };
    }),
  setTourAuto: (auto) => set((s) => (s.tourPlay ? { tourPlay: { ...s.tourPlay, auto } } : s)),
  stopTour: () => set({ tourPlay: null }),
});
