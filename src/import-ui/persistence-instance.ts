import { hydrateDatasets } from '../import/datasets';
import { createIdbPersistence, type DatasetPersistence } from '../import/persistence';
import { appStore } from '../store';

/** The app's one IndexedDB-backed dataset store. */
export const persistence: DatasetPersistence = createIdbPersistence();

let hydrated: Promise<number> | null = null;

/** Loads saved datasets into the app store once per page load (idempotent). */
export function hydrateImportedData(): Promise<number> {
  hydrated ??= hydrateDatasets(appStore, persistence);
  return hydrated;
}
