/// <reference types="vite-plugin-pwa/client" />
import { registerSW } from 'virtual:pwa-register';
import { setPwaState } from './pwa-state';

/** Registers the service worker (loaded on demand after the map's first draw: see UpdatePrompt). */
export function register(): void {
  const updateSW = registerSW({
    immediate: true,
    onNeedRefresh: () => setPwaState({ update: () => void updateSW(true) }),
    onOfflineReady: () => setPwaState({ offlineReady: true }),
    // A browser or policy that refuses service workers still runs the map online: nothing to tell the user.
    onRegisterError: () => {},
  });
}
