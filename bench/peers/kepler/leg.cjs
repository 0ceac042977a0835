// One leg of the bench's peer comparison, run by scripts/bench/peer/compare.ts in a fresh Node process
// (node --expose-gc leg.cjs <csv> <repeats>): kepler.gl's CSV import as its createNewDataEntry does it —
// processCsvData (d3-dsv parse, type analysis, typed values), validateInputData, then new KeplerTable(...)
// and table.importData(). The bytes are decoded as UTF-8 inside the timed section, as our import does.
// Prints one JSON line: times per repeat (the first is cold), peak RSS and retained memory of the first.
const { readFileSync, writeFileSync } = require('node:fs');
const { processCsvData } = require('@kepler.gl/processors');
const { KeplerTable } = require('@kepler.gl/table');
const { validateInputData } = require('@kepler.gl/utils');

const [file, repeatsArg] = process.argv.slice(2);
const repeats = Math.max(1, Number(repeatsArg ?? 1));
const bytes = new Uint8Array(readFileSync(file));
const version = (name) => require(`${name}/package.json`).version;

async function importOnce(i) {
  const text = new TextDecoder('utf-8').decode(bytes);
  const data = processCsvData(text);
  const validated = validateInputData(data);
  if (!validated) throw new Error('kepler: validateInputData refused the file');
  const table = new KeplerTable({ info: { id: `bench-${i}`, label: 'bench' }, color: [255, 0, 0] });
  await table.importData({ data: validated });
  return table;
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
const resetPeakRss = () => {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
};
const peakRssBytes = () => {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (kb) return Number(kb) * 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS * 1024;
};

(async () => {
  global.gc();
  const base = mem();
  const peakReset = resetPeakRss();
  const rssPeakBefore = peakRssBytes();
  const ms = [];
  let t0 = performance.now();
  let table = await importOnce(0);
  ms.push(performance.now() - t0);
  const peakRss = peakRssBytes();
  global.gc();
  const held = mem();
  const rows = table.dataContainer.numRows();
  const fields = table.fields.map((f) => `${f.name}:${f.type}`);
  table = null;
  for (let i = 1; i < repeats; i++) {
    global.gc();
    t0 = performance.now();
    table = await importOnce(i);
    ms.push(performance.now() - t0);
    table = null;
  }
  process.stdout.write(
    JSON.stringify({
      side: 'kepler',
      ms,
      rows,
      valid: rows,
      peakMb: Math.max(0, peakRss - base.rss) / 2 ** 20,
      peakRssMb: peakRss / 2 ** 20,
      baseRssMb: base.rss / 2 ** 20,
      rssPeakBeforeMb: rssPeakBefore / 2 ** 20,
      peakReset,
      retainedMb: (held.heap - base.heap) / 2 ** 20,
      detail: { fields },
      versions: {
        '@kepler.gl/processors': version('@kepler.gl/processors'),
        '@kepler.gl/table': version('@kepler.gl/table'),
        '@kepler.gl/utils': version('@kepler.gl/utils'),
        'd3-dsv': version('d3-dsv'),
      },
    }) + '\n',
  );
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
