/**
 * Lighthouse (npm `lighthouse`, desktop preset) against a page, in Debian's Chromium started by chrome-launcher
 * with the same flags as the bench. Reports the three category scores, CLS, and whether any render-blocking
 * resource comes from another origin. Lighthouse needs nothing from the network here: it audits a local URL.
 */
import lighthouse, { desktopConfig } from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser';

export interface LighthouseResult {
  url: string;
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  cls: number | null;
  lcpMs: number | null;
  tbtMs: number | null;
  renderBlocking: string[];
  renderBlockingRemote: string[];
  error?: string;
}

export async function runLighthouse(url: string): Promise<LighthouseResult> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS.filter((f) => f !== '--enable-precise-memory-info')],
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] },
      desktopConfig,
    );
    if (!result) throw new Error('lighthouse returned no result');
    const lhr = result.lhr;
    const score = (id: string) => {
      const s = lhr.categories[id]?.score;
      return typeof s === 'number' ? Math.round(s * 100) : null;
    };
    const numeric = (id: string) => {
      const v = lhr.audits[id]?.numericValue;
      return typeof v === 'number' ? v : null;
    };
    const blockingItems = ((lhr.audits['render-blocking-resources']?.details as { items?: { url: string }[] } | undefined)?.items ?? []).map(
      (i) => i.url,
    );
    const origin = new URL(url).origin;
    return {
      url,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      cls: numeric('cumulative-layout-shift'),
      lcpMs: numeric('largest-contentful-paint'),
      tbtMs: numeric('total-blocking-time'),
      renderBlocking: blockingItems,
      renderBlockingRemote: blockingItems.filter((u) => !u.startsWith(origin)),
      ...(lhr.runtimeError ? { error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` } : {}),
    };
  } catch (error) {
    return {
      url,
      performance: null,
      accessibility: null,
      bestPractices: null,
      cls: null,
      lcpMs: null,
      tbtMs: null,
      renderBlocking: [],
      renderBlockingRemote: [],
      error: String(error),
    };
  } finally {
    chrome.kill();
  }
}
