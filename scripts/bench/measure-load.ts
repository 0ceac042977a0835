/**
 * One first-visit load of a page in a fresh context: time to the first idle map with deck.gl drawn, JS
 * transferred (encoded bytes on the wire, i.e. gzip) before that moment and in total, long tasks before it,
 * and the JS heap once the page has settled.
 */
import type { Browser } from 'playwright-core';
import { INIT_SCRIPT, SETTLE, type PageBench } from './in-page';
import { VIEWPORT } from './browser';
import type { RequestRecord } from './static-server';

export interface LoadSample {
  readyMs: number;
  jsBeforeReady: number;
  jsTotal: number;
  requestsTotal: number;
  longTasks: number;
  longTaskMs: number;
  longestTaskMs: number;
  heapUsed: number;
  foreignRequests: string[];
}

/**
 * JS bytes come from the static server's own log (bytes it sent, gzip where it compressed): Playwright's
 * network events do not see requests made by workers, and the MapLibre worker script is ~145 KiB of it.
 */
export async function measureLoad(browser: Browser, url: string, serverLog: RequestRecord[], timeoutMs = 120_000): Promise<LoadSample> {
  const logStart = serverLog.length;
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'zh-CN' });
  try {
    await context.addInitScript({ content: INIT_SCRIPT });
    const origin = new URL(url).origin;
    const foreignRequests: string[] = [];
    context.on('request', (req) => {
      const u = req.url();
      if (!u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin) foreignRequests.push(u);
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    await page.waitForFunction(() => window.__bench?.readyAt != null, undefined, { timeout: timeoutMs, polling: 50 });
    const { readyAt, timeOrigin } = await page.evaluate(() => ({ readyAt: window.__bench!.readyAt!, timeOrigin: performance.timeOrigin }));
    const readyEpoch = timeOrigin + readyAt;
    await page.evaluate(SETTLE);
    await page.waitForTimeout(1500); // late requests (fonts, lazy chunks) count in the total
    const bench = (await page.evaluate(() => window.__bench)) as PageBench;
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    const beforeReady = bench.longtasks.filter(([start]) => start < readyAt);
    const isJsPath = (path: string) => /\.m?js$/.test(path);
    const js = serverLog
      .slice(logStart)
      .filter((r) => isJsPath(r.path))
      .map((r) => ({ end: r.at, bytes: r.bytes }));
    return {
      readyMs: readyAt,
      jsBeforeReady: js.filter((f) => f.end <= readyEpoch).reduce((s, f) => s + f.bytes, 0),
      jsTotal: js.reduce((s, f) => s + f.bytes, 0),
      requestsTotal: serverLog.length - logStart,
      longTasks: beforeReady.length,
      longTaskMs: beforeReady.reduce((s, [, d]) => s + d, 0),
      longestTaskMs: beforeReady.reduce((m, [, d]) => Math.max(m, d), 0),
      heapUsed: heap.usedSize,
      foreignRequests,
    };
  } finally {
    await context.close();
  }
}
