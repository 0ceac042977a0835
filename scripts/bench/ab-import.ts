/**
 * `npm run bench:ab-import -- <dir> <dir> …`: the bench's 100 k-row CSV import (measureImport: fresh page, dialog
 * opened, file through the app's import worker, heat drawn) on several built app pages, alternating in ONE
 * headless Chromium, with the median worker time of each. Worker times swing ±20 % between runs on this VM, so
 * compare builds side by side in one run. BENCH_IMPORT_RUNS (default 7) imports each; BENCH_IMPORT_ROWS picks
 * the file (default 100 000, generated when missing). Build variants as for `npm run bench:ab`.
 */
import { existsSync } from 'node:fs';
import { pageDirsFromArgs, roundOrder, withServedPages } from './ab-pages';
import { generateProjectFiles } from './generate-projects';
import { measureImport, type ImportSample } from './measure-interaction';
import { DATA_DIR, projectsCsvPath } from './paths';
import { median } from './stats';

const runs = Math.max(1, Number(process.env.BENCH_IMPORT_RUNS ?? 7));
const rows = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const dirs = pageDirsFromArgs('usage: npm run bench:ab-import -- <built app dir> [<dir> …]');

async function main() {
  if (!existsSync(projectsCsvPath(rows))) await generateProjectFiles(rows);
  await withServedPages(dirs, { '/data/': DATA_DIR }, async (browser, urls) => {
    const samples: ImportSample[][] = dirs.map(() => []);
    for (let round = 0; round < runs; round++) {
      for (const i of roundOrder(round, dirs.length)) {
        samples[i]!.push(await measureImport(browser, urls[i]!, `/data/projects-${rows}.csv`, `projects-${rows}.csv`));
      }
    }
    const base = median(samples[0]!.map((s) => s.workerMs));
    for (const [i, dir] of dirs.entries()) {
      const s = samples[i]!;
      const worker = median(s.map((x) => x.workerMs));
      console.log(
        `${dir}: worker median ${Math.round(worker)} ms (${(worker / base).toFixed(2)}× the first) · ${s.map((x) => Math.round(x.workerMs)).join(' ')}` +
          ` · round trip ${Math.round(median(s.map((x) => x.roundTripMs)))} ms · longest task ${Math.max(...s.map((x) => x.longestTaskMs))} ms`,
      );
    }
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
