/** Runs `fn` after the page has loaded and the main thread has a quiet moment (at most ~5 s later). */
export function whenIdle(fn: () => void): () => void {
  let cancelled = false;
  let cancel: (() => void) | null = null;
  const schedule = () => {
    if (cancelled) return;
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(() => !cancelled && fn(), { timeout: 5000 });
      cancel = () => cancelIdleCallback(id);
    } else {
      const id = window.setTimeout(() => !cancelled && fn(), 1000);
      cancel = () => window.clearTimeout(id);
    }
  };
  if (document.readyState === 'complete') schedule();
  else window.addEventListener('load', schedule, { once: true });
  return () => {
    cancelled = true;
    window.removeEventListener('load', schedule);
    cancel?.();
  };
}
