/**
 * Scale path (issue 6): 1 000 000 SYNTHETIC points in an indexed FlatGeobuf file (~170 MB) served by a plain
 * static server with HTTP Range. The demo page (bench/scale-demo: MapLibre + deck.gl + src/scale) must stay
 * interactive and read only the visible part: asserted on the server's request log (Range headers, bytes sent),
 * never on timings. Builds what it needs when missing (1 M-point file ≈ 30 s, demo page ≈ 10 s).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildScaleFiles } from '../../scripts/scale/build-points-fgb';
import { buildBenchPage } from '../../scripts/bench/build-pages';
import { SCALE_DIR } from '../../scripts/bench/paths';
import { startStaticServer, type StaticServer } from '../../scripts/bench/static-server';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/bench/browser';

const COUNT = 1_000_000;
const FGB = resolve(SCALE_DIR, `points-${COUNT}.fgb`);
const FGB_PATH = `/data/points-${COUNT}.fgb`;
const ARTIFACTS = resolve(import.meta.dirname, 'artifacts');

let server: StaticServer;
let browser: Browser;
let page: Page;
let fileSize: number;

interface DemoState {
  mode: string;
  reads: number;
  total: { bytes: number; requests: number };
  count: number;
  loaded: { west: number; south: number; east: number; north: number } | null;
  allInside: boolean;
  error: string | null;
}

/** The demo's state, summarised in the page (positions checked against the loaded box there). */
const readState = (p: Page) =>
  p.evaluate(`(() => {
    const s = window.__scaleDemo.state;
    if (!s) return null;
    const pts = s.points;
    let allInside = true;
    if (pts && s.loadedBBox) {
      const b = s.loadedBBox;
      for (let i = 0; i < pts.count; i++) {
        const x = pts.positions[2 * i], y = pts.positions[2 * i + 1];
        if (x < b.west || x > b.east || y < b.south || y > b.north) { allInside = false; break; }
      }
    }
    return { mode: s.mode, reads: s.reads, total: s.total, count: pts ? pts.count : 0, loaded: s.loadedBBox, allInside, error: s.error };
  })()`) as Promise<DemoState | null>;

async function waitForReads(p: Page, reads: number): Promise<DemoState> {
  await p.waitForFunction(`(() => { const s = window.__scaleDemo.state; return s && (s.mode === 'error' || (s.mode === 'points' && s.reads >= ${reads})); })()`, undefined, {
    timeout: 90_000,
    polling: 100,
  });
  return (await readState(p))!;
}

const fgbRequests = () => server.log.filter((r) => r.path === FGB_PATH);

beforeAll(async () => {
  if (!existsSync(FGB)) await buildScaleFiles(COUNT);
  fileSize = statSync(FGB).size;
  const demoDir = await buildBenchPage('scale-demo');
  server = await startStaticServer({ '/scale/': demoDir, '/data/': SCALE_DIR });
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${server.origin}/scale/?fgb=${encodeURIComponent(FGB_PATH)}`, { waitUntil: 'load' });
  await page.waitForFunction(`(() => window.__scaleDemo && window.__scaleDemo.state && window.__scaleDemo.state.overview)()`, undefined, {
    timeout: 90_000,
  });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('scale path: 1 M points from FlatGeobuf over HTTP Range', () => {
  it('the generated file is beyond what GeoJSON-in-memory handles well', () => {
    expect(fileSize).toBeGreaterThan(100 * 2 ** 20);
  });

  it('shows the overview at city zoom without reading any feature', async () => {
    const state = await readState(page);
    expect(state?.mode).toBe('overview');
    expect(fgbRequests()).toEqual([]);
    expect(server.log.some((r) => r.path.endsWith('.overview.json') && r.status === 200)).toBe(true);
  });

  it('zoomed in, reads only the visible box through Range requests: a small fraction of the file', async () => {
    await page.evaluate(`window.__scaleDemo.map.jumpTo({ center: [120.30, 31.57], zoom: 15 })`);
    const state = await waitForReads(page, 1);
    expect(state.error).toBeNull();
    expect(state.count).toBeGreaterThan(1000); // the densest SYNTHETIC cluster: the read is real
    expect(state.count).toBeLessThan(COUNT / 10);
    expect(state.allInside).toBe(true);

    const requests = fgbRequests();
    expect(requests.length).toBeGreaterThan(0);
    for (const r of requests) {
      expect(r.range, 'every read of the file is a Range request').toMatch(/^bytes=\d+-\d+$/);
      expect(r.status).toBe(206);
    }
    const sent = requests.reduce((s, r) => s + r.bytes, 0);
    expect(sent).toBe(state.total.bytes); // the page counted what the server sent
    expect(sent / fileSize).toBeLessThan(0.05);
    console.log(`scale: ${state.count} points in view; ${requests.length} range requests, ${sent} of ${fileSize} bytes (${((100 * sent) / fileSize).toFixed(2)} %)`);

    await mkdir(ARTIFACTS, { recursive: true });
    await writeFile(resolve(ARTIFACTS, 'scale-zoomed.png'), await page.screenshot());
  });

  it('stays interactive: panning reads the next box, cancels nothing it needs, and redraws', async () => {
    const before = await readState(page);
    const framesBefore = (await page.evaluate('window.__scaleDemo.deckFrames')) as number;
    const bytesBefore = fgbRequests().reduce((s, r) => s + r.bytes, 0);
    await page.mouse.move(720, 450);
    await page.mouse.down();
    await page.mouse.move(300, 300, { steps: 10 });
    await page.mouse.up();
    const after = await waitForReads(page, before!.reads + 1);
    expect(after.error).toBeNull();
    expect(after.count).toBeGreaterThan(0);
    expect(after.allInside).toBe(true);
    expect(after.loaded).not.toEqual(before!.loaded);
    expect((await page.evaluate('window.__scaleDemo.deckFrames')) as number).toBeGreaterThan(framesBefore);
    const total = fgbRequests().reduce((s, r) => s + r.bytes, 0);
    expect(total).toBeGreaterThan(bytesBefore);
    expect(total / fileSize).toBeLessThan(0.1);
  });
});
