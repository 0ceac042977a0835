import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { ImportKind } from '../schema';

/**
 * Ephemeral UI state of the import dialog. Kept out of the app store on purpose: a File is not plain data,
 * nothing here belongs in the URL, and the app store must only ever see committed datasets.
 */
interface ImportUiState {
  dialog: 'closed' | 'import' | 'mydata';
  file: File | null;
  kind: ImportKind | null;
}

export const importUiStore = createStore<ImportUiState>()(() => ({ dialog: 'closed', file: null, kind: null }));
export const useImportUi = <T,>(selector: (s: ImportUiState) => T) => useStore(importUiStore, selector);

/** Opens the import dialog, optionally with a file already chosen (drag-and-drop) and a kind. */
export function openImport(file?: File | null, kind?: ImportKind) {
  importUiStore.setState({ dialog: 'import', file: file ?? null, kind: kind ?? importUiStore.getState().kind });
}

/** Opens "My data" as a dialog (for hosts that do not give it a panel of its own). */
export function openMyData() {
  importUiStore.setState({ dialog: 'mydata', file: null });
}

export function closeImportUi() {
  importUiStore.setState({ dialog: 'closed', file: null });
}
