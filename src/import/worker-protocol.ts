import type { ImportedDatasetData } from '../schema';
import type { ImportOptions, ImportProgress, ImportResult } from './pipeline';
import type { ProjectColumns } from './project-columns';
import type { DistrictFeatures, ReferenceData } from './validate/reference';

export type WorkerRequest =
  /** Sent to a worker started before the file is chosen: what it can get ready meanwhile. */
  | { type: 'prepare'; districts: DistrictFeatures | null }
  | { type: 'start'; buffer: ArrayBuffer; options: ImportOptions; reference: ReferenceData }
  | { type: 'cancel' };

export type WorkerResponse =
  | { type: 'progress'; progress: ImportProgress }
  /**
   * Some of the valid projects, as columns (see project-columns.ts); sent in order, only for an import that
   * succeeded, just before the result.
   */
  | { type: 'projects'; columns: ProjectColumns }
  /**
   * The result. A projects dataset has an empty projects array here: they came in the `projectChunks`
   * 'projects' messages before it.
   */
  | { type: 'result'; result: ImportResult<ImportedDatasetData>; projectChunks: number }
  | { type: 'error'; message: string };
