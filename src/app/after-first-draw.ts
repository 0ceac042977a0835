import { appStore } from '../store';

/**
 * Runs `fn` once the map has drawn its default layers, at the browser's next idle moment — or after
 * `fallbackMs` if the map never draws (no WebGL, a failed load). Work that can wait (the search dictionary,
 * restoring saved imports) then never competes with the first map draw, which on a slow machine is bound by
 * the GPU process as much as by the page. Returns a cancel function.
 */
export function afterFirstDraw(fn: () => void, fallbackMs = 8000): () => void {
  let cancelled = false;
  let idleHandle: number | undefined;
  let unsubscribe = () => {};
  const run = () => {
    if (cancelled || idleHandle !== undefined) return;
    unsubscribe();
    window.clearTimeout(fallback);
    idleHandle =
      typeof window.requestIdleCallback === 'function'
        ? window.requestIdleCallback(() => !cancelled && fn(), { timeout: 2000 })
        : window.setTimeout(() => !cancelled && fn(), 0);
  };
  const fallback = window.setTimeout(run, fallbackMs);
  if (appStore.getState().mapDrawn) run();
  else unsubscribe = appStore.subscribe((s) => s.mapDrawn && run());
  return () => {
    cancelled = true;
    unsubscribe();
    window.clearTimeout(fallback);
    if (idleHandle !== undefined) (window.cancelIdleCallback ?? window.clearTimeout)(idleHandle);
  };
}
