import type { ImportedDataset, ImportedDatasetData } from '../schema';
import type { ImportResult } from './pipeline';
import type { ProjectColumns } from './project-columns';
import { chunkIndex, indexedTable } from './project-table';
import { appDataset } from './store/app-dataset';
import type { ProjectIndex } from '../domain/project-index';

/**
 * The page's side of an import: the worker's project chunks, then its result. The page keeps the columns (a
 * ProjectTable: a record is made only for a row someone looks at) and indexes each chunk for the map as it comes
 * (project-index.ts), so no single task handles all the rows. The bench's Node leg runs this same code.
 */
export function projectReceiver(): {
  take: (columns: ProjectColumns) => void;
  finish: (result: ImportResult<ImportedDatasetData>, expectedChunks: number) => ImportResult<ImportedDataset> | { status: 'crashed'; message: string };
} {
  const chunks: ProjectColumns[] = [];
  const indexes: ProjectIndex[] = [];
  return {
    take(columns) {
      chunks.push(columns);
      indexes.push(chunkIndex(columns));
    },
    finish(result, expected) {
      if (expected === 0) return { ...result, dataset: result.dataset && appDataset(result.dataset) };
      if (chunks.length !== expected || result.dataset?.kind !== 'projects') {
        return { status: 'crashed', message: `import worker sent ${chunks.length} of ${expected} project chunks` };
      }
      const projects = indexedTable(chunks, indexes);
      return { ...result, dataset: { kind: 'projects', meta: result.dataset.meta, projects } };
    },
  };
}
