import type { StateCreator } from 'zustand';
import type { StoredSite } from '../schema';
import type { AppState } from './slices';

/** What an undo restores: the park's site before a change (null = it had none in the user's register). */
export interface SiteUndo {
  parkId: string;
  before: StoredSite | null;
}

/**
 * The placement editor's state: which park is being placed (null = the editor is closed) and the session's undo
 * steps. The sites themselves live in the imports slice as 'sites' datasets (stored in IndexedDB).
 */
export interface SitesSlice {
  siteEditor: { parkId: string } | null;
  siteUndo: SiteUndo[];
  openSiteEditor: (parkId: string) => void;
  closeSiteEditor: () => void;
  pushSiteUndo: (step: SiteUndo) => void;
  popSiteUndo: () => SiteUndo | null;
}

export const createSitesSlice: StateCreator<AppState, [], [], SitesSlice> = (set, get) => ({
  siteEditor: null,
  siteUndo: [],
  openSiteEditor: (parkId) => set({ siteEditor: { parkId } }),
  closeSiteEditor: () => set({ siteEditor: null }),
  pushSiteUndo: (step) => set((s) => ({ siteUndo: [...s.siteUndo.slice(-19), step] })),
  popSiteUndo: () => {
    const steps = get().siteUndo;
    const step = steps[steps.length - 1] ?? null;
    if (step) set({ siteUndo: steps.slice(0, -1) });
    return step;
  },
});
