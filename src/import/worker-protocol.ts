import type { ImportOptions, ImportProgress, ImportResult } from './pipeline';
import type { ReferenceData } from './reference';

export type WorkerRequest =
  | { type: 'start'; buffer: ArrayBuffer; options: ImportOptions; reference: ReferenceData }
  | { type: 'cancel' };

export type WorkerResponse =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'result'; result: ImportResult }
  | { type: 'error'; message: string };
