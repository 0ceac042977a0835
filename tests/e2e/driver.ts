/**
 * The e2e driver: one small layer between the specs and the browser (maputnik's e2e driver pattern).
 * Specs say what a user does and what they see; this file knows how to launch Debian's Chromium, open the
 * built app, wait until the map has really drawn, take screenshots and compare pixels.
 *
 * It relies on the test-only surface the map exposes on `window.__wuximap` (see src/map/test-hooks.ts).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, inject } from 'vitest';

export const ARTIFACTS_DIR = resolve(import.meta.dirname, 'artifacts');
/** How the init script marks a CSP violation it reports. */
const CSP_PREFIX = 'CSP violation:';

export const VIEWPORTS = {
  desktop: { width: 1440, height: 900, isMobile: false },
  phone: { width: 390, height: 844, isMobile: true },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;

/** Flags verified on this machine (see /work/shared/notes/stack-notes.md): WebGL2 through SwiftShader, no network chatter. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export interface OpenOptions {
  /** Path + query + fragment relative to the app root, e.g. '#v=1&lang=en'. Default: the app root. */
  path?: string;
  viewport?: ViewportName;
  /** Origin of another served build (default: the suite's dist/ server). */
  baseURL?: string;
  /** Runs on the fresh context before the page loads (e.g. to hold back some requests with context.route). */
  beforeLoad?: (context: BrowserContext) => Promise<unknown>;
  /** Chromium flags added to the usual ones (e.g. to switch WebGL off). */
  extraArgs?: readonly string[];
  /**
   * Let the app register its service worker (default: blocked). Only the offline tests need it; elsewhere the
   * worker's precache download (~6 MB) would only slow each test on this 2-core machine.
   */
  serviceWorkers?: boolean;
}

export interface ImageStats {
  width: number;
  height: number;
  /** Distinct colours after quantising each channel to 5 bits (tolerant of anti-aliasing noise). */
  distinctColours: number;
  /** Share of pixels that differ from the most common colour (the background). */
  nonBackgroundShare: number;
}

export interface AppDriver {
  page: Page;
  context: BrowserContext;
  baseURL: string;
  /** console.error messages, uncaught page errors, failed requests and CSP violations seen so far. */
  consoleErrors: string[];
  /**
   * Every request whose origin is not the app's own (data:/blob: are local and not counted): any http(s) host,
   * e.g. loaders.gl's default worker CDN (unpkg.com), which the app switches off (src/map/loaders-offline.ts).
   */
  foreignRequests: string[];
  /**
   * Content-Security-Policy violations (the page's `securitypolicyviolation` events and Chromium's "Refused to …"
   * console reports). Also in consoleErrors; `close()` fails the test on any, so every spec runs under the CSP.
   */
  cspViolations: string[];
  /** Resolves when the map is idle, deck has drawn, and one more repaint has settled (two animation frames later). */
  waitForMapReady(): Promise<void>;
  /** A repaint, the next `idle`, then two animation frames: call after any state change before looking. */
  settle(): Promise<void>;
  /** Full-page screenshot, or only the element matching `selector`, saved as artifacts/<name>.png. */
  screenshot(name: string, selector?: string): Promise<Buffer>;
  imageStats(png: Buffer): Promise<ImageStats>;
  /** Share of pixels whose colour differs by more than `tolerance` (0–255, any channel) between two screenshots. */
  diffShare(a: Buffer, b: Buffer, tolerance?: number): Promise<number>;
  close(): Promise<void>;
}

export function baseURL(): string {
  const url = inject('baseURL') ?? process.env.E2E_BASE_URL;
  if (!url) throw new Error('baseURL not provided: run through vitest.e2e.config.ts');
  return url;
}

/**
 * One browser per spec file (vitest runs each file in its own process), a fresh context per test: contexts share
 * nothing a page can see (storage, cache, service workers, cookies), while the browser's GPU process keeps the
 * compiled WebGL programs, which on SwiftShader saves seconds on every app opened after the first.
 * chromium.launch() gives the browser a fresh temporary profile (--user-data-dir) of its own.
 */
let sharedBrowser: Promise<Browser> | null = null;
const launchOptions = (extraArgs: readonly string[] = []) => ({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [...CHROMIUM_ARGS, ...extraArgs],
});
function browser(): Promise<Browser> {
  sharedBrowser ??= chromium.launch(launchOptions());
  return sharedBrowser;
}
export async function closeSharedBrowser(): Promise<void> {
  const open = sharedBrowser;
  sharedBrowser = null;
  await (await open)?.close();
}
// Under vitest the browser closes with the spec file; scripts that use the driver call closeSharedBrowser().
if (process.env.VITEST) afterAll(closeSharedBrowser);

export async function openApp(options: OpenOptions = {}): Promise<AppDriver> {
  const base = options.baseURL ?? baseURL();
  const origin = new URL(base).origin;
  const viewport = VIEWPORTS[options.viewport ?? 'desktop'];
  const contextOptions = {
    viewport: { width: viewport.width, height: viewport.height },
    deviceScaleFactor: 1,
    isMobile: viewport.isMobile,
    hasTouch: viewport.isMobile,
    locale: 'zh-CN',
    serviceWorkers: options.serviceWorkers ? ('allow' as const) : ('block' as const),
  };
  // Other Chromium flags (e.g. WebGL switched off) need a browser of their own, closed with the test.
  const own = options.extraArgs?.length ? await chromium.launch(launchOptions(options.extraArgs)) : null;
  const context = await (own ?? (await browser())).newContext(contextOptions);
  // Generous waits: the suite may share a slow machine; no assertion depends on how long anything took.
  context.setDefaultTimeout(120_000);
  context.setDefaultNavigationTimeout(180_000);
  const page = context.pages()[0] ?? (await context.newPage());
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  const cspViolations: string[] = [];

  // Every page reports CSP violations as console errors, which the handler below collects.
  await context.addInitScript((prefix: string) => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`${prefix} ${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} in ${e.sourceFile}:${e.lineNumber}`);
    });
  }, CSP_PREFIX);
  page.on('console', (msg) => {
    if (msg.type() !== 'error' && msg.type() !== 'warning') return;
    const text = msg.text();
    const csp = text.startsWith(CSP_PREFIX) || /Content Security Policy/i.test(text);
    if (csp) cspViolations.push(text);
    if (msg.type() === 'error' || csp) consoleErrors.push(`console: ${text}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
  // A request the page cancels itself (MapLibre drops tiles that left the view; PMTiles aborts their Range reads)
  // ends as net::ERR_ABORTED: that is the app working, not a failure. Every other failure is an error.
  page.on('requestfailed', (req) => {
    const reason = req.failure()?.errorText ?? '';
    if (reason === 'net::ERR_ABORTED') return;
    consoleErrors.push(`requestfailed: ${req.url()} ${reason}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) consoleErrors.push(`http ${res.status()}: ${res.url()}`);
  });
  context.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) foreignRequests.push(url);
  });

  await options.beforeLoad?.(context);
  // A generous limit: on a busy shared machine the first load can take well over the default 30 s.
  await page.goto(new URL(options.path ?? '', `${base}/`).toString(), { waitUntil: 'load', timeout: 180_000 });

  const settle = async () => {
    await page.evaluate(
      () =>
        new Promise<void>((done) => {
          const hooks = window.__wuximap;
          if (!hooks) throw new Error('window.__wuximap missing');
          hooks.map.once('idle', () => requestAnimationFrame(() => requestAnimationFrame(() => done())));
          hooks.map.triggerRepaint();
        }),
    );
  };

  const driver: AppDriver = {
    page,
    context,
    baseURL: base,
    consoleErrors,
    foreignRequests,
    cspViolations,
    async waitForMapReady() {
      await page.waitForFunction(() => Boolean(window.__wuximap?.idle && window.__wuximap.deckFrames > 0), undefined, {
        timeout: 300_000,
        polling: 100,
      });
      await settle();
    },
    settle,
    async screenshot(name, selector) {
      await mkdir(ARTIFACTS_DIR, { recursive: true });
      const png = selector ? await page.locator(selector).first().screenshot({ type: 'png' }) : await page.screenshot({ type: 'png' });
      await writeFile(join(ARTIFACTS_DIR, `${name}.png`), png);
      return png;
    },
    imageStats: (png) => page.evaluate(imageStatsInPage, png.toString('base64')),
    diffShare: (a, b, tolerance = 24) =>
      page.evaluate(diffShareInPage, { a: a.toString('base64'), b: b.toString('base64'), tolerance }),
    async close() {
      await context.close();
      await own?.close();
      if (cspViolations.length) throw new Error(`Content-Security-Policy violations:\n${cspViolations.join('\n')}`);
    },
  };
  return driver;
}

/*
 * Pixel work runs inside the page (a canvas decodes the PNG), so the suite needs no image library.
 * Playwright serialises each function on its own, so each one inlines its decode step.
 */

async function imageStatsInPage(base64: string): Promise<ImageStats> {
  // Serialised into the page by playwright: must be self-contained, so the decoder is inlined.
  const img = new Image();
  img.src = `data:image/png;base64,${base64}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = img.naturalWidth;
  canvas.height = img.naturalHeight;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('2d canvas unavailable');
  ctx.drawImage(img, 0, 0);
  const { data, width, height } = ctx.getImageData(0, 0, canvas.width, canvas.height);
  const counts = new Map<number, number>();
  for (let i = 0; i < data.length; i += 4) {
    const key = ((data[i]! >> 3) << 10) | ((data[i + 1]! >> 3) << 5) | (data[i + 2]! >> 3);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let top = 0;
  for (const n of counts.values()) top = Math.max(top, n);
  const total = width * height;
  return { width, height, distinctColours: counts.size, nonBackgroundShare: (total - top) / total };
}

async function diffShareInPage(args: { a: string; b: string; tolerance: number }): Promise<number> {
  const load = async (base64: string) => {
    const img = new Image();
    img.src = `data:image/png;base64,${base64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('2d canvas unavailable');
    ctx.drawImage(img, 0, 0);
    return ctx.getImageData(0, 0, canvas.width, canvas.height);
  };
  const [a, b] = await Promise.all([load(args.a), load(args.b)]);
  if (a.width !== b.width || a.height !== b.height) return 1;
  let changed = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    if (
      Math.abs(a.data[i]! - b.data[i]!) > args.tolerance ||
      Math.abs(a.data[i + 1]! - b.data[i + 1]!) > args.tolerance ||
      Math.abs(a.data[i + 2]! - b.data[i + 2]!) > args.tolerance
    )
      changed++;
  }
  return changed / (a.width * a.height);
}
