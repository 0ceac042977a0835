import type { ImportedDataset } from '../schema';
import type { AppStore } from '../store';
import type { DatasetPersistence } from './persistence';

/**
 * The only ways imported data enters or leaves the app. Storage is written first and the store second, so a
 * failed write leaves both unchanged; the store action appends/removes one whole dataset.
 */
export async function commitDataset(store: AppStore, persistence: DatasetPersistence, dataset: ImportedDataset): Promise<void> {
  await persistence.put(dataset);
  store.getState().addImportedDataset(dataset);
}

export async function removeDataset(store: AppStore, persistence: DatasetPersistence, id: string): Promise<void> {
  await persistence.remove(id);
  store.getState().removeImportedDataset(id);
}

/** Reads stored datasets at start-up. Returns how many stored records were unreadable (dropped). */
export async function hydrateDatasets(store: AppStore, persistence: DatasetPersistence): Promise<number> {
  try {
    const { datasets, dropped } = await persistence.list();
    // Datasets committed while we were reading stay (they are newer than anything stored before).
    const current = store.getState().importedDatasets;
    const ids = new Set(current.map((d) => d.meta.id));
    store.getState().setImportedDatasets([...datasets.filter((d) => !ids.has(d.meta.id)), ...current], 'ready');
    return dropped;
  } catch {
    store.getState().setImportedDatasets(store.getState().importedDatasets, 'unavailable');
    return 0;
  }
}
