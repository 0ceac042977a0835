import type { ImportedDataset, ImportedDatasetData, ImportedProject } from '../../schema';
import { allRecords } from '../../domain/project-rows';
import { createIdbConnection, StorageUnavailableError } from './idb-connection';
import { CHUNK_ROWS, decodeProjects, encodable, encodeProjects, type ProjectColumns } from '../project-columns';
import { indexedTable, ProjectTable } from '../project-table';
import { appDataset } from './app-dataset';

/**
 * Where imported datasets live between visits: IndexedDB (idb-persistence.ts); an in-memory variant with the
 * same record layout serves tests.
 *
 * Record layout: the dataset without its projects under its id, and its projects in chunks of CHUNK_ROWS
 * under `<id>\u0000<n>`, as compact columns (project-columns.ts) when the records have the pipeline's shape.
 * Why: IndexedDB copies a value synchronously inside put(); 100 k project objects in one put blocked the page
 * for ~470 ms. Chunks are written one after another inside ONE transaction (each put issued when the previous
 * one succeeds, so each copy is its own short task) — still all-or-nothing.
 */
export interface DatasetPersistence {
  list(): Promise<{ datasets: ImportedDataset[]; dropped: number }>;
  /** Resolves only once the write has committed. */
  put(dataset: ImportedDataset): Promise<void>;
  remove(id: string): Promise<void>;
  /** One stored dataset (null when absent or unreadable): what another tab just saved. */
  get?(id: string): Promise<ImportedDataset | null>;
  /** Storage lost under us, or changed by another tab of the app; returns the unsubscribe. */
  subscribe?(listener: (event: StorageEvent) => void): () => void;
}

export type StorageEvent =
  /** The database was deleted or upgraded elsewhere (another tab, the browser's "clear site data"): nothing we show is stored any more. */
  | { type: 'lost' }
  /** Another tab of the app saved or removed a dataset. */
  | { type: 'changed'; change: 'put' | 'remove'; id: string };

const DB_NAME = 'wuxi-map-imports';
const STORE_NAME = 'datasets';
const SEP = '\u0000';

/** A dataset's head record: the dataset with no projects, and how many chunks hold them. */
interface HeadRecord {
  layout: 'chunked-v1';
  dataset: ImportedDatasetData;
  chunks: number;
}
type ChunkRecord = { columns: ProjectColumns } | { objects: ImportedProject[] };

const chunkKey = (id: string, n: number) => `${id}${SEP}${n}`;
const chunkRange = (id: string) => IDBKeyRange.bound(`${id}${SEP}`, `${id}${SEP}\uffff`);

/**
 * The records of a dataset, produced one at a time (a chunk is encoded only when it is about to be written).
 * An import's projects are already columns: those are stored as they are.
 */
function* recordsOf(dataset: ImportedDataset): Generator<[string, HeadRecord | ChunkRecord]> {
  const head: ImportedDatasetData = dataset.kind === 'projects' ? { kind: 'projects', meta: dataset.meta, projects: [] } : dataset;
  if (dataset.kind === 'projects' && dataset.projects instanceof ProjectTable) {
    const columns = dataset.projects.chunks;
    yield [dataset.meta.id, { layout: 'chunked-v1', dataset: head, chunks: columns.length }];
    for (let n = 0; n < columns.length; n++) yield [chunkKey(dataset.meta.id, n), { columns: columns[n]! }];
    return;
  }
  const projects = dataset.kind === 'projects' ? allRecords(dataset.projects) : [];
  const chunks = Math.ceil(projects.length / CHUNK_ROWS);
  yield [dataset.meta.id, { layout: 'chunked-v1', dataset: head, chunks }];
  for (let n = 0; n < chunks; n++) {
    const slice = projects.slice(n * CHUNK_ROWS, (n + 1) * CHUNK_ROWS);
    yield [chunkKey(dataset.meta.id, n), encodable(slice) ? { columns: encodeProjects(slice, 0, slice.length, dataset.meta.id) } : { objects: slice }];
  }
}

const isHead = (v: unknown): v is HeadRecord => (v as HeadRecord | null)?.layout === 'chunked-v1';

/** The column chunks a stored dataset's projects were read from, when every chunk was columns. */
const storedColumns = new WeakMap<object, ProjectColumns[]>();

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
      const columns: ProjectColumns[] = [];
      for (let n = 0; n < value.chunks; n++) {
        const chunk = byKey.get(chunkKey(key, n)) as ChunkRecord | undefined;
        if (!chunk) throw new Error(`missing chunk ${n}`);
        const part = 'columns' in chunk ? decodeProjects(chunk.columns) : chunk.objects;
        if ('columns' in chunk) columns.push(chunk.columns);
        for (const p of part) projects.push(p);
      }
      const dataset = value.dataset.kind === 'projects' ? { ...value.dataset, projects } : value.dataset;
      if (value.dataset.kind === 'projects' && columns.length === value.chunks && value.chunks > 0) storedColumns.set(dataset, columns);
      values.push(dataset);
    } catch {
      dropped += 1;
    }
  }
  return { values, dropped };
}

/**
 * Stored data is re-validated on load: a corrupt or outdated record is dropped (and counted), never trusted.
 * The schema (zod) is loaded only when something is stored: a first visit never downloads or runs it.
 * Projects read from columns are then kept as those columns (checked through the records they decode to).
 */
async function validate(values: unknown[], alreadyDropped = 0) {
  const datasets: ImportedDataset[] = [];
  let dropped = alreadyDropped;
  if (values.length === 0) return { datasets, dropped };
  const { ImportedDatasetSchema } = await import('../../schema');
  for (const v of values) {
    const parsed = ImportedDatasetSchema.safeParse(v);
    if (!parsed.success) {
      dropped += 1;
      continue;
    }
    const columns = typeof v === 'object' && v !== null ? storedColumns.get(v) : undefined;
    datasets.push(parsed.data.kind === 'projects' && columns ? { kind: 'projects', meta: parsed.data.meta, projects: indexedTable(columns) } : appDataset(parsed.data));
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

export { StorageUnavailableError };

/** The records of one dataset: its head under its id and its chunks under `<id>\u0000<n>` (nothing else sorts between). */
const datasetRange = (id: string) => IDBKeyRange.bound(id, `${id}${SEP}\uffff`);

/** Keys and values of a store (or a key range of it), read in one transaction. */
function readAll(store: IDBObjectStore, range?: IDBKeyRange): Promise<[IDBValidKey, unknown][]> {
  return new Promise((resolve, reject) => {
    const keys = store.getAllKeys(range);
    const values = store.getAll(range);
    values.onsuccess = () => resolve(keys.result.map((k, i) => [k, values.result[i]]));
    store.transaction.onabort = store.transaction.onerror = () => reject(store.transaction.error ?? new Error('IndexedDB read failed'));
  });
}

/**
 * Tabs of the app tell each other what they saved or removed (only after it committed), so a dataset removed
 * in one tab leaves the others too. Without BroadcastChannel, tabs simply do not sync.
 */
type ChangeMessage = { change: 'put' | 'remove'; id: string };
const isChangeMessage = (m: unknown): m is ChangeMessage =>
  typeof m === 'object' && m !== null && ((m as ChangeMessage).change === 'put' || (m as ChangeMessage).change === 'remove') && typeof (m as ChangeMessage).id === 'string';

export function createIdbPersistence(): DatasetPersistence {
  const listeners = new Set<(event: StorageEvent) => void>();
  const emit = (event: StorageEvent) => listeners.forEach((l) => l(event));
  const connection = createIdbConnection(DB_NAME, STORE_NAME, () => emit({ type: 'lost' }));
  let channel: BroadcastChannel | null = null;
  const tabs = () => {
    if (!channel && typeof BroadcastChannel !== 'undefined') {
      channel = new BroadcastChannel(DB_NAME);
      channel.onmessage = (e: MessageEvent<unknown>) => {
        if (isChangeMessage(e.data)) emit({ type: 'changed', change: e.data.change, id: e.data.id });
      };
    }
    return channel;
  };
  /** A write that failed because the database went away is reported as such (the caller keeps the data for the session). */
  const write = async (run: (store: IDBObjectStore) => Promise<void>, message: ChangeMessage) => {
    try {
      await run(await connection.transaction('readwrite'));
    } catch (e) {
      if (connection.lost && !(e instanceof StorageUnavailableError)) throw new StorageUnavailableError('lost', String((e as Error)?.message ?? e));
      throw e;
    }
    // Committed, but into a database that is being deleted (close() lets running transactions finish).
    if (connection.lost) throw new StorageUnavailableError('lost', 'deleted in another tab');
    tabs()?.postMessage(message);
  };
  return {
    async list() {
      const { values, dropped } = assemble(await readAll(await connection.transaction('readonly')));
      return validate(values, dropped);
    },
    async get(id) {
      const { values } = assemble(await readAll(await connection.transaction('readonly'), datasetRange(id)));
      const { datasets } = await validate(values);
      return datasets.find((d) => d.meta.id === id) ?? null;
    },
    put: (dataset) => write((s) => writeChunked(s, dataset), { change: 'put', id: dataset.meta.id }),
    remove: (id) =>
      write(
        (s) =>
          new Promise<void>((resolve, reject) => {
            s.transaction.oncomplete = () => resolve();
            s.transaction.onabort = s.transaction.onerror = () => reject(s.transaction.error ?? new Error('IndexedDB transaction failed'));
            s.delete(chunkRange(id));
            s.delete(id);
          }),
        { change: 'remove', id },
      ),
    subscribe(listener) {
      listeners.add(listener);
      tabs();
      return () => listeners.delete(listener);
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
