/**
 * One leg of the bench's peer comparison, run by compare.ts in a fresh Node process
 * (node --expose-gc --import tsx leg-ours.ts <csv> <repeats>): the app's whole CSV import as the import worker
 * and the page do it — runImport with every check, valid projects encoded into columns as they come
 * (import.worker.ts), then the page's receiver (project-receiver.ts: the columns kept as the dataset's rows, a
 * map index per chunk and the concatenated one) — in one thread, each chunk and the result structured-cloned as postMessage carries them. Before
 * the first, the district grid is built, as the app's worker builds it while the import dialog waits for a file.
 * Prints one JSON line: times per repeat (the first is cold), peak RSS and retained memory of the first.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { runImport } from '../../../src/import/pipeline';
import { projectChunker, transferables } from '../../../src/import/project-columns';
import { projectReceiver } from '../../../src/import/project-receiver';
import { projectIndexOf } from '../../../src/domain/project-index';
import { nodeReference } from './reference-node';
import { prepareContainment } from '../../../src/import/validate/containment';

const [file, repeatsArg] = process.argv.slice(2) as [string, string | undefined];
const repeats = Math.max(1, Number(repeatsArg ?? 1));
const bytes = new Uint8Array(readFileSync(file));
const reference = nodeReference();
// As the app's import worker does while the user is still choosing a file (client.ts prepareImportWorker).
prepareContainment(reference.districts);
const gc = (globalThis as unknown as { gc: () => void }).gc;
/** The bench's 1 M-row file is beyond the app's own limits (200 k rows, 50 MB), which stay as they are for users. */
const limits = { maxRows: 2_000_000, maxTextBytes: 512 * 1024 * 1024 };

async function importOnce(i: number) {
  const datasetId = `bench-${i}`;
  const chunker = projectChunker(datasetId);
  const done = await runImport(bytes, { kind: 'projects', crs: 'wgs84', fileName: basename(file), datasetId }, reference, {
    limits,
    takeProject: chunker.take,
    takeProjectLine: chunker.takeLine,
  });
  if (done.status !== 'ok') throw new Error(`import ${done.status}: ${JSON.stringify(done.problems.slice(0, 3))}`);
  const received = projectReceiver();
  const chunks = chunker.finish();
  for (const posted of chunks) {
    // What postMessage does to a chunk between the worker and the page (typed arrays transferred, texts copied):
    // the page's names are then its own strings, not slices of the worker's whole decoded file.
    received.take(structuredClone(posted, { transfer: transferables(posted) }));
  }
  // The result (summary, problems) reaches the page the same way, after the chunks.
  const page = received.finish(structuredClone(done), chunks.length);
  if (page.status !== 'ok' || page.dataset?.kind !== 'projects') throw new Error(`page: ${page.status}`);
  return { result: page, projects: page.dataset.projects, index: projectIndexOf(page.dataset.projects) };
}

const mem = () => {
  const m = process.memoryUsage();
  return { rss: m.rss, heap: m.heapUsed + m.external + m.arrayBuffers };
};

/*
 * Peak RSS from here on. getrusage's maxRSS outlives exec: a leg started by a large parent (the whole bench, with
 * its browser) reported the parent's size. On Linux the kernel's own high-water mark of this process is reset
 * (writing 5 to /proc/self/clear_refs) and read back (VmHWM); elsewhere maxRSS stays the measure.
 */
const resetPeakRss = (): boolean => {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
};
const peakRssBytes = (): number => {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (kb) return Number(kb) * 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS * 1024;
};

gc();
const base = mem();
const peakReset = resetPeakRss();
const rssPeakBefore = peakRssBytes();
const ms: number[] = [];
let t0 = performance.now();
let held: Awaited<ReturnType<typeof importOnce>> | null = await importOnce(0);
ms.push(performance.now() - t0);
const peakRss = peakRssBytes();
gc();
const after = mem();
const summary = held.result.summary;
const detail = { errors: held.result.errorCount, warnings: held.result.warningCount, invalid: summary.invalid };
const valid = held.projects.count;
held = null;
for (let i = 1; i < repeats; i++) {
  gc();
  t0 = performance.now();
  held = await importOnce(i);
  ms.push(performance.now() - t0);
  held = null;
}
process.stdout.write(
  JSON.stringify({
    side: 'ours',
    ms,
    rows: valid + summary.invalid,
    valid,
    peakMb: Math.max(0, peakRss - base.rss) / 2 ** 20,
    peakRssMb: peakRss / 2 ** 20,
    baseRssMb: base.rss / 2 ** 20,
    rssPeakBeforeMb: rssPeakBefore / 2 ** 20,
    peakReset,
    retainedMb: (after.heap - base.heap) / 2 ** 20,
    detail,
  }) + '\n',
);
