/**
 * Fills the context sources (town seats, community names) once the map has drawn its first frame: the names
 * show only from zoom 10, so they never hold up the first draw, and they are fetched from the app's own origin.
 */
import { useEffect } from 'react';
import type { GeoJSONSource, Map as MaplibreMap } from 'maplibre-gl';
import { afterFirstDraw } from '../app/after-first-draw';
import { loadContextGeo } from '../data/geo';
import { SOURCE_IDS } from '../layers/ids';

export function useContextData(map: MaplibreMap | null): void {
  useEffect(() => {
    if (!map) return;
    let live = true;
    const cancel = afterFirstDraw(() => {
      loadContextGeo().then(
        (context) => {
          if (!live) return;
          (map.getSource(SOURCE_IDS.towns) as GeoJSONSource | undefined)?.setData(context.towns);
          (map.getSource(SOURCE_IDS.communities) as GeoJSONSource | undefined)?.setData(context.communities);
        },
        // The context names are an aid, not data: without them the map still works.
        (error: unknown) => console.warn('context names not loaded:', error),
      );
    });
    return () => {
      live = false;
      cancel();
    };
  }, [map]);
}
