/**
 * Browser storage under faults (fake-indexeddb in Node): the database deleted from another tab closes our
 * connection (the deletion is not blocked), the page learns storage is lost, and no later save is reported as
 * saved; tabs share saves and removals; without IndexedDB, imports are kept for the session.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { commitDataset, followStorage, hydrateDatasets, removeDataset } from '../../src/import/store/datasets';
import { createIdbPersistence, StorageUnavailableError, type StorageEvent } from '../../src/import/store/persistence';
import { createAppStore } from '../../src/store/store';
import type { ImportedDataset } from '../../src/schema';
import { recordRows } from '../../src/domain/project-rows';
import { plainDataset } from './import-helpers';

const DB = 'wuxi-map-imports';

function dataset(id: string): ImportedDataset {
  return {
    kind: 'projects',
    meta: {
      id,
      origin: 'imported',
      kind: 'projects',
      name: `${id}.csv`,
      file_name: `${id}.csv`,
      format: 'csv',
      encoding: 'utf-8',
      crs: 'wgs84',
      imported_at: '2026-11-30T10:00:00.000Z',
      row_count: 1,
      skipped_count: 0,
      version: 1,
    },
    projects: recordRows([
      {
        id: `${id}:2`,
        external_id: null,
        origin: 'imported',
        name: '合成项目',
        industry: 'iot',
        stage: 'signed',
        investment_yi: 1,
        date: null,
        board: null,
        lon: 120.42,
        lat: 31.52,
        location: { method: 'coordinates', crs: 'wgs84' },
        source_row: 2,
      },
    ]),
  };
}

const deleteDatabase = () =>
  new Promise<string>((done) => {
    const r = indexedDB.deleteDatabase(DB);
    r.onsuccess = () => done('deleted');
    r.onerror = () => done('error');
    r.onblocked = () => done('blocked');
  });
const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
};

afterEach(async () => {
  await deleteDatabase();
});

describe('storage deleted elsewhere', () => {
  it('closes the connection so the deletion goes through, says storage is lost, and reports no later save', async () => {
    const persistence = createIdbPersistence();
    const events: StorageEvent[] = [];
    persistence.subscribe!((e) => events.push(e));
    const store = createAppStore();
    await hydrateDatasets(store, persistence);
    followStorage(store, persistence);
    expect(await commitDataset(store, persistence, dataset('a'))).toBe('saved');

    expect(await deleteDatabase()).toBe('deleted');
    expect(events).toContainEqual({ type: 'lost' });
    expect(store.getState().importsStatus).toBe('lost');
    // The shown dataset stays (the user can still export it); new work is kept for the session, not "saved".
    expect(store.getState().importedDatasets.map((d) => d.meta.id)).toEqual(['a']);
    await expect(persistence.put(dataset('b'))).rejects.toBeInstanceOf(StorageUnavailableError);
    expect(await commitDataset(store, persistence, dataset('b'))).toBe('session');
    expect(store.getState().importedDatasets.map((d) => d.meta.id)).toEqual(['a', 'b']);
    await removeDataset(store, persistence, 'a');
    expect(store.getState().importedDatasets.map((d) => d.meta.id)).toEqual(['b']);

    // A fresh page sees an empty, working storage: nothing was claimed that is not there.
    const next = createIdbPersistence();
    expect((await next.list()).datasets).toEqual([]);
  });
});

describe('tabs', () => {
  it('a dataset saved in one tab appears in the other; removed there, it disappears here', async () => {
    const tabs = [createIdbPersistence(), createIdbPersistence()] as const;
    const stores = [createAppStore(), createAppStore()] as const;
    for (const i of [0, 1] as const) {
      await hydrateDatasets(stores[i], tabs[i]);
      followStorage(stores[i], tabs[i]);
    }
    await commitDataset(stores[0], tabs[0], dataset('shared'));
    await until(() => stores[1].getState().importedDatasets.length === 1);
    expect(plainDataset(stores[1].getState().importedDatasets[0]!)).toEqual(plainDataset(dataset('shared')));
    await removeDataset(stores[1], tabs[1], 'shared');
    await until(() => stores[0].getState().importedDatasets.length === 0);
  });
});

describe('no IndexedDB', () => {
  it('imports are kept for the session and marked so', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error simulating a browser without IndexedDB
    delete globalThis.indexedDB;
    try {
      const persistence = createIdbPersistence();
      const store = createAppStore();
      await hydrateDatasets(store, persistence);
      expect(store.getState().importsStatus).toBe('unavailable');
      expect(await commitDataset(store, persistence, dataset('s'))).toBe('session');
      expect(store.getState().importedDatasets.map((d) => d.meta.id)).toEqual(['s']);
      await removeDataset(store, persistence, 's');
      expect(store.getState().importedDatasets).toEqual([]);
    } finally {
      globalThis.indexedDB = saved;
    }
  });

  it('a commit before start-up finished still lands in the session when storage refuses', async () => {
    const saved = globalThis.indexedDB.open;
    IDBFactory.prototype.open = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    try {
      const store = createAppStore();
      expect(await commitDataset(store, createIdbPersistence(), dataset('early'))).toBe('session');
      expect(store.getState().importsStatus).toBe('unavailable');
    } finally {
      IDBFactory.prototype.open = saved;
    }
  });
});
