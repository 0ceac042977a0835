import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/store';
import { commitDataset, hydrateDatasets, removeDataset } from '../../src/import/store/datasets';
import { createMemoryPersistence, type DatasetPersistence } from '../../src/import/store/persistence';
import { projectsToCsv, projectsToGeoJson, zonesToCsv, csvSafe } from '../../src/import/export';
import { importedCounts, projectsToHeatPoints, visibleProjects, zonesToFeatures } from '../../src/import/map-hooks';
import type { ImportedDataset, ImportedDatasetData } from '../../src/schema';
import { appDataset } from '../../src/import/store/app-dataset';
import { projectChunker } from '../../src/import/project-columns';
import { ProjectTable } from '../../src/import/project-table';
import { csv, okRow, plainDataset, run, zoneFeature, zonesFc } from './import-helpers';

/** Four projects as the pipeline returns them (records). */
async function projectData(id = 'ds1') {
  const r = await run(
    csv(
      okRow('1', { stage: '签约', inv: '10', date: '2024-03-01', industry: '物联网' }),
      okRow('2', { stage: '在建', inv: '5000万', date: '2025', industry: '集成电路', lon: '120.421' }),
      okRow('3', { stage: '在建', inv: '', date: '', lon: '120.422' }),
      okRow('4', { name: '=cmd|"/c calc"!A1', lon: '120.423' }),
    ),
    'projects',
    { datasetId: id },
  );
  return r.dataset as Extract<ImportedDatasetData, { kind: 'projects' }>;
}

/** The same as the app holds them. */
const projects = async (id = 'ds1') => appDataset(await projectData(id)) as Extract<ImportedDataset, { kind: 'projects' }>;

describe('imports slice + persistence', () => {
  it('commit stores then adds; remove deletes from both; hydrate restores after a "reload"', async () => {
    const persistence = createMemoryPersistence();
    const store = createAppStore();
    const d = await projects();
    await commitDataset(store, persistence, d);
    expect(store.getState().importedDatasets).toHaveLength(1);
    const reloaded = createAppStore();
    expect(reloaded.getState().importsStatus).toBe('loading');
    await hydrateDatasets(reloaded, persistence);
    expect(reloaded.getState().importedDatasets.map(plainDataset)).toEqual([plainDataset(d)]);
    expect(reloaded.getState().importsStatus).toBe('ready');
    await removeDataset(reloaded, persistence, d.meta.id);
    expect(reloaded.getState().importedDatasets).toEqual([]);
    expect((await persistence.list()).datasets).toEqual([]);
  });

  it('stores a large project list as a head record plus compact chunks, and reads it back whole', async () => {
    const base = await projectData('big');
    // 20 000 records of the pipeline's shape (distinct rows and ids), so three chunks of ≤ 8192.
    const many = Array.from({ length: 20_000 }, (_, i) => ({ ...base.projects[i % 4]!, id: `big:${i + 2}`, source_row: i + 2, location: { ...base.projects[i % 4]!.location } }));
    const bigData = { ...base, meta: { ...base.meta, row_count: many.length }, projects: many };
    const big = appDataset(bigData);
    const persistence = createMemoryPersistence();
    await persistence.put(big);
    const keys = [...persistence.raw.keys()].sort();
    expect(keys).toEqual(['big', 'big\u00000', 'big\u00001', 'big\u00002']);
    expect((persistence.raw.get('big') as { dataset: ImportedDataset }).dataset).toMatchObject({ kind: 'projects', projects: [] });
    expect(persistence.raw.get('big\u00001')).toHaveProperty('columns.count', 8192);
    const { datasets, dropped } = await persistence.list();
    expect(dropped).toBe(0);
    expect(datasets.map(plainDataset)).toEqual([bigData]);
    // Read back as columns: a record is made when its row is asked for, and found by its id.
    const back = datasets[0]!;
    expect(back.kind === 'projects' && back.projects instanceof ProjectTable).toBe(true);
    if (back.kind === 'projects') expect(back.projects.at(back.projects.rowOf('big:9000'))).toEqual(many[8998]);

    // A head whose chunk is missing is dropped, not half-loaded.
    persistence.raw.delete('big\u00002');
    expect(await persistence.list()).toEqual({ datasets: [], dropped: 1 });
    await persistence.remove('big');
    expect(persistence.raw.size).toBe(0);
  });

  it('a failed save leaves the store unchanged', async () => {
    const failing: DatasetPersistence = { list: async () => ({ datasets: [], dropped: 0 }), put: async () => Promise.reject(new Error('quota')), remove: async () => {} };
    const store = createAppStore();
    await expect(commitDataset(store, failing, await projects())).rejects.toThrow('quota');
    expect(store.getState().importedDatasets).toEqual([]);
  });

  it('drops corrupt stored records on load instead of trusting them', async () => {
    const good = await projectData();
    const persistence = createMemoryPersistence([good, { kind: 'projects', meta: { id: 'x' }, projects: [{ name: '<b>' }] }, 42]);
    const store = createAppStore();
    expect(await hydrateDatasets(store, persistence)).toBe(2);
    expect(store.getState().importedDatasets).toHaveLength(1);
  });

  it('stores an import\'s column chunks as they are, and reads the same rows back', async () => {
    const base = await projectData('cols');
    // Projects as an import leaves them on the page: the worker's column chunks, read by row.
    const chunker = projectChunker('cols');
    for (let i = 0; i < 9000; i++) chunker.take({ ...base.projects[i % 4]!, id: `cols:${i + 2}`, source_row: i + 2 });
    const chunks = chunker.finish();
    const d: ImportedDataset = { kind: 'projects', meta: { ...base.meta, row_count: 9000 }, projects: new ProjectTable(chunks) };
    const persistence = createMemoryPersistence();
    await persistence.put(d);
    expect(persistence.raw.get('cols\u00001')).toEqual({ columns: chunks[1] });
    const { datasets } = await persistence.list();
    expect(datasets.map(plainDataset)).toEqual([plainDataset(d)]);
  });

  it('hidden datasets leave the map and the counts', async () => {
    const d = await projects();
    expect(visibleProjects([d], [d.meta.id])).toEqual([]);
    expect(importedCounts([d]).byBoard.get('320214')?.projects).toBe(4);
  });
});

describe('map hooks', () => {
  it('heat points weigh by investment in 亿元 and follow stage/industry/board/date filters', async () => {
    const d = await projectData();
    const all = projectsToHeatPoints(d.projects);
    expect(all.map((p) => p.weight)).toEqual([10, 0.5, 10]); // row 3 has no amount → no heat weight
    expect(projectsToHeatPoints(d.projects, { stages: ['under_construction'] }).map((p) => p.weight)).toEqual([0.5]);
    expect(projectsToHeatPoints(d.projects, { industries: ['integrated_circuits'] })).toHaveLength(1);
    expect(projectsToHeatPoints(d.projects, { boards: ['320281'] })).toHaveLength(0);
    expect(projectsToHeatPoints(d.projects, { dateFrom: '2025-01' }).map((p) => p.weight)).toEqual([0.5]);
    expect(projectsToHeatPoints(d.projects, { dateTo: '2024-12-31' }).map((p) => p.weight)).toEqual([10, 10]);
    expect(all.every((p) => p.imported)).toBe(true);
  });

  it('zones become GeoJSON features marked imported, with a label point', async () => {
    const r = await run(zonesFc(zoneFeature({ type: 'Point', coordinates: [120.42, 31.52] })), 'zones');
    const fcz = zonesToFeatures(r.dataset?.kind === 'zones' ? r.dataset.zones : []);
    expect(fcz.features[0]?.properties).toMatchObject({ imported: true, zone_kind: 'connected_zone', label_point: [120.42, 31.52] });
  });
});

describe('export', () => {
  it('CSV is UTF-8 with BOM, formula-safe, and re-imports to the same projects', async () => {
    const d = await projectData();
    const text = projectsToCsv(d.projects);
    expect(text.startsWith('\ufeff')).toBe(true);
    expect(text).toContain(`'=cmd|""/c calc""!A1`);
    expect(csvSafe('-1')).toBe("'-1");
    const again = await run(text, 'projects', { datasetId: 'ds1' });
    const strip = (ps: typeof d.projects) => ps.map(({ name, industry, stage, investment_yi, date, board, lon, lat }) => ({ name: name.replace(/^'/, ''), industry, stage, investment_yi, date, board, lon, lat }));
    expect(again.dataset?.kind === 'projects' && strip(again.dataset.projects)).toEqual(strip(d.projects));
  });

  it('GeoJSON export carries origin "imported" on every feature', async () => {
    const d = await projectData();
    const fc = projectsToGeoJson(d.projects);
    expect(fc.features.every((f) => f.properties?.origin === 'imported')).toBe(true);
    expect(zonesToCsv([]).startsWith('\ufeff')).toBe(true);
  });
});
