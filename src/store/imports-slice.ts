import type { StateCreator } from 'zustand';
import type { BoardId, ImportedDataset, ProjectStage } from '../schema';
import type { AppState } from './slices';

/** Filters that only imported projects have (stage, date); industry/board filters are the shared ones. */
export interface ProjectFilters {
  stages: ProjectStage[];
  /** Inclusive 'YYYY' | 'YYYY-MM' | 'YYYY-MM-DD' bounds; null = open. */
  dateFrom: string | null;
  dateTo: string | null;
}

export const DEFAULT_PROJECT_FILTERS: Readonly<ProjectFilters> = { stages: [], dateFrom: null, dateTo: null };

/**
 * Imported datasets as plain data (metadata + rows), apart from the official data. Adding replaces nothing:
 * a dataset is appended whole after the user confirms, and removed whole; a failed or cancelled import never
 * reaches this slice. Persistence (IndexedDB) is done by src/import/store/datasets.ts before calling these actions.
 */
export interface ImportsSlice {
  importedDatasets: ImportedDataset[];
  /** Hidden datasets stay stored but leave the map and the counts. */
  hiddenDatasets: string[];
  projectFilters: ProjectFilters;
  /**
   * 'loading' until the stored datasets have been read at start-up; 'unavailable' when browser storage cannot be
   * used (imports then live for the session only); 'lost' when storage was deleted under us (e.g. in another tab):
   * what is shown is no longer saved.
   */
  importsStatus: 'loading' | 'ready' | 'unavailable' | 'lost';
  /**
   * Set once the user opens the import (never cleared): the map then declares its project layers, empty, so
   * their GPU programs are ready before the first imported frame (src/layers/imported-layers.ts).
   */
  importLayersPrepared: boolean;
  prepareImportLayers: () => void;
  addImportedDataset: (dataset: ImportedDataset) => void;
  removeImportedDataset: (id: string) => void;
  setImportedDatasets: (datasets: ImportedDataset[], status?: ImportsSlice['importsStatus']) => void;
  toggleDatasetHidden: (id: string) => void;
  setProjectFilters: (patch: Partial<ProjectFilters>) => void;
}

type Slice<T> = StateCreator<AppState, [], [], T>;

export const createImportsSlice: Slice<ImportsSlice> = (set) => ({
  importedDatasets: [],
  hiddenDatasets: [],
  projectFilters: { ...DEFAULT_PROJECT_FILTERS },
  importsStatus: 'loading',
  importLayersPrepared: false,
  prepareImportLayers: () => set((s) => (s.importLayersPrepared ? s : { importLayersPrepared: true })),
  addImportedDataset: (dataset) =>
    set((s) => ({ importedDatasets: [...s.importedDatasets.filter((d) => d.meta.id !== dataset.meta.id), dataset] })),
  removeImportedDataset: (id) =>
    set((s) => ({
      importedDatasets: s.importedDatasets.filter((d) => d.meta.id !== id),
      hiddenDatasets: s.hiddenDatasets.filter((h) => h !== id),
      // A selected project/zone of the removed dataset would leave an empty panel: clear it.
      ...((s.selection?.kind === 'project' || s.selection?.kind === 'zone') && s.selection.id.startsWith(`${id}:`)
        ? { selection: null }
        : {}),
    })),
  setImportedDatasets: (datasets, status = 'ready') => set({ importedDatasets: [...datasets], importsStatus: status }),
  toggleDatasetHidden: (id) =>
    set((s) => ({ hiddenDatasets: s.hiddenDatasets.includes(id) ? s.hiddenDatasets.filter((h) => h !== id) : [...s.hiddenDatasets, id] })),
  setProjectFilters: (patch) => set((s) => ({ projectFilters: { ...s.projectFilters, ...patch } })),
});

export type { BoardId };
