/**
 * Interaction benchmarks on a loaded page: filter change → next deck.gl frame with N SYNTHETIC project points
 * drawn as the investment heat surface; and (app only) a projects CSV through the import feature's worker
 * pipeline → heat drawn, with the longest main-thread task meanwhile.
 */
import type { Browser } from 'playwright-core';
import { median } from './stats';
import { INIT_SCRIPT, SETTLE, filterLatency, importCsv, setProjects } from './in-page';
import { VIEWPORT } from './browser';
import { SYNTHETIC_INDUSTRIES } from './synthetic-projects';

export interface FilterSample {
  points: number;
  latencies: number[];
}

/** A cycle of industry filters: one, two, one other, all (the empty filter), so every change redraws. */
const FILTER_CYCLE: string[][] = [[SYNTHETIC_INDUSTRIES[0]], [SYNTHETIC_INDUSTRIES[1], SYNTHETIC_INDUSTRIES[2]], [SYNTHETIC_INDUSTRIES[3]], []];

async function openReady(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'zh-CN' });
  await context.addInitScript({ content: INIT_SCRIPT });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForFunction(() => window.__bench?.readyAt != null && window.__wuximapBench != null, undefined, {
    timeout: 120_000,
    polling: 50,
  });
  await page.evaluate(SETTLE);
  return { context, page };
}

export async function measureFilter(browser: Browser, url: string, dataUrl: string, points: number, changes: number): Promise<FilterSample> {
  const { context, page } = await openReady(browser, url);
  try {
    const loaded = (await page.evaluate(setProjects(dataUrl))) as number;
    if (loaded !== points) throw new Error(`expected ${points} projects, page loaded ${loaded}`);
    await page.evaluate(SETTLE);
    const latencies: number[] = [];
    for (let i = 0; i < changes; i++) {
      latencies.push((await page.evaluate(filterLatency(FILTER_CYCLE[i % FILTER_CYCLE.length]!))) as number);
      await page.evaluate(SETTLE);
    }
    return { points, latencies };
  } finally {
    await context.close();
  }
}

export interface ImportSample {
  rows: number;
  valid: number;
  workerMs: number;
  roundTripMs: number;
  /** File handed over → dataset stored (IndexedDB) and in the store, as "Add to map" does. */
  totalMs: number;
  /** Longest main-thread task while the import dialog opened, before any file (the map readies its layers). */
  openLongestTaskMs: number;
  heatDrawnMs: number;
  longestTaskMs: number;
  longTasks: number;
  pipeline: string;
  /** How many imports this sample combines (see combineImports). */
  runs?: number;
}

/**
 * Several imports of the same file (each in a fresh page) as one sample: the median of each time, and the
 * worst of the longest tasks — one import that blocks the page is one too many.
 */
export function combineImports(samples: readonly ImportSample[]): ImportSample {
  const first = samples[0];
  if (!first) throw new Error('no import samples');
  const mid = (key: 'workerMs' | 'roundTripMs' | 'totalMs' | 'heatDrawnMs') => median(samples.map((s) => s[key]));
  const worst = (key: 'openLongestTaskMs' | 'longestTaskMs' | 'longTasks') => Math.max(...samples.map((s) => s[key]));
  return {
    ...first,
    workerMs: mid('workerMs'),
    roundTripMs: mid('roundTripMs'),
    totalMs: mid('totalMs'),
    heatDrawnMs: mid('heatDrawnMs'),
    openLongestTaskMs: worst('openLongestTaskMs'),
    longestTaskMs: worst('longestTaskMs'),
    longTasks: worst('longTasks'),
    runs: samples.length,
  };
}

export async function measureImport(browser: Browser, url: string, csvUrl: string, name: string): Promise<ImportSample> {
  const { context, page } = await openReady(browser, url);
  try {
    const supported = await page.evaluate(() => typeof window.__wuximapBench?.importCsv === 'function');
    if (!supported) throw new Error('the page has no importCsv bench hook');
    return (await page.evaluate(importCsv(csvUrl, name))) as ImportSample;
  } finally {
    await context.close();
  }
}
