/**
 * The opt-in local vector basemap, end to end: the app built with VITE_BASEMAP_PMTILES (into its own outDir) and
 * served with a small generated PMTiles file next to it draws the file's roads, and nothing is requested from
 * another origin. The same view from the default build (no basemap) looks different.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { build, preview, type PreviewServer } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildFixturePmtiles } from '../../scripts/basemap/make-fixture-pmtiles';
import { ARTIFACTS_DIR, openApp, type AppDriver } from './driver';

const ROOT = path.resolve(import.meta.dirname, '../..');
const OUT_DIR = path.join(ARTIFACTS_DIR, 'dist-basemap');
const VIEW = '#v=1&map=12/31.44/120.26&lang=zh';
const MAP = '[data-testid="map-view"]';

let server: PreviewServer | null = null;
let basemapURL = '';
const opened: AppDriver[] = [];

beforeAll(async () => {
  process.env.VITE_BASEMAP_PMTILES = './basemap.pmtiles';
  try {
    await build({ root: ROOT, configFile: path.join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir: OUT_DIR, emptyOutDir: true } });
  } finally {
    delete process.env.VITE_BASEMAP_PMTILES;
  }
  fs.writeFileSync(path.join(OUT_DIR, 'basemap.pmtiles'), buildFixturePmtiles());
  server = await preview({
    root: ROOT,
    configFile: path.join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: OUT_DIR },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address() as AddressInfo;
  basemapURL = `http://127.0.0.1:${address.port}`;
}, 600_000);

afterAll(async () => {
  await server?.close();
});

afterEach(async () => {
  const drivers = opened.splice(0);
  try {
    for (const d of drivers) {
      expect(d.foreignRequests, 'requests outside the app origin').toEqual([]);
      expect(d.consoleErrors, 'console errors').toEqual([]);
    }
  } finally {
    for (const d of drivers) await d.close();
  }
});

/** The shared machine can be slow to load a page: a longer navigation timeout (never part of pass/fail). */

const count = (driver: AppDriver, layerId: string) =>
  driver.page.evaluate((id) => window.__wuximap!.renderedFeatureCount(id), layerId);

describe('local vector basemap (PMTiles)', () => {
  it('draws the file’s roads from the app’s origin; the default build does not', async () => {
    const withBasemap = await openApp({ baseURL: basemapURL, path: VIEW });
    opened.push(withBasemap);
    await withBasemap.waitForMapReady();
    await withBasemap.page.waitForFunction(() => window.__wuximap!.renderedFeatureCount('basemap-roads_highway') > 0, undefined, {
      timeout: 60_000,
      polling: 250,
    });
    await withBasemap.settle();
    expect(await count(withBasemap, 'basemap-roads_major')).toBeGreaterThan(0);
    const pmtilesRequests = await withBasemap.page.evaluate(() =>
      performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/basemap.pmtiles')).length,
    );
    expect(pmtilesRequests).toBeGreaterThan(0);
    const a = await withBasemap.screenshot('basemap-zoom12-zh-desktop', MAP);

    const plain = await openApp({ path: VIEW });
    opened.push(plain);
    await plain.waitForMapReady();
    expect(await plain.page.evaluate(() => Boolean(window.__wuximap!.map.getLayer('basemap-roads_highway')))).toBe(false);
    const b = await plain.screenshot('basemap-none-zoom12-zh-desktop', MAP);
    expect(await withBasemap.diffShare(a, b, 12)).toBeGreaterThan(0.002);
    // Two browsers and a second build on a shared software-WebGL machine: generous, and never part of pass/fail.
  }, 400_000);
});
