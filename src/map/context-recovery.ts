import type { Map as MaplibreMap } from 'maplibre-gl';
import type { MapboxOverlay } from '@deck.gl/mapbox';

/** A page that keeps losing its GPU context stops rebuilding after this many tries rather than looping. */
const MAX_REBUILDS = 20;

export interface ContextRecoveryOptions {
  /** The overlay now on the map. */
  current: () => MapboxOverlay;
  /** A fresh overlay with the same props (callbacks); its layers are set by `replaced`. */
  create: () => MapboxOverlay;
  /** Called with the new overlay once it is on the map: give it the layers again. */
  replaced: (overlay: MapboxOverlay) => void;
  /** The base map has its style back after its own context returned: re-apply anything skipped meanwhile. */
  restored: () => void;
}

export interface ContextRecovery {
  /**
   * True while the base map's context is lost: MapLibre has dropped its style until the context returns, so
   * nothing may query or change style layers, and the deck overlay may be waiting to be rebuilt.
   */
  busy: () => boolean;
  stop: () => void;
}

/**
 * Brings both canvases back after their WebGL contexts are lost (GPU reset, driver update, too many contexts, a
 * laptop switching graphics cards).
 *
 * MapLibre restores its own canvas: it drops its style on loss and reloads a snapshot of it on restore. deck.gl
 * 9.4 cannot draw into a restored context ("object does not belong to this context"), so its overlay is removed
 * and a new one — new canvas, new context — takes its place, as soon as the base map has a style to read the
 * projection from. Layers are a pure function of the store, so giving the new overlay the same layers redraws
 * everything as it was; selection and filters live in the store and are untouched.
 *
 * Context events do not bubble: one capture listener on the map's container hears the deck canvas, whichever
 * overlay currently owns it.
 */
export function recoverFromContextLoss(map: MaplibreMap, options: ContextRecoveryOptions): ContextRecovery {
  const container = map.getContainer();
  let rebuilds = 0;
  let mapLost = false;
  let deckWaiting = false;

  const addDeck = () => {
    deckWaiting = false;
    const next = options.create();
    map.addControl(next);
    options.replaced(next);
  };
  const onDeckLost = (event: Event) => {
    if (!(event.target instanceof HTMLCanvasElement) || event.target === map.getCanvas()) return;
    if (event.target !== options.current().getCanvas() || rebuilds >= MAX_REBUILDS) return;
    rebuilds++;
    map.removeControl(options.current());
    if (mapLost) deckWaiting = true;
    else addDeck();
  };
  const onMapLost = () => {
    mapLost = true;
  };
  const onMapRestored = () => {
    map.once('style.load', () => {
      mapLost = false;
      if (deckWaiting) addDeck();
      options.restored();
    });
  };
  container.addEventListener('webglcontextlost', onDeckLost, true);
  map.on('webglcontextlost', onMapLost);
  map.on('webglcontextrestored', onMapRestored);
  return {
    busy: () => mapLost,
    stop: () => {
      container.removeEventListener('webglcontextlost', onDeckLost, true);
      map.off('webglcontextlost', onMapLost);
      map.off('webglcontextrestored', onMapRestored);
    },
  };
}
