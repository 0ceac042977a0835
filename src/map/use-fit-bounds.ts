/** Answers the store's fit requests ("zoom to my data") by fitting the box on the map, with room for the panels. */
import { useEffect } from 'react';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { appStore } from '../store';
import { PHONE_FIT_PADDING } from '../layers/bounds';

const DESKTOP_PADDING = 60;
/** A single record (or a tight cluster) is shown at street scale, not at the map's maximum zoom. */
const MAX_FIT_ZOOM = 14;

export function useFitBounds(map: MaplibreMap | null, phoneQuery: string): void {
  useEffect(() => {
    if (!map) return;
    return appStore.subscribe((state, previous) => {
      const request = state.fitRequest;
      if (!request || request === previous.fitRequest) return;
      const padding = window.matchMedia(phoneQuery).matches ? PHONE_FIT_PADDING : DESKTOP_PADDING;
      map.fitBounds(request.box, { padding, maxZoom: MAX_FIT_ZOOM, duration: 600 });
    });
  }, [map, phoneQuery]);
}
