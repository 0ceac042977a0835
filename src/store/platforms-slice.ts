import type { StateCreator } from 'zustand';
import type { PlatformKind } from '../schema/platform-constants';
import type { AppState } from './slices';

/** The innovation-platform layer: shown or not, and which kinds of platform (empty = every kind). */
export interface PlatformsSlice {
  platformsVisible: boolean;
  platformKinds: PlatformKind[];
  setPlatformsVisible: (visible: boolean) => void;
  togglePlatformKind: (kind: PlatformKind) => void;
  setPlatformKinds: (kinds: PlatformKind[]) => void;
}

export const DEFAULT_PLATFORMS_VISIBLE = true;

export const createPlatformsSlice: StateCreator<AppState, [], [], PlatformsSlice> = (set) => ({
  platformsVisible: DEFAULT_PLATFORMS_VISIBLE,
  platformKinds: [],
  setPlatformsVisible: (platformsVisible) => set({ platformsVisible }),
  togglePlatformKind: (kind) =>
    set((s) => ({ platformKinds: s.platformKinds.includes(kind) ? s.platformKinds.filter((k) => k !== kind) : [...s.platformKinds, kind] })),
  setPlatformKinds: (kinds) => set({ platformKinds: [...kinds] }),
});
