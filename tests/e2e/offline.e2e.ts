/**
 * Take it along: after one visit the app opens with no network (service worker precache), it is installable
 * (manifest + icons), and "Copy link" puts the current view's link on the clipboard.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { AppDriver } from './driver';
import { finish, openReady, waitForSelection } from './panels-helpers';

let app: AppDriver | null = null;
afterEach(async () => {
  const current = app;
  app = null;
  await finish(current);
});

describe('offline and installable', () => {
  it('reopens the map with its layers and panels with the network off, after one visit', async () => {
    app = await openReady({ path: '#v=1&sel=board:320214&heat=targets', serviceWorkers: true });
    const { page, context } = app;
    // The worker registers after the first draw; `ready` resolves once it has precached everything and is active.
    const scope = await page.evaluate(() =>
      Promise.race([
        navigator.serviceWorker.ready.then((r) => r.scope),
        new Promise<string>((_, fail) => setTimeout(() => fail(new Error('no service worker')), 90_000)),
      ]),
    );
    expect(scope).toContain(new URL(app.baseURL).host);

    await context.setOffline(true);
    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector('[data-ready="true"]', { timeout: 60_000 });
    await app.waitForMapReady();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await page.waitForSelector('[data-testid="board-panel"][data-board="320214"]');
    expect(await page.evaluate(() => window.__wuximap!.renderedFeatureCount('park-symbols'))).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.__wuximap!.renderedFeatureCount('district-fill'))).toBeGreaterThan(0);
    await page.click('[data-testid="tab-list"]');
    expect(await page.locator('[data-testid="park-row"]').count()).toBeGreaterThan(10);
    await app.screenshot('offline-reload');
  }, 480_000);

  it('is installable: the manifest names the app and its icons are served', async () => {
    app = await openReady({ path: '#v=1' });
    const manifest = await app.page.evaluate(async () => {
      const href = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!.href;
      const json = await (await fetch(href)).json();
      const icons = await Promise.all(
        (json.icons as { src: string }[]).map(async (i) => (await fetch(new URL(i.src, href))).status),
      );
      return { name: json.name as string, description: json.description as string, icons };
    });
    expect(manifest.name).toBe('无锡产业创新地图');
    expect(manifest.description).toMatch(/Wuxi/);
    expect(manifest.icons).toEqual([200, 200, 200]);
  }, 480_000);

  it('copies the link of the current view, with a confirmation', async () => {
    app = await openReady({ path: '#v=1' });
    const { page, context } = app;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.baseURL });
    await page.click('[data-testid="tab-list"]');
    await page.click('[data-testid="park-row"][data-park="binhu_humanoid_robot_park"]');
    await waitForSelection(app, 'park', 'binhu_humanoid_robot_park');
    await page.click('[data-testid="copy-link"]');
    await page.waitForSelector('[data-testid="copy-link-status"]');
    expect(await page.textContent('[data-testid="copy-link-status"]')).toBe('链接已复制');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('sel=park%3Abinhu_humanoid_robot_park');
    // The copied link is the page's own link once the address bar has caught up.
    await page.waitForFunction(() => location.hash.includes('sel=park'), undefined, { timeout: 10_000 });
    await page.waitForFunction(() => !window.__wuximap!.map.isMoving(), undefined, { timeout: 30_000 });
    await page.click('[data-testid="copy-link"]');
    await page.waitForTimeout(600); // the address bar is written after a short debounce
    const again = await page.evaluate(() => navigator.clipboard.readText());
    expect(again).toBe(await page.evaluate(() => location.href));
  }, 480_000);
});
