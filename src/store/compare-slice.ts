import type { StateCreator } from 'zustand';
import type { AppState } from './slices';

export type CompareKind = 'park' | 'board';
export const MAX_COMPARE = 4;

export interface CompareSet {
  kind: CompareKind;
  ids: string[];
}

/** Parks or boards picked for a side-by-side comparison (2–4 of one kind), and whether the comparison is open. */
export interface CompareSlice {
  compare: CompareSet;
  compareOpen: boolean;
  /** Adds an item; an item of the other kind starts a new comparison; a full set ignores more. */
  addToCompare: (kind: CompareKind, id: string) => void;
  removeFromCompare: (id: string) => void;
  clearCompare: () => void;
  setCompareOpen: (open: boolean) => void;
}

type Slice<T> = StateCreator<AppState, [], [], T>;

export function addedTo(set: CompareSet, kind: CompareKind, id: string): CompareSet {
  if (set.kind !== kind) return { kind, ids: [id] };
  if (set.ids.includes(id) || set.ids.length >= MAX_COMPARE) return set;
  return { kind, ids: [...set.ids, id] };
}

export const createCompareSlice: Slice<CompareSlice> = (set) => ({
  compare: { kind: 'park', ids: [] },
  compareOpen: false,
  addToCompare: (kind, id) => set((s) => ({ compare: addedTo(s.compare, kind, id) })),
  removeFromCompare: (id) => set((s) => ({ compare: { ...s.compare, ids: s.compare.ids.filter((x) => x !== id) } })),
  clearCompare: () => set((s) => ({ compare: { kind: s.compare.kind, ids: [] }, compareOpen: false })),
  setCompareOpen: (compareOpen) => set({ compareOpen }),
});
