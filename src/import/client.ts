import type { ImportOptions, ImportProgress, ImportResult } from './pipeline';
import { projectReceiver } from './project-receiver';
import type { DistrictFeatures, ReferenceData } from './validate/reference';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

export interface RunningImport {
  result: Promise<ImportResult | { status: 'cancelled' } | { status: 'crashed'; message: string }>;
  cancel: () => void;
}

const newWorker = () => new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'import' });

/** A worker started before the file was chosen (one import each: a cancel terminates it). */
let spare: Worker | null = null;

/**
 * Starts the next import's worker while the user is still choosing a file: its code loads and it builds the
 * grid it checks points against (the district polygons), which a fresh worker would otherwise do on the file's time.
 */
export function prepareImportWorker(districts: DistrictFeatures | null): void {
  if (spare) return;
  try {
    spare = newWorker();
    spare.postMessage({ type: 'prepare', districts } satisfies WorkerRequest);
  } catch {
    // No worker now means none for the import either: startImport tries again and reports the failure.
    spare = null;
  }
}

/** Stops the prepared worker (the import dialog closed without using it). */
export function releaseImportWorker(): void {
  spare?.terminate();
  spare = null;
}

/**
 * Starts an import in a dedicated Web Worker (the prepared one, if any). The file's bytes are transferred (not copied); cancel terminates
 * the worker at once, so nothing it was doing can reach the store afterwards.
 */
export function startImport(file: Blob, options: ImportOptions, reference: ReferenceData, onProgress: (p: ImportProgress) => void): RunningImport {
  const worker = spare ?? newWorker();
  spare = null;
  let settle: (value: Awaited<RunningImport['result']>) => void = () => {};
  let done = false;
  const result = new Promise<Awaited<RunningImport['result']>>((resolve) => {
    settle = (value) => {
      if (done) return;
      done = true;
      worker.terminate();
      resolve(value);
    };
  });
  // Projects arrive as column chunks before the result, each taken in its own message task (project-receiver.ts).
  const received = projectReceiver();
  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const msg = event.data;
    if (done) return;
    if (msg.type === 'progress') onProgress(msg.progress);
    else if (msg.type === 'projects') received.take(msg.columns);
    else if (msg.type === 'result') settle(received.finish(msg.result, msg.projectChunks));
    else settle({ status: 'crashed', message: msg.message });
  };
  worker.onerror = (event) => {
    event.preventDefault();
    settle({ status: 'crashed', message: event.message || 'worker error' });
  };
  file.arrayBuffer().then(
    (buffer) => {
      if (done) return;
      const msg: WorkerRequest = { type: 'start', buffer, options, reference };
      worker.postMessage(msg, [buffer]);
    },
    (error: unknown) => settle({ status: 'crashed', message: String(error) }),
  );
  return {
    result,
    cancel: () => {
      if (done) return;
      worker.postMessage({ type: 'cancel' } satisfies WorkerRequest);
      settle({ status: 'cancelled' });
    },
  };
}
