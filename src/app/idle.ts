/**
 * Runs `fn` at the browser's next idle moment (at most `timeoutMs` later), or after `fallbackMs` where there is
 * no requestIdleCallback. Returns a cancel function.
 */
export function onIdle(fn: () => void, timeoutMs: number, fallbackMs = 0): () => void {
  let cancelled = false;
  const run = () => !cancelled && fn();
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(run, { timeout: timeoutMs });
    return () => {
      cancelled = true;
      window.cancelIdleCallback(id);
    };
  }
  const id = window.setTimeout(run, fallbackMs);
  return () => {
    cancelled = true;
    window.clearTimeout(id);
  };
}
