/**
 * Opt-in local vector basemap: set VITE_BASEMAP_PMTILES at build time (e.g. `./basemap.pmtiles`, a file served
 * next to the app; see docs/basemap.md). Unset — the default — nothing of it is loaded; set, its code arrives by a
 * dynamic import after the map exists, so the initial JS stays the same.
 */
import { useEffect, useRef } from 'react';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { appStore, type Language } from '../store';

const PMTILES_URL = import.meta.env.VITE_BASEMAP_PMTILES as string | undefined;
const ATTRIBUTION = (import.meta.env.VITE_BASEMAP_ATTRIBUTION as string | undefined) ?? '';

/** The configured basemap's attribution line for the sources control, if any. */
export function vectorBasemapAttribution(): string[] {
  return PMTILES_URL && ATTRIBUTION ? [ATTRIBUTION] : [];
}

export function useVectorBasemap(map: MaplibreMap | null, language: Language): void {
  const module = useRef<typeof import('./vector-basemap') | null>(null);
  useEffect(() => {
    if (!map || !PMTILES_URL) return;
    let live = true;
    void import('./vector-basemap')
      .then(async (m) => {
        if (!live) return;
        await m.addVectorBasemap(map, PMTILES_URL, appStore.getState().language, ATTRIBUTION);
        module.current = m;
      })
      .catch((error: unknown) => console.warn('vector basemap not loaded:', error));
    return () => {
      live = false;
    };
  }, [map]);
  useEffect(() => {
    if (map && module.current) module.current.setVectorBasemapLanguage(map, language);
  }, [map, language]);
}
