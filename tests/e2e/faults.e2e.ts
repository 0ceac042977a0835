/**
 * Faults the app must survive, end to end in Chromium on the built app (under its Content-Security-Policy, like
 * every spec: the driver fails a test on any violation):
 * - no WebGL at all: the map area says why and how to enable it; search, list, panels and My data still work;
 * - both WebGL contexts lost and restored: the base map and the deck.gl symbols draw again, the selection stays;
 * - garbage in the link: the same notice as any malformed link.
 * Two browser launches in all (each costs seconds on a small machine). Nothing here depends on timing.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type AppDriver } from './driver';
import { finish, openReady, waitForSelection } from './panels-helpers';

const FIXTURES = resolve(import.meta.dirname, '..', 'fixtures', 'import');
/** What Chromium offers a page with the GPU and every 3D API switched off: getContext('webgl2') is null. */
const NO_WEBGL_ARGS = ['--disable-gpu', '--disable-software-rasterizer', '--disable-webgl', '--disable-3d-apis'];
const UNAVAILABLE = '[data-testid="map-unavailable"]';
const SEARCH = '[data-testid="search-input"]';
const PARK_PANEL = '[data-testid="park-panel"]';
const MAP = '[data-testid="map-view"]';
/** Generous: a shared 2-core machine with software WebGL can take minutes; no assertion is about time. */
const SLOW = 600_000;

let app: AppDriver | null = null;
afterEach(async () => {
  const current = app;
  app = null;
  await finish(current);
});

describe('without WebGL', () => {
  it('explains the map, and search, list, panels and My data keep working', async () => {
    app = await openApp({ extraArgs: NO_WEBGL_ARGS });
    const { page } = app;
    await page.waitForSelector('[data-ready="true"]', { timeout: 60_000 });
    expect(await page.evaluate(() => document.createElement('canvas').getContext('webgl2'))).toBeNull();
    await page.waitForSelector(`${UNAVAILABLE}[data-fault="no-webgl"]`);
    const zh = await page.textContent(UNAVAILABLE);
    expect(zh).toContain('WebGL');
    expect(zh).toContain('使用图形加速');
    expect(await page.locator(`${MAP} canvas`).count()).toBe(0);
    await app.screenshot('fault-no-webgl-zh');

    // Search finds a park and opens its panel.
    await page.click(SEARCH);
    await page.keyboard.type('滨湖人形');
    const option = '[data-testid="search-results"] [role="option"][data-id="binhu_humanoid_robot_park"]';
    await page.waitForSelector(option);
    await page.click(option);
    await page.waitForSelector(`${PARK_PANEL}[data-park="binhu_humanoid_robot_park"]`);

    // The list opens another park's panel.
    await page.click('[data-testid="tab-list"]');
    expect(await page.locator('[data-testid="park-row"]').count()).toBeGreaterThan(40);
    await page.click('[data-testid="park-row"][data-park="fosun_embodied_intelligence_park"]');
    await page.waitForSelector(`${PARK_PANEL}[data-park="fosun_embodied_intelligence_park"]`);
    expect(await page.locator(`${PARK_PANEL} [data-testid="sources"] li`).count()).toBeGreaterThan(0);

    // My data: import a file, then export it.
    const base64 = (await readFile(resolve(FIXTURES, 'zones.geojson'))).toString('base64');
    await page.evaluate((data) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], 'zones.geojson', { type: 'application/geo+json' }));
      for (const type of ['dragenter', 'dragover', 'drop']) window.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, base64);
    await page.waitForSelector('[data-testid=import-dialog]');
    await page.check('[data-testid=import-kind-zones]', { force: true });
    await page.selectOption('[data-testid=import-crs]', 'wgs84');
    await page.click('[data-testid=import-start]');
    await page.waitForSelector('[data-testid=import-preview]', { timeout: 60_000 });
    await page.click('[data-testid=import-commit]');
    await page.waitForSelector('[data-testid=import-done]');
    await page.click('[data-testid=import-done] .imp-primary');
    await page.click('[data-testid=open-mydata]');
    await page.waitForSelector('[data-testid=mydata-row][data-kind=zones]');
    const download = page.waitForEvent('download');
    await page.click('[data-testid=mydata-row][data-kind=zones] [data-testid=mydata-export-geojson]');
    const exported = JSON.parse(await readFile((await (await download).path())!, 'utf8')) as { features: unknown[] };
    expect(exported.features).toHaveLength(4);
    await page.keyboard.press('Escape');

    // English: the same explanation, complete.
    await page.click('[data-testid="lang-en"]');
    await page.waitForFunction((sel) => document.querySelector(sel)?.textContent?.includes('graphics acceleration'), UNAVAILABLE);
    expect(await page.textContent(UNAVAILABLE)).not.toMatch(/\p{Script=Han}/u);
    await app.screenshot('fault-no-webgl-en');
  }, SLOW);
});

describe('a link with garbage, then WebGL context loss', () => {
  it('shows the malformed-link notice, and recovers both canvases keeping the selection', async () => {
    app = await openReady({ path: '#javascript:alert(document.domain)' });
    const { page } = app;
    // Garbage in the link: the notice every malformed link gets, and a clean link replaces it.
    await page.waitForSelector('[data-testid="notice"]');
    expect(await page.textContent('[data-testid="notice"]')).toContain('整个链接');
    await page.waitForFunction(() => location.hash.startsWith('#v=1&'));
    await page.click('[data-testid="notice"] .notice-close');
    await page.evaluate(() => (location.hash = '#eyJ2IjoxLCJsYW5nIjoiZW4ifQ=='));
    await page.waitForSelector('[data-testid="notice"]');

    // A selected park, drawn.
    await page.click('[data-testid="tab-list"]');
    await page.click('[data-testid="park-row"][data-park="binhu_humanoid_robot_park"]');
    await waitForSelection(app, 'park', 'binhu_humanoid_robot_park');
    await page.waitForFunction(() => !window.__wuximap!.map.isMoving(), undefined, { timeout: 30_000 });
    await app.settle();
    const parkSymbols = () => page.evaluate(() => window.__wuximap!.renderedFeatureCount('park-symbols'));
    const symbolsBefore = await parkSymbols();
    expect(symbolsBefore).toBeGreaterThan(0);
    const before = await app.screenshot('fault-context-before', MAP);

    // Lose both contexts, wait for the loss, then restore both.
    const canvases = await page.evaluate(async () => {
      const all = [...document.querySelectorAll<HTMLCanvasElement>('[data-testid="map-view"] canvas')];
      const lost = all.map(
        (canvas) =>
          new Promise<{ canvas: HTMLCanvasElement; ext: WEBGL_lose_context }>((done) => {
            const ext = (canvas.getContext('webgl2') as WebGL2RenderingContext).getExtension('WEBGL_lose_context')!;
            canvas.addEventListener('webglcontextlost', () => done({ canvas, ext }), { once: true });
            ext.loseContext();
          }),
      );
      const exts = await Promise.all(lost);
      (window as unknown as { __lost: typeof exts }).__lost = exts;
      return all.length;
    });
    expect(canvases).toBe(2);
    const framesAtLoss = await page.evaluate(() => window.__wuximap!.deckFrames);
    await page.evaluate(() => {
      for (const { ext } of (window as unknown as { __lost: { ext: WEBGL_lose_context }[] }).__lost) ext.restoreContext();
    });

    // The base map and a new deck canvas draw again; the symbols are pickable (drawn into a live context).
    await page.waitForFunction((n) => window.__wuximap!.deckFrames > n, framesAtLoss, { timeout: 180_000 });
    await app.settle();
    expect(await parkSymbols()).toBe(symbolsBefore);
    const live = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLCanvasElement>('[data-testid="map-view"] canvas')].map(
        (c) => (c.getContext('webgl2') as WebGL2RenderingContext).isContextLost(),
      ),
    );
    expect(live).toEqual([false, false]);
    expect(await page.evaluate(() => window.__wuximap!.state().selection)).toEqual({ kind: 'park', id: 'binhu_humanoid_robot_park' });
    await page.waitForSelector(`${PARK_PANEL}[data-park="binhu_humanoid_robot_park"]`);
    const after = await app.screenshot('fault-context-after', MAP);
    // Same picture as before the loss (a missing symbol layer or a blank base map would change far more).
    expect(await app.diffShare(before, after)).toBeLessThan(0.002);
    const stats = await app.imageStats(after);
    expect(stats.distinctColours).toBeGreaterThan(50);
    expect(app.foreignRequests.filter((url) => url.includes('unpkg.com'))).toEqual([]);
  }, SLOW);
});
