/// <reference lib="webworker" />
import { runImport, type ImportResult } from './pipeline';
import { CHUNK_ROWS, encodable, encodeProjects, transferables } from './project-columns';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

/**
 * Parsing, validation and aggregation off the main thread: the page stays responsive on a 100k-row file.
 * The pipeline yields between chunks, so a cancel message is seen; the client also terminates the worker.
 * Valid projects go back as transferred columns in chunks (project-columns.ts), so the page never has to
 * deserialise 100k objects in one task.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const signal = { aborted: false };
const post = (m: WorkerResponse, transfer: Transferable[] = []) => scope.postMessage(m, transfer);

function postResult(result: ImportResult, started: number) {
  const dataset = result.dataset;
  if (dataset?.kind !== 'projects' || dataset.projects.length === 0 || !encodable(dataset.projects)) {
    post({ type: 'result', result: { ...result, workerMs: performance.now() - started }, projectChunks: 0 });
    return;
  }
  const { projects } = dataset;
  let chunks = 0;
  for (let from = 0; from < projects.length; from += CHUNK_ROWS) {
    const columns = encodeProjects(projects, from, Math.min(projects.length, from + CHUNK_ROWS), dataset.meta.id);
    post({ type: 'projects', columns }, transferables(columns));
    chunks += 1;
  }
  post({ type: 'result', result: { ...result, dataset: { ...dataset, projects: [] }, workerMs: performance.now() - started }, projectChunks: chunks });
}

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const msg = event.data;
  if (msg.type === 'cancel') {
    signal.aborted = true;
    return;
  }
  signal.aborted = false;
  const started = performance.now();
  void runImport(new Uint8Array(msg.buffer), msg.options, msg.reference, {
    signal,
    onProgress: (progress) => post({ type: 'progress', progress }),
  }).then(
    (result) => postResult(result, started),
    (error: unknown) => post({ type: 'error', message: String(error) }),
  );
};
