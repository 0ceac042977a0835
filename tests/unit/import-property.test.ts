import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runImport, type ImportResult } from '../../src/import/pipeline';
import { importKinds, importCrsIds, ImportedDatasetSchema, type ImportedDatasetData } from '../../src/schema';
import { appDataset } from '../../src/import/store/app-dataset';
import { createAppStore } from '../../src/store';
import { commitDataset } from '../../src/import/store/datasets';
import { createMemoryPersistence } from '../../src/import/store/persistence';
import { syntheticReference } from '../../scripts/fixtures/synthetic';
import { PROJECT_HEADER, okRow, plainDataset } from './import-helpers';

/** Deep-freezes the reference data so any attempt by the pipeline to change it throws (and fails the test). */
function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object') {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}
const reference = deepFreeze(syntheticReference());

const nasty = fc.oneof(
  fc.string(),
  fc.constantFrom('', '-', 'NaN', 'Infinity', '1e999', '__proto__', 'constructor', '"', '""', ',', '\n', '\r\n', '１２', '12.5亿', '3000万', '31.5', '120.4', '[[]]', '{}', '<script>', '\u0000', '\ufeff', '物联网', '在建', '新吴'),
  fc.double().map(String),
  fc.integer().map(String),
);

function check(r: ImportResult<ImportedDatasetData>) {
  expect(['ok', 'failed', 'cancelled']).toContain(r.status);
  // Always reports: a failed import says why; an ok import has valid data that matches the schema.
  if (r.status === 'failed') expect(r.errorCount).toBeGreaterThan(0);
  if (r.status === 'ok') expect(ImportedDatasetSchema.safeParse(r.dataset).success).toBe(true);
  expect(r.summary.valid + r.summary.invalid).toBeGreaterThanOrEqual(0);
  for (const p of r.problems) {
    expect(typeof p.code).toBe('string');
    expect(p.file).toBeTruthy();
  }
}

const opts = fc.record({ kind: fc.constantFrom(...importKinds), crs: fc.constantFrom(...importCrsIds), fileName: fc.constantFrom('a.csv', 'a.geojson', 'a.xlsx', 'a.txt', 'noext', '') });

describe('the import pipeline under generated malformed input', () => {
  it('random bytes: never throws, always reports', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), opts, async (bytes, o) => {
        check(await runImport(bytes, { ...o, datasetId: 'p' }, reference));
      }),
      { numRuns: 1500 },
    );
  }, 120_000);

  it('CSV tables with garbage cells: never throws, row problems name a row', async () => {
    const row = fc.array(nasty, { minLength: 0, maxLength: 12 }).map((cells) => cells.map((c) => (/[",\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','));
    const header = fc.oneof(fc.constant(PROJECT_HEADER), fc.array(nasty, { maxLength: 10 }).map((h) => h.join(',')));
    await fc.assert(
      fc.asyncProperty(header, fc.array(fc.oneof(row, fc.constant(okRow('1'))), { maxLength: 30 }), fc.constantFrom(...importKinds), async (h, rows, kind) => {
        const r = await runImport(new TextEncoder().encode([h, ...rows].join('\n')), { kind, crs: 'wgs84', fileName: 'f.csv', datasetId: 'p' }, reference);
        check(r);
        for (const p of r.problems) if (p.field !== null && p.code !== 'crs_hint') expect(p.row ?? p.feature).not.toBeNull();
      }),
      { numRuns: 1500 },
    );
  }, 120_000);

  it('GeoJSON with arbitrary geometries and properties: never throws', async () => {
    const coord = fc.oneof(fc.double(), fc.constantFrom(120.42, 31.52, 200, -91), nasty, fc.constant(null));
    const position = fc.array(coord, { maxLength: 4 });
    const geometry = fc.oneof(
      fc.constant(null),
      fc.record({ type: fc.constantFrom('Point', 'Polygon', 'MultiPolygon', 'LineString', 'Nope'), coordinates: fc.oneof(position, fc.array(fc.array(position, { maxLength: 6 }), { maxLength: 3 }), fc.array(fc.array(fc.array(position, { maxLength: 6 }), { maxLength: 2 }), { maxLength: 2 }), fc.constant([[]]), fc.constant([[[]]])) }),
      fc.anything(),
    );
    const props = fc.oneof(fc.dictionary(fc.oneof(nasty, fc.constantFrom('名称', 'name', '类型', 'kind', '产业', '阶段', '__proto__')), fc.oneof(nasty, fc.anything())), fc.anything());
    const feature = fc.oneof(fc.record({ type: fc.constant('Feature'), id: fc.oneof(fc.string(), fc.integer(), fc.constant(undefined)), properties: props, geometry }), fc.anything());
    await fc.assert(
      fc.asyncProperty(fc.array(feature, { maxLength: 12 }), fc.constantFrom('projects' as const, 'zones' as const), async (features, kind) => {
        let text: string;
        try {
          text = JSON.stringify({ type: 'FeatureCollection', features });
        } catch {
          return; // e.g. BigInt from fc.anything(): not a file anyone can write
        }
        check(await runImport(new TextEncoder().encode(text ?? ''), { kind, crs: 'gcj02', fileName: 'f.geojson', datasetId: 'p' }, reference));
      }),
      { numRuns: 1500 },
    );
  }, 120_000);

  it('never alters already-loaded data, whatever the file', async () => {
    const store = createAppStore();
    const persistence = createMemoryPersistence();
    const good = await runImport(new TextEncoder().encode([PROJECT_HEADER, okRow('1'), okRow('2', { lon: '120.421' })].join('\n')), { kind: 'projects', crs: 'wgs84', fileName: 'good.csv', datasetId: 'loaded' }, reference);
    await commitDataset(store, persistence, appDataset(good.dataset!));
    const before = store.getState().importedDatasets.map(plainDataset);
    const stored = structuredClone([...persistence.raw.values()]);
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), opts, async (bytes, o) => {
        // Same dataset id as the loaded one: a result must still never reach the store by itself.
        await runImport(bytes, { ...o, datasetId: 'loaded' }, reference);
        expect(store.getState().importedDatasets.map(plainDataset)).toEqual(before);
        expect([...persistence.raw.values()]).toEqual(stored);
      }),
      { numRuns: 500 },
    );
  }, 120_000);
});
