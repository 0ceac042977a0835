/// <reference lib="webworker" />
import { runImport } from './pipeline';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

/**
 * Parsing, validation and aggregation off the main thread: the page stays responsive on a 100k-row file.
 * The pipeline yields between chunks, so a cancel message is seen; the client also terminates the worker.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const signal = { aborted: false };
const post = (m: WorkerResponse) => scope.postMessage(m);

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const msg = event.data;
  if (msg.type === 'cancel') {
    signal.aborted = true;
    return;
  }
  signal.aborted = false;
  void runImport(new Uint8Array(msg.buffer), msg.options, msg.reference, {
    signal,
    onProgress: (progress) => post({ type: 'progress', progress }),
  }).then(
    (result) => post({ type: 'result', result }),
    (error: unknown) => post({ type: 'error', message: String(error) }),
  );
};
