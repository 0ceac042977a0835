/**
 * Town seats and community names (from zoom 10 and 12) join the map once it has drawn its first frame: they
 * never hold up the first draw, their code and data arrive by a dynamic import and a fetch from the app's origin.
 */
import { useEffect, useRef } from 'react';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { afterFirstDraw } from '../app/after-first-draw';
import { appStore, type Language } from '../store';

type Overlay = typeof import('./context-overlay');
/** Names are no use on a map that has not drawn: wait for the first draw far longer than afterFirstDraw's default. */
const NEVER_BEFORE_FIRST_DRAW_MS = 120_000;

export function useContextData(map: MaplibreMap | null, language: Language): void {
  const overlay = useRef<Overlay | null>(null);
  useEffect(() => {
    if (!map) return;
    let live = true;
    const cancel = afterFirstDraw(() => {
      import('./context-overlay')
        .then(async (m) => {
          if (!live) return;
          await m.addContextOverlay(map, () => appStore.getState().language);
          overlay.current = m;
        })
        // The names are an aid, not data: without them the map still works.
        .catch((error: unknown) => console.warn('context names not loaded:', error));
    }, NEVER_BEFORE_FIRST_DRAW_MS);
    return () => {
      live = false;
      cancel();
    };
  }, [map]);
  useEffect(() => {
    if (map && overlay.current) overlay.current.setContextLanguage(map, language);
  }, [map, language]);
}
