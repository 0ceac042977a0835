import { useSyncExternalStore } from 'react';

/** What the service worker has told the app: a new version waits, or the app just became usable offline. */
export interface PwaState {
  /** Set when a new version is installed and waiting; calling it switches to it and reloads. */
  update: (() => void) | null;
  offlineReady: boolean;
}

let state: PwaState = { update: null, offlineReady: false };
const listeners = new Set<() => void>();

export function setPwaState(patch: Partial<PwaState>): void {
  state = { ...state, ...patch };
  for (const listener of listeners) listener();
}

export function usePwaState(): PwaState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
}
