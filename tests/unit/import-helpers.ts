// Shared helpers for the import tests (not a test file itself).
import { runImport, type ImportOptions } from '../../src/import/pipeline';
import type { ImportKind, ImportCrs, ImportedDataset, ImportedDatasetData } from '../../src/schema';
import { allRecords } from '../../src/domain/project-rows';
import { syntheticReference } from '../../scripts/fixtures/synthetic';

export const reference = syntheticReference();

export function run(content: string | Uint8Array, kind: ImportKind, opts: Partial<ImportOptions> & { crs?: ImportCrs } = {}) {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return runImport(bytes, { kind, crs: 'wgs84', fileName: opts.fileName ?? (kind === 'zones' ? 'z.geojson' : 'p.csv'), datasetId: 'test', ...opts }, reference);
}

export const PROJECT_HEADER = '编号,项目名称,产业,阶段,总投资(亿元),日期,板块,经度,纬度,园区';
/** A valid project row at 新吴 (synthetic square around 120.42, 31.52). */
export const okRow = (id: string, over: Partial<Record<'name' | 'industry' | 'stage' | 'inv' | 'date' | 'board' | 'lon' | 'lat' | 'park', string>> = {}) =>
  [id, over.name ?? `项目${id}`, over.industry ?? '物联网', over.stage ?? '签约', over.inv ?? '10', over.date ?? '2024-05-01', over.board ?? '新吴', over.lon ?? '120.42', over.lat ?? '31.52', over.park ?? ''].join(',');

export const csv = (...rows: string[]) => [PROJECT_HEADER, ...rows].join('\n');

export const zonesFc = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
export const zoneFeature = (geometry: unknown, props: Record<string, unknown> = {}, id: unknown = undefined) => ({
  type: 'Feature',
  ...(id === undefined ? {} : { id }),
  properties: { 名称: '片区', 类型: '连片区', 板块: '新吴', ...props },
  geometry,
});

/** A dataset as the app holds it, with its projects as plain records again (to compare datasets by content). */
export function plainDataset(d: ImportedDataset): ImportedDatasetData {
  return d.kind === 'projects' ? { kind: 'projects', meta: d.meta, projects: allRecords(d.projects) } : d;
}
