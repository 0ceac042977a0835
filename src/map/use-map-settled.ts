import { useEffect, useState } from 'react';
import type { Map as MaplibreMap } from 'maplibre-gl';

/**
 * True once the map has drawn its style and tiles for the first time (its first 'idle'), or after `fallbackMs`
 * if it never settles (a basemap that keeps loading). The deck overlay waits for it before it draws anything.
 *
 * Why: on software WebGL (SwiftShader, machines without a GPU) deck's first frame is heavy — its GPU programs
 * compile and the text atlas is uploaded — and drawn while the map was still laying out its own labels it pushed
 * the map's last frame back by seconds. Drawn after the map has settled, the first complete view (map + symbols
 * + labels) came about a third sooner (A/B in docs/performance.md).
 */
export function useMapSettled(map: MaplibreMap | null, fallbackMs = 10_000): boolean {
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    if (!map || settled) return;
    if (map.loaded() && !map.isMoving()) {
      setSettled(true);
      return;
    }
    const done = () => setSettled(true);
    map.once('idle', done);
    const fallback = window.setTimeout(done, fallbackMs);
    return () => {
      map.off('idle', done);
      window.clearTimeout(fallback);
    };
  }, [map, settled, fallbackMs]);
  return settled;
}
