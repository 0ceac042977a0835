import type { Map as MaplibreMap } from 'maplibre-gl';
import type { MapboxOverlay } from '@deck.gl/mapbox';

/** A page that keeps losing its GPU context stops rebuilding after this many tries rather than looping. */
const MAX_REBUILDS = 20;

export interface DeckRecoveryOptions {
  /** The overlay now on the map. */
  current: () => MapboxOverlay;
  /** A fresh overlay with the same props (callbacks); its layers are set by `replaced`. */
  create: () => MapboxOverlay;
  /** Called with the new overlay once it is on the map: give it the layers again. */
  replaced: (overlay: MapboxOverlay) => void;
}

/**
 * Brings the deck.gl overlay back after its WebGL context is lost (GPU reset, driver update, too many contexts,
 * a laptop switching graphics cards). MapLibre restores its own canvas; deck.gl 9.4 cannot draw into a restored
 * context ("object does not belong to this context"), so the overlay is dropped and a new one, with a new canvas
 * and context, takes its place. Layers are a pure function of the store, so giving the new overlay the same
 * layers redraws everything as it was; the selection and filters live in the store and are untouched.
 *
 * Context events do not bubble: one capture listener on the map's container hears the deck canvas, whichever
 * overlay currently owns it. Returns a function that stops listening.
 */
export function recoverDeckOnContextLoss(map: MaplibreMap, options: DeckRecoveryOptions): () => void {
  const container = map.getContainer();
  let rebuilds = 0;
  const onLost = (event: Event) => {
    // The base map's own canvas recovers by itself.
    if (!(event.target instanceof HTMLCanvasElement) || event.target === map.getCanvas()) return;
    if (event.target !== options.current().getCanvas() || rebuilds >= MAX_REBUILDS) return;
    rebuilds++;
    map.removeControl(options.current());
    const next = options.create();
    map.addControl(next);
    options.replaced(next);
  };
  container.addEventListener('webglcontextlost', onLost, true);
  return () => container.removeEventListener('webglcontextlost', onLost, true);
}
