import { createStore, entries, type UseStore } from 'idb-keyval';
import type { ImportedDataset, ImportedProject } from '../schema';
import { CHUNK_ROWS, decodeProjects, encodable, encodeProjects, type ProjectColumns } from './project-columns';

/**
 * Where imported datasets live between visits. IndexedDB through idb-keyval (a ~600-byte wrapper); an
 * in-memory variant with the same record layout serves tests.
 *
 * Record layout: the dataset without its projects under its id, and its projects in chunks of CHUNK_ROWS
 * under `<id>\u0000<n>`, as compact columns (project-columns.ts) when the records have the pipeline's shape.
 * Why: IndexedDB copies a value synchronously inside put(); 100 k project objects in one put blocked the page
 * for ~470 ms. Chunks are written one after another inside ONE transaction (each put issued when the previous
 * one succeeds, so each copy is its own short task) — still all-or-nothing.
 */
export interface DatasetPersistence {
  list(): Promise<{ datasets: ImportedDataset[]; dropped: number }>;
  put(dataset: ImportedDataset): Promise<void>;
  remove(id: string): Promise<void>;
}

const DB_NAME = 'wuxi-map-imports';
const STORE_NAME = 'datasets';
const SEP = '\u0000';

/** A dataset's head record: the dataset with no projects, and how many chunks hold them. */
interface HeadRecord {
  layout: 'chunked-v1';
  dataset: ImportedDataset;
  chunks: number;
}
type ChunkRecord = { columns: ProjectColumns } | { objects: ImportedProject[] };

const chunkKey = (id: string, n: number) => `${id}${SEP}${n}`;
const chunkRange = (id: string) => IDBKeyRange.bound(`${id}${SEP}`, `${id}${SEP}\uffff`);

/** The records of a dataset, produced one at a time (a chunk is encoded only when it is about to be written). */
function* recordsOf(dataset: ImportedDataset): Generator<[string, HeadRecord | ChunkRecord]> {
  const projects = dataset.kind === 'projects' ? dataset.projects : [];
  const chunks = Math.ceil(projects.length / CHUNK_ROWS);
  const head: ImportedDataset = dataset.kind === 'projects' ? { ...dataset, projects: [] } : dataset;
  yield [dataset.meta.id, { layout: 'chunked-v1', dataset: head, chunks }];
  for (let n = 0; n < chunks; n++) {
    const slice = projects.slice(n * CHUNK_ROWS, (n + 1) * CHUNK_ROWS);
    yield [chunkKey(dataset.meta.id, n), encodable(slice) ? { columns: encodeProjects(slice, 0, slice.length, dataset.meta.id) } : { objects: slice }];
  }
}

const isHead = (v: unknown): v is HeadRecord => (v as HeadRecord | null)?.layout === 'chunked-v1';

/** Stored records back to (unvalidated) datasets; a head whose chunks are missing or unreadable is dropped. */
function assemble(all: [IDBValidKey, unknown][]): { values: unknown[]; dropped: number } {
  const byKey = new Map(all.map(([k, v]) => [String(k), v]));
  const values: unknown[] = [];
  let dropped = 0;
  for (const [key, value] of byKey) {
    if (key.includes(SEP)) continue;
    if (!isHead(value)) {
      values.push(value); // a whole dataset in one record (also what older versions wrote)
      continue;
    }
    try {
      const projects: ImportedProject[] = [];
      for (let n = 0; n < value.chunks; n++) {
        const chunk = byKey.get(chunkKey(key, n)) as ChunkRecord | undefined;
        if (!chunk) throw new Error(`missing chunk ${n}`);
        const part = 'columns' in chunk ? decodeProjects(chunk.columns) : chunk.objects;
        for (const p of part) projects.push(p);
      }
      values.push(value.dataset.kind === 'projects' ? { ...value.dataset, projects } : value.dataset);
    } catch {
      dropped += 1;
    }
  }
  return { values, dropped };
}

/**
 * Stored data is re-validated on load: a corrupt or outdated record is dropped (and counted), never trusted.
 * The schema (zod) is loaded only when something is stored: a first visit never downloads or runs it.
 */
async function validate(values: unknown[], alreadyDropped = 0) {
  const datasets: ImportedDataset[] = [];
  let dropped = alreadyDropped;
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

/** Writes the records one put after another inside one transaction; resolves when it commits. */
function writeChunked(store: IDBObjectStore, dataset: ImportedDataset): Promise<void> {
  const tx = store.transaction;
  return new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    store.delete(chunkRange(dataset.meta.id));
    const records = recordsOf(dataset);
    const next = () => {
      const step = records.next();
      if (step.done) return;
      try {
        store.put(step.value[1], step.value[0]).onsuccess = next;
      } catch (e) {
        tx.abort();
        reject(e);
      }
    };
    next();
  });
}

export function createIdbPersistence(): DatasetPersistence {
  let store: UseStore | null = null;
  const db = () => (store ??= createStore(DB_NAME, STORE_NAME));
  return {
    async list() {
      const { values, dropped } = assemble(await entries(db()));
      return validate(values, dropped);
    },
    put: (dataset) => db()('readwrite', (s) => writeChunked(s, dataset)),
    async remove(id) {
      await db()('readwrite', (s) => {
        s.delete(chunkRange(id));
        s.delete(id);
        return new Promise<void>((resolve, reject) => {
          s.transaction.oncomplete = () => resolve();
          s.transaction.onabort = s.transaction.onerror = () => reject(s.transaction.error);
        });
      });
    },
  };
}

/** Same layout in a Map (tests); values are structured-cloned as IndexedDB would. */
export function createMemoryPersistence(initial: unknown[] = []): DatasetPersistence & { raw: Map<string, unknown> } {
  const raw = new Map<string, unknown>();
  initial.forEach((v, i) => raw.set(String(i), v));
  const removeAll = (id: string) => {
    raw.delete(id);
    for (const key of [...raw.keys()]) if (key.startsWith(`${id}${SEP}`)) raw.delete(key);
  };
  return {
    raw,
    async list() {
      const { values, dropped } = assemble([...raw.entries()].map(([k, v]) => [k, structuredClone(v)]));
      return validate(values, dropped);
    },
    async put(dataset) {
      removeAll(dataset.meta.id);
      for (const [key, value] of recordsOf(dataset)) raw.set(key, structuredClone(value));
    },
    async remove(id) {
      removeAll(id);
    },
  };
}
