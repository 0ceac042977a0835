/**
 * The IndexedDB persistence itself (fake-indexeddb in Node): a dataset larger than one chunk is written as a
 * head plus chunks in ONE transaction, one put after another, and reads back equal; removing it removes every
 * chunk; a re-import under the same id replaces the old chunks instead of leaving stale ones behind.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createStore, keys } from 'idb-keyval';
import { createIdbPersistence } from '../../src/import/store/persistence';
import type { ImportedDataset, ImportedProject } from '../../src/schema';
import { recordRows } from '../../src/domain/project-rows';
import { plainDataset } from './import-helpers';

function dataset(id: string, rows: number): Extract<ImportedDataset, { kind: 'projects' }> {
  const projects: ImportedProject[] = Array.from({ length: rows }, (_, i) => ({
    id: `${id}:${i + 2}`,
    external_id: i % 3 === 0 ? `X-${i}` : null,
    origin: 'imported',
    name: `合成项目 ${i}`,
    industry: i % 2 ? 'iot' : 'biomedicine',
    stage: i % 5 ? 'signed' : 'started',
    investment_yi: i % 7 ? i / 10 : null,
    date: i % 4 ? '2024-03' : null,
    board: i % 6 ? '320214' : null,
    lon: 120.3 + (i % 100) / 1000,
    lat: 31.5 + (i % 50) / 1000,
    location: i % 9 ? { method: 'coordinates', crs: 'wgs84' } : { method: 'park', park_id: 'p1', precision: 'town' },
    source_row: i + 2,
  }));
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
      imported_at: '2026-11-23T10:00:00.000Z',
      row_count: rows,
      skipped_count: 0,
      version: 1,
    },
    projects: recordRows(projects),
  };
}

const storedKeys = async () => (await keys(createStore('wuxi-map-imports', 'datasets'))).map(String).sort();

describe('IndexedDB persistence (chunked)', () => {
  it('writes head + chunks, reads back equal, replaces and removes every chunk', async () => {
    const persistence = createIdbPersistence();
    const big = dataset('big', 17_000);
    await persistence.put(big);
    expect(await storedKeys()).toEqual(['big', 'big\u00000', 'big\u00001', 'big\u00002']);
    const listed = await persistence.list();
    expect(listed.dropped).toBe(0);
    expect(listed.datasets.map(plainDataset)).toEqual([plainDataset(big)]);

    // Same id again, now smaller: the old third chunk must not survive.
    const smaller = dataset('big', 9000);
    await persistence.put(smaller);
    expect(await storedKeys()).toEqual(['big', 'big\u00000', 'big\u00001']);
    expect((await persistence.list()).datasets.map(plainDataset)).toEqual([plainDataset(smaller)]);

    await persistence.remove('big');
    expect(await storedKeys()).toEqual([]);
  });
});
