import type { ImportedDataset, ImportedDatasetData } from '../../schema';
import { recordRows } from '../../domain/project-rows';

/**
 * A dataset given with its projects as records (the pipeline run in place, data stored as records by an older
 * version, tests) as the app holds it: rows over those records. An import's own projects come as columns
 * instead (client.ts).
 */
export function appDataset(data: ImportedDatasetData): ImportedDataset {
  return data.kind === 'projects' ? { kind: 'projects', meta: data.meta, projects: recordRows(data.projects) } : data;
}
