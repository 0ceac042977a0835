import { createStore, del, entries, set, type UseStore } from 'idb-keyval';
import type { ImportedDataset } from '../schema';

/**
 * Where imported datasets live between visits. IndexedDB through idb-keyval (a ~600-byte wrapper):
 * one key per dataset, so removing one never rewrites the others. An in-memory variant serves tests.
 */
export interface DatasetPersistence {
  list(): Promise<{ datasets: ImportedDataset[]; dropped: number }>;
  put(dataset: ImportedDataset): Promise<void>;
  remove(id: string): Promise<void>;
}

const DB_NAME = 'wuxi-map-imports';
const STORE_NAME = 'datasets';

/**
 * Stored data is re-validated on load: a corrupt or outdated record is dropped (and counted), never trusted.
 * The schema (zod) is loaded only when something is stored: a first visit never downloads or runs it.
 */
async function validate(values: unknown[]) {
  const datasets: ImportedDataset[] = [];
  let dropped = 0;
  if (values.length === 0) return { datasets, dropped };
  const { ImportedDatasetSchema } = await import('../schema');
  for (const v of values) {
    const parsed = ImportedDatasetSchema.safeParse(v);
    if (parsed.success) datasets.push(parsed.data);
    else dropped += 1;
  }
  datasets.sort((a, b) => a.meta.imported_at.localeCompare(b.meta.imported_at));
  return { datasets, dropped };
}

export function createIdbPersistence(): DatasetPersistence {
  let store: UseStore | null = null;
  const db = () => (store ??= createStore(DB_NAME, STORE_NAME));
  return {
    async list() {
      const all = await entries(db());
      return validate(all.map(([, v]) => v));
    },
    put: (dataset) => set(dataset.meta.id, dataset, db()),
    remove: (id) => del(id, db()),
  };
}

export function createMemoryPersistence(initial: unknown[] = []): DatasetPersistence & { raw: Map<string, unknown> } {
  const raw = new Map<string, unknown>();
  initial.forEach((v, i) => raw.set(String(i), v));
  return {
    raw,
    async list() {
      return validate([...raw.values()].map((v) => structuredClone(v)));
    },
    async put(dataset) {
      raw.set(dataset.meta.id, structuredClone(dataset));
    },
    async remove(id) {
      raw.delete(id);
    },
  };
}
