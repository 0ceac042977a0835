import type { ImportOptions, ImportProgress, ImportResult } from './pipeline';
import type { ReferenceData } from './reference';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

export interface RunningImport {
  result: Promise<ImportResult | { status: 'cancelled' } | { status: 'crashed'; message: string }>;
  cancel: () => void;
}

/**
 * Starts an import in a dedicated Web Worker. The file's bytes are transferred (not copied); cancel terminates
 * the worker at once, so nothing it was doing can reach the store afterwards.
 */
export function startImport(file: Blob, options: ImportOptions, reference: ReferenceData, onProgress: (p: ImportProgress) => void): RunningImport {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'import' });
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
  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const msg = event.data;
    if (msg.type === 'progress') {
      if (!done) onProgress(msg.progress);
    } else if (msg.type === 'result') settle(msg.result);
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
