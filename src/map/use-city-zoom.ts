/**
 * The camera's zoom, rounded to a quarter, and the visible box while parks are collapsed into badges (below
 * EXPAND_GROUPS_ZOOM), else null: names and badges are placed for them (src/layers/city-placement.ts). Read from
 * the map itself, so the first layers already see the zoom a phone's fitted start has (the store's view is written
 * only after a move).
 */
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { EXPAND_GROUPS_ZOOM } from '../layers/park-groups';

export interface CityView {
  zoom: number;
  /** [west, south, east, north] */
  view: [number, number, number, number];
}

/** A string snapshot, so React re-renders only when the placement's inputs change (not on every event). */
function snapshotOf(map: MaplibreMap | null): string {
  if (!map) return '';
  const zoom = map.getZoom();
  if (zoom >= EXPAND_GROUPS_ZOOM) return '';
  const b = map.getBounds();
  return [Math.round(zoom * 4) / 4, b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map((v, i) => (i === 0 ? v : v.toFixed(3))).join('|');
}

export function useCityZoom(map: MaplibreMap | null): CityView | null {
  const subscribe = useCallback(
    (changed: () => void) => {
      if (!map) return () => {};
      // Not 'zoom'/'move': mid-animation placements would rebuild the layers on every frame of a fly-to. A resize
      // (the phone's fitted start settles after the layout) changes the view without a moveend.
      const events = ['moveend', 'resize'] as const;
      for (const e of events) map.on(e, changed);
      return () => {
        for (const e of events) map.off(e, changed);
      };
    },
    [map],
  );
  const key = useSyncExternalStore(subscribe, () => snapshotOf(map));
  return useMemo(() => {
    if (!key) return null;
    const [zoom, w, s, e, n] = key.split('|').map(Number) as [number, number, number, number, number];
    return { zoom, view: [w, s, e, n] };
  }, [key]);
}
