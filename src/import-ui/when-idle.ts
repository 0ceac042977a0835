import { onIdle } from '../app/idle';

/** Runs `fn` after the page has loaded and the main thread has a quiet moment (at most ~5 s later). */
export function whenIdle(fn: () => void): () => void {
  let cancelIdle: (() => void) | null = null;
  const schedule = () => {
    cancelIdle ??= onIdle(fn, 5000, 1000);
  };
  if (document.readyState === 'complete') schedule();
  else window.addEventListener('load', schedule, { once: true });
  return () => {
    window.removeEventListener('load', schedule);
    // A cancelled wait must not schedule later either.
    const cancel = cancelIdle;
    cancelIdle = () => {};
    cancel?.();
  };
}
