import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { initialJs, lazyMarkersInInitial } from '../../scripts/bench/initial-js';
import { judge, readBudget, type SizeBudget } from '../../scripts/bench/size-budget';

/** A fake build: entry → static chunk → shared chunk; a preloaded chunk; a lazy Excel chunk; a worker. */
let dist: string;
beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'budget-'));
  await mkdir(join(dist, 'assets'));
  const files: Record<string, string> = {
    'index.html':
      '<html><head><script type="module" crossorigin src="./assets/index.js"></script>' +
      '<link rel="modulepreload" crossorigin href="./assets/preloaded.js"><link rel="stylesheet" href="./assets/index.css"></head></html>',
    'assets/index.js': 'import{a}from"./vendor.js";const x=()=>import("./excel.js");new Worker(new URL("./worker.js",import.meta.url));a(x);',
    'assets/vendor.js': 'import"./shared.js";export const a=(f)=>f;',
    'assets/shared.js': 'export const s=' + JSON.stringify('s'.repeat(5000)) + ';',
    'assets/preloaded.js': 'export const p=1;',
    'assets/excel.js': 'export const path="xl/worksheets/sheet1.xml";',
    'assets/worker.js': 'self.onmessage=()=>{};',
    'assets/index.css': 'body{margin:0}',
  };
  for (const [name, text] of Object.entries(files)) await writeFile(join(dist, name), text);
});
afterAll(async () => {
  await rm(dist, { recursive: true, force: true });
});

describe('initial JS graph', () => {
  it('follows script src, modulepreload and static imports, but not dynamic import() or workers', async () => {
    const report = await initialJs(dist);
    expect(report.initial.map((c) => c.file)).toEqual([
      'assets/index.js',
      'assets/preloaded.js',
      'assets/shared.js',
      'assets/vendor.js',
    ]);
    expect(report.deferred.map((c) => c.file)).toEqual(['assets/excel.js', 'assets/worker.js']);
    expect(report.css.map((c) => c.file)).toEqual(['assets/index.css']);
    expect(report.initialGzip).toBe(report.initial.reduce((s, c) => s + c.gzip, 0));
    expect(report.initialGzip).toBeLessThan(report.initial.reduce((s, c) => s + c.raw, 0)); // gzip, not raw
  });

  it('finds a lazy feature once a static import pulls it into the initial set', async () => {
    expect(await lazyMarkersInInitial(dist, await initialJs(dist))).toEqual([]);
    await writeFile(join(dist, 'assets/vendor.js'), 'import"./shared.js";import"./excel.js";export const a=(f)=>f;');
    const report = await initialJs(dist);
    expect(await lazyMarkersInInitial(dist, report)).toEqual([{ feature: 'Excel (xlsx read/write)', file: 'assets/excel.js' }]);
  });
});

describe('budget verdict', () => {
  const budget: SizeBudget = {
    factor: 1.15,
    floorInitialGzip: 1000,
    floorWorkerGzip: 0,
    budgetInitialGzip: 1150,
    measuredAt: 'test',
    libraries: {},
  };
  const report = (gzip: number) => ({ initial: [{ file: 'a.js', raw: gzip * 3, gzip }], initialGzip: gzip, deferred: [], deferredGzip: 0, css: [] });
  it('passes at the budget and fails one byte over', () => {
    expect(judge(report(1150), budget, []).ok).toBe(true);
    const over = judge(report(1151), budget, []);
    expect(over.ok).toBe(false);
    expect(over.message).toMatch(/OVER BUDGET/);
  });
  it('fails when lazy code is in the initial set even if small', () => {
    expect(judge(report(10), budget, [{ feature: 'PDF', file: 'a.js' }]).ok).toBe(false);
  });
  it('the committed budget is 1.15 × a measured floor of plausible size', async () => {
    const committed = await readBudget();
    expect(committed.factor).toBeLessThanOrEqual(1.15);
    expect(committed.budgetInitialGzip).toBe(Math.floor(committed.floorInitialGzip * committed.factor));
    // MapLibre + deck.gl + React cannot be much smaller than ~400 KiB gzip or larger than ~900 KiB.
    expect(committed.floorInitialGzip).toBeGreaterThan(400 * 1024);
    expect(committed.floorInitialGzip).toBeLessThan(900 * 1024);
  });
});
