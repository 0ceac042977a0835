/// <reference lib="webworker" />
import type { ImportedDatasetData } from '../schema';
import { runImport, type ImportResult } from './pipeline';
import { projectChunker, transferables } from './project-columns';
import { prepareContainment } from './validate/containment';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

/**
 * Parsing, validation and aggregation off the main thread: the page stays responsive on a 100k-row file.
 * The pipeline yields between chunks, so a cancel message is seen; the client also terminates the worker.
 * Valid projects are encoded into columns (project-columns.ts) one by one as their rows are read, so the worker
 * never holds record objects (their garbage collection cost a cold worker more than encoding them), and are posted, transferred, once the file is done: the page then never deserialises 100 k
 * objects in one task. Posting each chunk as soon as it was full made the page rebuild chunks while the worker
 * still ran, and on two cores the two slowed each other down (worker time 1.4 s against 0.9 s in one A/B run).
 * The records are the pipeline's own, made by readProject, so they always have the shape the columns carry
 * (a unit test round-trips real pipeline output).
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const signal = { aborted: false };
const post = (m: WorkerResponse, transfer: Transferable[] = []) => scope.postMessage(m, transfer);

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const msg = event.data;
  if (msg.type === 'cancel') {
    signal.aborted = true;
    return;
  }
  if (msg.type === 'prepare') {
    prepareContainment(msg.districts);
    return;
  }
  signal.aborted = false;
  const started = performance.now();
  const datasetId = msg.options.datasetId;
  const chunker = projectChunker(datasetId);
  const finish = (result: ImportResult<ImportedDatasetData>) => {
    const chunks = result.status === 'ok' ? chunker.finish() : [];
    for (const columns of chunks) post({ type: 'projects', columns }, transferables(columns));
    post({ type: 'result', result: { ...result, workerMs: performance.now() - started }, projectChunks: chunks.length });
  };
  void runImport(new Uint8Array(msg.buffer), msg.options, msg.reference, {
    signal,
    onProgress: (progress) => post({ type: 'progress', progress }),
    takeProject: chunker.take,
    takeProjectLine: chunker.takeLine,
  }).then(finish, (error: unknown) => post({ type: 'error', message: String(error) }));
};
