/**
 * Map markers the park badges keep clear of: the airports, from the zoom their layer starts. Read once the map has
 * drawn (the context file loads then anyway, src/map/context-overlay.ts), through the same lazy modules, so nothing
 * is added to the first frame or the initial JavaScript.
 */
import { useEffect, useState } from 'react';
import type { LonLat } from '../domain/allocation';

export type MapObstacle = { at: LonLat; minZoom: number };

export function useMapObstacles(mapDrawn: boolean): readonly MapObstacle[] {
  const [obstacles, setObstacles] = useState<readonly MapObstacle[]>([]);
  useEffect(() => {
    if (!mapDrawn) return;
    let live = true;
    Promise.all([import('../data/context-geo'), import('../layers/context-layers')])
      .then(async ([{ loadContextGeo }, { CONTEXT_LAYERS }]) => {
        const { airports } = await loadContextGeo();
        if (!live) return;
        setObstacles(
          airports.features.map((f) => ({
            at: [f.geometry.coordinates[0]!, f.geometry.coordinates[1]!] as const,
            minZoom: CONTEXT_LAYERS.airports.minzoom,
          })),
        );
      })
      // Without the context file there is no airport marker to keep clear of.
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [mapDrawn]);
  return obstacles;
}
