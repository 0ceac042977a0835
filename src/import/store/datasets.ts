import type { ImportedDataset } from '../../schema';
import type { AppStore } from '../../store';
import { StorageUnavailableError, type DatasetPersistence } from './persistence';

/** Where a committed dataset lives: in browser storage, or only in this page (storage unavailable or lost). */
export type CommitOutcome = 'saved' | 'session';

const storageUsable = (store: AppStore) => {
  const status = store.getState().importsStatus;
  return status !== 'unavailable' && status !== 'lost';
};

/** Marks storage as unusable (keeping every dataset shown) after a failure that says so. */
function noteUnavailable(store: AppStore, e: StorageUnavailableError) {
  const state = store.getState();
  if (state.importsStatus !== 'lost') state.setImportedDatasets(state.importedDatasets, e.reason);
}

/**
 * The only ways imported data enters or leaves the app. Storage is written first and the store second, so a
 * failed write leaves both unchanged; the store action appends/removes one whole dataset. When browser storage
 * cannot be used at all, the dataset is kept for the session ('session': the UI says it is not saved).
 */
export async function commitDataset(store: AppStore, persistence: DatasetPersistence, dataset: ImportedDataset): Promise<CommitOutcome> {
  if (storageUsable(store)) {
    try {
      await persistence.put(dataset);
      store.getState().addImportedDataset(dataset);
      return 'saved';
    } catch (e) {
      if (!(e instanceof StorageUnavailableError)) throw e;
      noteUnavailable(store, e);
    }
  }
  store.getState().addImportedDataset(dataset);
  return 'session';
}

export async function removeDataset(store: AppStore, persistence: DatasetPersistence, id: string): Promise<void> {
  if (storageUsable(store)) {
    try {
      await persistence.remove(id);
    } catch (e) {
      if (!(e instanceof StorageUnavailableError)) throw e;
      noteUnavailable(store, e); // nothing stored can be removed any more; the page's copy still goes
    }
  }
  store.getState().removeImportedDataset(id);
}

/** Reads stored datasets at start-up. Returns how many stored records were unreadable (dropped). */
export async function hydrateDatasets(store: AppStore, persistence: DatasetPersistence): Promise<number> {
  try {
    const { datasets, dropped } = await persistence.list();
    // Datasets committed while we were reading stay (they are newer than anything stored before).
    const current = store.getState().importedDatasets;
    const ids = new Set(current.map((d) => d.meta.id));
    const status = store.getState().importsStatus;
    store.getState().setImportedDatasets([...datasets.filter((d) => !ids.has(d.meta.id)), ...current], status === 'loading' ? 'ready' : status);
    return dropped;
  } catch (e) {
    store.getState().setImportedDatasets(store.getState().importedDatasets, e instanceof StorageUnavailableError && e.reason === 'lost' ? 'lost' : 'unavailable');
    return 0;
  }
}

/**
 * Keeps the page in step with storage: when the database is deleted elsewhere the page says its data is no
 * longer saved ('lost'); what another tab saves appears here and what it removes disappears. Returns the unsubscribe.
 */
export function followStorage(store: AppStore, persistence: DatasetPersistence): () => void {
  if (!persistence.subscribe) return () => undefined;
  return persistence.subscribe((event) => {
    const state = store.getState();
    if (event.type === 'lost') {
      state.setImportedDatasets(state.importedDatasets, 'lost');
    } else if (event.change === 'remove') {
      state.removeImportedDataset(event.id);
    } else if (state.importsStatus === 'ready' && persistence.get) {
      void persistence.get(event.id).then(
        (dataset) => {
          if (dataset && store.getState().importsStatus === 'ready') store.getState().addImportedDataset(dataset);
        },
        () => undefined,
      );
    }
  });
}
