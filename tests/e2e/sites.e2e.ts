/**
 * Park sites end to end on the built app: a site register imported through 我的数据 moves its parks (Point and
 * Polygon), the panel says "site" with the user's source, and it survives a reload; bad rows are refused with
 * row messages and nothing already loaded changes; the placement editor, driven with the mouse, places a point
 * and draws an outline; the register exported from one profile imports into a fresh one with the same sites.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type AppDriver } from './driver';
import { openReady } from './panels-helpers';

const ROOT = resolve(import.meta.dirname, '..', '..');
const districts = JSON.parse(readFileSync(resolve(ROOT, 'geo', 'districts.geojson'), 'utf8')) as {
  features: Array<{ properties: { id: string; label_point: [number, number] } }>;
};
const labelPoint = (board: string): [number, number] => districts.features.find((f) => f.properties.id === board)!.properties.label_point;

// Positions near each board's label point (inside its polygon): synthetic test sites, never published data.
const XINWU = labelPoint('320214');
const LIANGXI = labelPoint('320213');
const POINT_PARK = 'xinwu_synthetic_biology_park'; // 新吴
const POLYGON_PARK = 'wuxi_ai_collaborative_innovation_base'; // 梁溪
const square = ([x, y]: [number, number], d: number) => [[[x - d, y - d], [x + d, y - d], [x + d, y + d], [x - d, y + d], [x - d, y - d]]];
const goodRegister = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', geometry: { type: 'Point', coordinates: [XINWU[0] + 0.004, XINWU[1] + 0.003] }, properties: { park_id: POINT_PARK, source: { title: 'E2E survey A', source_date: '2026-11' }, note: 'test point' } },
    { type: 'Feature', geometry: { type: 'Polygon', coordinates: square(LIANGXI, 0.004) }, properties: { park_id: POLYGON_PARK, source: { title: 'E2E survey B', source_url: 'https://example.org/b' } } },
  ],
};
const badRegister = {
  type: 'FeatureCollection',
  features: [
    // A Jiangyin park placed in Yixing: outside its board.
    { type: 'Feature', geometry: { type: 'Point', coordinates: labelPoint('320282') }, properties: { park_id: 'jiangyin_ic_park', source: { title: 'wrong board' } } },
    // No source.
    { type: 'Feature', geometry: { type: 'Point', coordinates: labelPoint('320205') }, properties: { park_id: 'xishan_new_materials_park' } },
    // Already in the user's register: would change what is loaded.
    { type: 'Feature', geometry: { type: 'Point', coordinates: [XINWU[0] - 0.01, XINWU[1]] }, properties: { park_id: POINT_PARK, source: { title: 'second opinion' } } },
  ],
};

let apps: AppDriver[] = [];
afterEach(async () => {
  for (const a of apps) await a.close();
  apps = [];
});
async function open(path = '') {
  const app = await openReady({ path });
  apps.push(app);
  return app;
}

async function importRegister(page: Page, name: string, text: string): Promise<{ valid: number; codes: string[] }> {
  await page.click('[data-testid=open-mydata]');
  await page.click('[data-testid=mydata-import]');
  await page.waitForSelector('[data-testid=import-dialog]');
  await page.check('[data-testid=import-kind-sites]', { force: true });
  await page.setInputFiles('[data-testid=import-file-input]', { name, mimeType: 'application/geo+json', buffer: Buffer.from(text) });
  await page.click('[data-testid=import-start]');
  await page.waitForSelector('[data-testid=import-preview]', { timeout: 60_000 });
  const valid = Number(await page.getAttribute('[data-testid=import-valid-count]', 'data-count'));
  const codes = await page.locator('[data-testid=import-problems] tr[data-code]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code') ?? ''));
  return { valid, codes };
}

async function commitImport(page: Page) {
  await page.click('[data-testid=import-commit]');
  await page.waitForSelector('[data-testid=import-done]');
  await page.click('[data-testid=import-done] .imp-primary');
}

const parkState = (page: Page, id: string) =>
  page.evaluate((parkId) => window.__wuximap!.parks().find((p) => p.id === parkId) ?? null, id);

async function openPark(page: Page, id: string) {
  await page.evaluate((parkId) => window.__wuximap!.state().select({ kind: 'park', id: parkId }), id);
  await page.waitForSelector(`[data-testid=park-panel][data-park=${id}] [data-testid=site-section]`);
}

/** Client pixel of a lon/lat on the map canvas. */
const pixel = (page: Page, lonLat: [number, number]) =>
  page.evaluate((ll) => {
    const map = window.__wuximap!.map;
    const rect = map.getCanvas().getBoundingClientRect();
    const p = map.project(ll);
    return [rect.left + p.x, rect.top + p.y] as [number, number];
  }, lonLat);

async function jumpTo(app: AppDriver, center: [number, number], zoom: number) {
  await app.page.evaluate(({ center, zoom }) => window.__wuximap!.map.jumpTo({ center, zoom }), { center, zoom });
  await app.settle();
}

async function exportEditorRegister(page: Page): Promise<string> {
  await page.click('[data-testid=open-mydata]');
  const row = page.locator('[data-testid=mydata-row][data-kind=sites]');
  const [download] = await Promise.all([page.waitForEvent('download'), row.locator('[data-testid=mydata-export-geojson]').click()]);
  const path = await download.path();
  return readFileSync(path, 'utf8');
}

const T0 = Date.now();
/** Progress lines in the test output: on this shared machine a slow step is easier to find than a timeout. */
const step = (what: string) => console.log(`[sites e2e ${((Date.now() - T0) / 1000).toFixed(0)} s] ${what}`);

describe('park sites', () => {
  it('imports a register: parks move, the panel shows the user source, it survives a reload; bad rows are refused', async () => {
    const app = await open();
    const { page } = app;
    const before = await parkState(page, POINT_PARK);
    expect(before?.precision).toBe('district');

    step('map ready; importing a register');
    const good = await importRegister(page, 'colleague-sites.geojson', JSON.stringify(goodRegister));
    expect(good.valid).toBe(2);
    await commitImport(page);
    await page.waitForFunction((id) => window.__wuximap!.parks().find((p) => p.id === id)?.precision === 'site', POINT_PARK);
    const point = await parkState(page, POINT_PARK);
    expect(point).toMatchObject({ precision: 'site', site: 'user' });
    expect(point!.position[0]).toBeCloseTo(XINWU[0] + 0.004, 5);
    const polygon = await parkState(page, POLYGON_PARK);
    expect(polygon).toMatchObject({ precision: 'site', site: 'user' });
    // The drawn point of an outline lies inside it (here: its centre).
    expect(polygon!.position[0]).toBeCloseTo(LIANGXI[0], 4);
    expect(polygon!.position[1]).toBeCloseTo(LIANGXI[1], 4);

    step('parks moved; opening the panel');
    await openPark(page, POINT_PARK);
    expect(await page.getAttribute('[data-testid=park-panel] .precision', 'data-precision')).toBe('site');
    expect(await page.textContent('[data-testid=site-source]')).toContain('E2E survey A');
    expect(await page.isVisible('[data-testid=site-user-badge]')).toBe(true);
    await app.settle();
    await app.screenshot('sites-panel-user-site-zh');

    // A bad register: every row refused with its reason; nothing already loaded changes.
    const datasetsBefore = await page.evaluate(() => window.__wuximap!.state().importedDatasets.length);
    step('importing a bad register');
    const bad = await importRegister(page, 'bad-sites.geojson', JSON.stringify(badRegister));
    expect(bad.valid).toBe(0);
    expect(bad.codes).toEqual(expect.arrayContaining(['site_outside_board', 'site_source_missing', 'site_already_registered']));
    const rows = await page.locator('[data-testid=import-problems] tbody tr').allTextContents();
    expect(rows.some((r) => r.includes('第 2 个要素'))).toBe(true);
    expect(rows.join('\n')).toContain('缺少来源');
    await app.screenshot('sites-import-rejected-zh', '[data-testid=import-dialog]');
    expect(await page.isVisible('[data-testid=import-commit]')).toBe(false);
    await page.click('[data-testid=import-discard]');
    expect(await page.evaluate(() => window.__wuximap!.state().importedDatasets.length)).toBe(datasetsBefore);
    expect(await parkState(page, POINT_PARK)).toEqual(point);

    step('reloading');
    await page.reload({ waitUntil: 'load', timeout: 120_000 });
    await page.waitForFunction(() => Boolean(window.__wuximap?.idle && window.__wuximap.deckFrames > 0), undefined, { timeout: 400_000, polling: 250 });
    await app.waitForMapReady();
    await page.waitForFunction((id) => window.__wuximap!.parks().find((p) => p.id === id)?.site === 'user', POLYGON_PARK, { timeout: 30_000 });
    expect(await parkState(page, POINT_PARK)).toEqual(point);
    expect(app.foreignRequests).toEqual([]);
  }, 1_200_000);

  it('places a point and draws an outline with the mouse, exports the register, re-imports it in a fresh profile', async () => {
    const app = await open('#lang=en');
    const { page } = app;

    step('editor: placing a point');
    // A point for a Xinwu park: click, then save with a source.
    await jumpTo(app, XINWU, 13);
    await openPark(page, POINT_PARK);
    await page.click('[data-testid=site-place]');
    await page.waitForSelector('[data-testid=site-editor-status][data-ready=true]');
    const target: [number, number] = [XINWU[0] + 0.002, XINWU[1] - 0.002];
    const [px, py] = await pixel(page, target);
    await page.mouse.click(px, py);
    await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('[data-testid=site-save]')?.disabled);
    await page.fill('[data-testid=site-source-title]', 'Field visit 2026-11');
    await page.fill('[data-testid=site-note]', 'main gate');
    await app.settle();
    await app.screenshot('sites-editor-point-en');
    await page.click('[data-testid=site-save]');
    await page.waitForSelector('[data-testid=site-editor]', { state: 'detached' });
    await page.waitForFunction((id) => window.__wuximap!.parks().find((p) => p.id === id)?.precision === 'site', POINT_PARK);
    const placed = await parkState(page, POINT_PARK);
    expect(placed!.position[0]).toBeCloseTo(target[0], 3);
    expect(placed!.position[1]).toBeCloseTo(target[1], 3);

    step('editor: drawing an outline');
    // An outline for a Liangxi park: four corners, then the first corner again to close it.
    await jumpTo(app, LIANGXI, 13);
    await openPark(page, POLYGON_PARK);
    await page.click('[data-testid=site-place]');
    await page.waitForSelector('[data-testid=site-editor-status][data-ready=true]');
    await page.click('[data-testid=site-mode-polygon]');
    const d = 0.003;
    const corners: [number, number][] = [
      [LIANGXI[0] - d, LIANGXI[1] - d],
      [LIANGXI[0] + d, LIANGXI[1] - d],
      [LIANGXI[0] + d, LIANGXI[1] + d],
      [LIANGXI[0] - d, LIANGXI[1] + d],
    ];
    for (const c of [...corners, corners[0]!]) {
      const [x, y] = await pixel(page, c);
      await page.mouse.click(x, y);
      await page.waitForTimeout(150); // terra-draw reads each click as its own event
    }
    await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('[data-testid=site-save]')?.disabled);
    await page.fill('[data-testid=site-source-title]', 'Planning map 2025');
    await page.fill('[data-testid=site-source-url]', 'https://example.org/plan');
    await page.fill('[data-testid=site-source-date]', '2025-06');
    await app.settle();
    await app.screenshot('sites-editor-polygon-en');
    await page.click('[data-testid=site-save]');
    await page.waitForSelector('[data-testid=site-editor]', { state: 'detached' });
    await page.waitForFunction((id) => window.__wuximap!.parks().find((p) => p.id === id)?.precision === 'site', POLYGON_PARK);
    const outlined = await parkState(page, POLYGON_PARK);
    expect(outlined!.position[0]).toBeCloseTo(LIANGXI[0], 3);
    expect(outlined!.position[1]).toBeCloseTo(LIANGXI[1], 3);
    await app.settle();
    await app.screenshot('sites-panel-user-outline-en');

    // Undo the outline, then redo it by undoing the undo is not offered: undo brings back the board point.
    await page.click('[data-testid=site-undo]');
    await page.waitForFunction((id) => window.__wuximap!.parks().find((p) => p.id === id)?.precision === 'district', POLYGON_PARK);
    await page.click('[data-testid=site-place]');
    await page.waitForSelector('[data-testid=site-editor-status][data-ready=true]');
    await page.click('[data-testid=site-mode-polygon]');
    for (const c of [...corners, corners[0]!]) {
      const [x, y] = await pixel(page, c);
      await page.mouse.click(x, y);
      await page.waitForTimeout(150);
    }
    await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('[data-testid=site-save]')?.disabled);
    await page.fill('[data-testid=site-source-title]', 'Planning map 2025');
    await page.click('[data-testid=site-save]');
    await page.waitForFunction((id) => window.__wuximap!.parks().find((p) => p.id === id)?.precision === 'site', POLYGON_PARK);

    step('exporting');
    const text = await exportEditorRegister(page);
    const exported = JSON.parse(text) as typeof goodRegister;
    expect(exported.features.map((f) => f.properties.park_id).sort()).toEqual([POINT_PARK, POLYGON_PARK].sort());
    expect(exported.features.find((f) => f.properties.park_id === POLYGON_PARK)!.geometry.type).toBe('Polygon');
    for (const f of exported.features) expect(Object.keys(f.properties).every((k) => ['park_id', 'source', 'note'].includes(k))).toBe(true);
    const sites = await page.evaluate(() => window.__wuximap!.parks().filter((p) => p.site === 'user'));

    step('fresh profile');
    // A fresh profile: import the exported file → the same sites.
    const fresh = await open('#lang=en');
    const again = await importRegister(fresh.page, 'park-sites.geojson', text);
    expect(again.valid).toBe(2);
    await commitImport(fresh.page);
    await fresh.page.waitForFunction(() => window.__wuximap!.parks().filter((p) => p.site === 'user').length === 2);
    expect(await fresh.page.evaluate(() => window.__wuximap!.parks().filter((p) => p.site === 'user'))).toEqual(sites);
  }, 1_200_000);
});
