import type { ImportOptions, ImportProgress, ImportResult } from './pipeline';
import type { ProjectColumns } from './project-columns';
import type { ReferenceData } from './reference';

export type WorkerRequest =
  | { type: 'start'; buffer: ArrayBuffer; options: ImportOptions; reference: ReferenceData }
  | { type: 'cancel' };

export type WorkerResponse =
  | { type: 'progress'; progress: ImportProgress }
  /** Some of the valid projects, as columns (see project-columns.ts); sent before the result, in order. */
  | { type: 'projects'; columns: ProjectColumns }
  /**
   * The result. When `projectChunks` > 0, dataset.projects is empty here and the projects came in that many
   * 'projects' messages before it.
   */
  | { type: 'result'; result: ImportResult; projectChunks: number }
  | { type: 'error'; message: string };
