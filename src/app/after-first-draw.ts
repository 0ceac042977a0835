import { appStore } from '../store';
import { onIdle } from './idle';

/**
 * Runs `fn` once the map has drawn its default layers, at the browser's next idle moment — or after
 * `fallbackMs` if the map never draws (no WebGL, a failed load). Work that can wait (the search dictionary,
 * restoring saved imports) then never competes with the first map draw, which on a slow machine is bound by
 * the GPU process as much as by the page. Returns a cancel function.
 */
export function afterFirstDraw(fn: () => void, fallbackMs = 30_000): () => void {
  let cancelIdle: (() => void) | null = null;
  let unsubscribe = () => {};
  const run = () => {
    if (cancelIdle) return;
    unsubscribe();
    window.clearTimeout(fallback);
    cancelIdle = onIdle(fn, 2000);
  };
  const fallback = window.setTimeout(run, fallbackMs);
  // A map that cannot start (no WebGL) will never draw: nothing to wait for.
  const done = (s: { mapDrawn: boolean; mapFault: unknown }) => s.mapDrawn || s.mapFault !== null;
  if (done(appStore.getState())) run();
  else unsubscribe = appStore.subscribe((s) => done(s) && run());
  return () => {
    unsubscribe();
    window.clearTimeout(fallback);
    // Once scheduled, `run` is never called again: mark it so, then cancel the idle callback.
    const cancel = cancelIdle;
    cancelIdle = () => {};
    cancel?.();
  };
}
