import { afterFirstDraw } from '../app/after-first-draw';

/**
 * The offline app's entry in the main bundle: only this. Once the map has drawn, the service worker is
 * registered and the update prompt mounted, both from a chunk loaded then (src/pwa/pwa-main.tsx).
 */
export function startOfflineSupportLater(): () => void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return () => {};
  return afterFirstDraw(() => void import('./pwa-main').then((m) => m.start()));
}
