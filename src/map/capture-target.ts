/**
 * Where the image export finds the live map: the bridge (MapView) registers its map and overlay here once
 * they exist; src/map/capture.ts (loaded on demand) reads them. Nothing else touches the map through this.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { MapboxOverlay } from '@deck.gl/mapbox';

export interface CaptureTarget {
  map: MaplibreMap;
  overlay: MapboxOverlay;
}

let target: CaptureTarget | null = null;

export function registerCaptureTarget(next: CaptureTarget): () => void {
  target = next;
  return () => {
    if (target === next) target = null;
  };
}

export function captureTarget(): CaptureTarget | null {
  return target;
}
