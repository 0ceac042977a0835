/**
 * `npm run check:size` — enforces the JS budget on a built app (default dist/; run after `vite build`):
 * initial JS (gzip, entry + static imports + modulepreloads) ≤ bench/size-budget.json's budget, and no
 * lazy-only feature (Excel, PDF, CSV parsing, IndexedDB, scale reader) inside the initial set.
 * Exits 1 with the reason when either fails. Usage: tsx scripts/bench/check-size.ts [distDir]
 */
import { existsSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { initialJs, lazyMarkersInInitial } from './initial-js';
import { judge, readBudget } from './size-budget';
import { APP_DIST } from './paths';

export async function checkSize(distDir = APP_DIST) {
  if (!existsSync(resolve(distDir, 'index.html'))) throw new Error(`${distDir}/index.html missing: build the app first (npx vite build)`);
  const report = await initialJs(distDir);
  const budget = await readBudget();
  const verdict = judge(report, budget, await lazyMarkersInInitial(distDir, report));
  return { report, budget, verdict };
}

const isMain = process.argv[1] && import.meta.filename === realpathSync(process.argv[1]);
if (isMain) {
  const { report, verdict } = await checkSize(process.argv[2] ? resolve(process.argv[2]) : APP_DIST);
  for (const c of report.initial) console.log(`  initial  ${(c.gzip / 1024).toFixed(1).padStart(7)} KiB  ${c.file}`);
  for (const c of report.deferred) console.log(`  deferred ${(c.gzip / 1024).toFixed(1).padStart(7)} KiB  ${c.file}`);
  console.log(verdict.message);
  process.exitCode = verdict.ok ? 0 : 1;
}
