/**
 * `npm run size:floor` — builds bench/libs-floor (MapLibre + deck.gl as the app uses them + React), measures its
 * initial JS and the MapLibre worker (gzip), and writes bench/size-budget.json with budget = FACTOR × floor.
 * Run after upgrading maplibre-gl, deck.gl or React; commit the JSON with the upgrade.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildBenchPage } from './build-pages';
import { initialJs } from './initial-js';
import { BUDGET_FILE, type SizeBudget } from './size-budget';
import { ROOT } from './paths';

export const FACTOR = 1.15;

async function version(pkg: string): Promise<string> {
  const json = JSON.parse(await readFile(resolve(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string };
  return json.version;
}

export async function measureFloor(): Promise<SizeBudget> {
  const dir = await buildBenchPage('libs-floor');
  const report = await initialJs(dir);
  const worker = report.deferred.find((c) => c.file.includes('maplibre-gl-worker'));
  const libraries: Record<string, string> = {};
  for (const pkg of ['maplibre-gl', '@deck.gl/core', 'react', 'react-dom', 'vite']) libraries[pkg] = await version(pkg);
  return {
    factor: FACTOR,
    floorInitialGzip: report.initialGzip,
    floorWorkerGzip: worker?.gzip ?? 0,
    budgetInitialGzip: Math.floor(report.initialGzip * FACTOR),
    measuredAt: new Date().toISOString().slice(0, 10),
    libraries,
  };
}

const isMain = process.argv[1] && import.meta.filename === realpathSync(process.argv[1]);
if (isMain) {
  const budget = await measureFloor();
  await writeFile(BUDGET_FILE, JSON.stringify(budget, null, 2) + '\n');
  console.log(
    `library floor ${(budget.floorInitialGzip / 1024).toFixed(1)} KiB gzip initial JS (+ worker ${(budget.floorWorkerGzip / 1024).toFixed(1)} KiB); ` +
      `budget ${budget.factor} × floor = ${(budget.budgetInitialGzip / 1024).toFixed(1)} KiB → ${BUDGET_FILE}`,
  );
}
