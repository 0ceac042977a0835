import './check-strings';
import { followStorage, hydrateDatasets } from '../import/store/datasets';
import { createIdbPersistence, type DatasetPersistence } from '../import/store/persistence';
import { appStore } from '../store';

/** The app's one IndexedDB-backed dataset store. */
export const persistence: DatasetPersistence = createIdbPersistence();

let hydrated: Promise<number> | null = null;

/** Loads saved datasets into the app store once per page load (idempotent), then follows storage and other tabs. */
export function hydrateImportedData(): Promise<number> {
  if (!hydrated) {
    followStorage(appStore, persistence);
    hydrated = hydrateDatasets(appStore, persistence);
  }
  return hydrated;
}
