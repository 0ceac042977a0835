/**
 * Presentation tours end to end: a two-stop tour is built through the UI, played with the keyboard, reopened from
 * its link and from its exported file; a malformed tour link gives the link notice; a bad tour file names the stop
 * and the field; the example tour and a kiosk link play. Screenshots: editor, playing stop (zh, en), phone.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import type { AppDriver } from './driver';
import { finish, openReady, snapshot, waitForSelection } from './panels-helpers';

let app: AppDriver | null = null;
afterEach(async () => {
  const current = app;
  app = null;
  await finish(current);
});

const PARK = 'china_sensor_network_innovation_park';

/** What the first test built, for the tests that reopen it. */
let built: { hash: string; filePath: string; file: { stops: { selection: unknown }[] } } | null = null;

/**
 * Headless Chromium's full screen resizes the window under the test driver; the tour plays the same inside the
 * window (full screen is used "where available"), so the tests take it away.
 */
const noFullscreen = (context: BrowserContext) =>
  context.addInitScript(() => {
    Object.defineProperty(Element.prototype, 'requestFullscreen', { value: undefined, configurable: true });
  });

async function openEditor(a: AppDriver) {
  await a.page.click('[data-testid="tour-button"]');
  await a.page.click('[data-testid="tour-menu"] [data-testid="tour-edit"]');
  await a.page.waitForSelector('[data-testid="tour-editor"]');
}

async function stopShown(a: AppDriver, n: number) {
  await a.page.waitForSelector(`[data-testid="tour-player"][data-stop="${n}"]`, { timeout: 15_000 });
}

describe('presentation tours', () => {
  it('builds a two-stop tour in the UI, plays it with the keyboard and exports it', async () => {
    app = await openReady({ path: '#v=1', beforeLoad: noFullscreen });
    const { page } = app;
    await openEditor(app);

    // Stop 1: all of Wuxi, future-industry parks only.
    await page.click('[data-testid="tab-list"]');
    await page.click('[data-testid="filters"] summary');
    await page.click('[data-testid="filter-statuses"] [data-value="existing"]');
    await page.click('[data-testid="tour-add-stop"]');
    const stop1 = page.locator('[data-testid="tour-stop"][data-stop="1"]');
    await stop1.locator('[data-testid="tour-caption-zh"]').fill('总览：现有园区');
    await stop1.locator('[data-testid="tour-caption-en"]').fill('Overview: existing parks');

    // Stop 2: one park selected from the list.
    await page.click(`[data-testid="park-row"][data-park="${PARK}"]`);
    await waitForSelection(app, 'park', PARK);
    await page.waitForFunction(() => !window.__wuximap!.map.isMoving(), undefined, { timeout: 30_000 });
    await page.click('[data-testid="tour-add-stop"]');
    const stop2 = page.locator('[data-testid="tour-stop"][data-stop="2"]');
    await stop2.locator('[data-testid="tour-caption-zh"]').fill('新吴：物联网');
    await stop2.locator('[data-testid="tour-caption-en"]').fill('Xinwu: the Internet of Things');
    await page.fill('[data-testid="tour-title-zh"]', '测试导览');
    await page.fill('[data-testid="tour-title-en"]', 'Test tour');
    await app.settle();
    await app.screenshot('tour-editor');

    // Play: stop 1, → reaches stop 2 (its park selected, its facts shown), Esc exits.
    await page.click('[data-testid="tour-editor-play"]');
    await stopShown(app, 1);
    expect(await page.textContent('[data-testid="tour-caption"]')).toBe('总览：现有园区');
    expect((await snapshot(app)).selection).toBeNull();
    await page.keyboard.press('ArrowRight');
    await stopShown(app, 2);
    await waitForSelection(app, 'park', PARK);
    expect(await page.textContent('[data-testid="tour-caption"]')).toBe('新吴：物联网');
    expect(await page.textContent('[data-testid="tour-facts"]')).toContain('中国传感网国际创新园');
    expect(await page.textContent('[data-testid="tour-counter"]')).toContain('2');
    await page.keyboard.press('ArrowLeft');
    await stopShown(app, 1);
    expect((await snapshot(app)).selection).toBeNull();
    await page.keyboard.press('PageDown');
    await stopShown(app, 2);
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="tour-player"]', { state: 'detached', timeout: 10_000 });
    expect(await page.isVisible('[data-testid="side-panel"]')).toBe(true);

    // The link carries the tour.
    await page.waitForFunction(() => location.hash.includes('tour='), undefined, { timeout: 10_000 });
    const hash = await page.evaluate(() => location.hash);

    // Export the file.
    await page.click('[data-testid="tour-button"]');
    await page.click('[data-testid="tour-menu"] [data-testid="tour-edit"]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="tour-export"]')]);
    const filePath = join(tmpdir(), `tour-e2e-${Date.now()}.json`);
    await download.saveAs(filePath);
    const file = JSON.parse(await readFile(filePath, 'utf8'));
    expect(file).toMatchObject({ format: 'wuxi-map-tour', version: 1, title: { zh: '测试导览', en: 'Test tour' } });
    expect(file.stops).toHaveLength(2);
    built = { hash, filePath, file };
  }, 480_000);

  it('reopens the tour from its link', async () => {
    if (!built) throw new Error('the tour was not built');
    app = await openReady({ path: built.hash, beforeLoad: noFullscreen });
    await app.page.click('[data-testid="tour-button"]');
    expect(await app.page.textContent('[data-testid="tour-menu"]')).toContain('测试导览');
    // An example would replace the user's own tour: the menu asks first, and "cancel" keeps it.
    await app.page.click('[data-testid="tour-example-five-x"]');
    expect(await app.page.textContent('[data-testid="tour-menu"]')).toContain('替换当前导览“测试导览”');
    await app.page.click('[data-testid="tour-example-five-x-cancel"]');
    expect(await app.page.evaluate(() => window.__wuximap!.state().tour?.title.zh)).toBe('测试导览');
    await app.page.click('[data-testid="tour-menu"] [data-testid="tour-play"]');
    await stopShown(app, 1);
    await app.page.keyboard.press(' ');
    await stopShown(app, 2);
    await waitForSelection(app, 'park', PARK);
    await app.page.keyboard.press('Escape');
    await app.page.waitForSelector('[data-testid="tour-player"]', { state: 'detached', timeout: 10_000 });
  }, 480_000);

  it('reopens the tour from its exported file, and names the stop and field of a broken file', async () => {
    if (!built) throw new Error('the tour was not built');
    const { filePath, file } = built;
    app = await openReady({ path: '#v=1', beforeLoad: noFullscreen });
    await openEditor(app);
    await app.page.setInputFiles('[data-testid="tour-import-input"]', filePath);
    await app.page.waitForSelector('[data-testid="tour-stop"][data-stop="2"]');
    expect(await app.page.inputValue('[data-testid="tour-stop"][data-stop="2"] [data-testid="tour-caption-en"]')).toBe(
      'Xinwu: the Internet of Things',
    );
    await app.page.click('[data-testid="tour-editor-play"]');
    await stopShown(app, 1);
    await app.page.keyboard.press('ArrowRight');
    await waitForSelection(app, 'park', PARK);

    // A broken file: the message names the stop and the field; the loaded tour stays.
    await app.page.keyboard.press('Escape');
    await app.page.waitForSelector('[data-testid="tour-player"]', { state: 'detached' });
    file.stops[1]!.selection = { kind: 'park', id: 'no_such_park' };
    const badPath = join(tmpdir(), `tour-e2e-bad-${Date.now()}.json`);
    await writeFile(badPath, JSON.stringify(file));
    await openEditor(app);
    await app.page.setInputFiles('[data-testid="tour-import-input"]', badPath);
    const problems = await app.page.locator('[data-testid="tour-import-problems"]').textContent();
    expect(problems).toContain('第2站');
    expect(problems).toContain('selection');
    expect(await app.page.locator('[data-testid="tour-stop"]').count()).toBe(2);
  }, 480_000);

  it('shows the link notice for a malformed tour link and keeps the rest of the link', async () => {
    app = await openReady({ path: '#v=1&lang=en&tour=bm90LWEtdG91cg&sel=board:320214' });
    const notice = app.page.locator('[data-testid="notice"]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('presentation tour');
    const s = await snapshot(app);
    expect(s.selection).toEqual({ kind: 'board', id: '320214' });
    expect(await app.page.evaluate(() => window.__wuximap!.state().tour)).toBeNull();
  }, 480_000);

  it('plays the example tour full screen in both languages, and on a phone', async () => {
    app = await openReady({ path: '#v=1', beforeLoad: noFullscreen });
    const { page } = app;
    await page.click('[data-testid="tour-button"]');
    await page.click('[data-testid="tour-example-future-industries"]');
    await stopShown(app, 1);
    for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowRight');
    await stopShown(app, 3);
    await page.waitForFunction(() => !window.__wuximap!.map.isMoving(), undefined, { timeout: 30_000 });
    await app.settle();
    expect(await page.textContent('[data-testid="tour-facts"]')).toContain('无锡量子感知产业园');
    await app.screenshot('tour-playing-zh');
    await page.evaluate(() => window.__wuximap!.state().setLanguage('en'));
    await page.waitForFunction(() => document.querySelector('[data-testid="tour-facts"]')?.textContent?.includes('Quantum'));
    await app.screenshot('tour-playing-en');
    // The "5+X" example: an overview, then one stop per track with the track selected and its parks framed.
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="tour-player"]', { state: 'detached' });
    await page.click('[data-testid="tour-button"]');
    await page.click('[data-testid="tour-example-five-x"]');
    await stopShown(app, 1);
    expect(await page.textContent('.tour-caption')).toContain('5 main tracks and 6 new directions');
    await page.keyboard.press('ArrowRight');
    await stopShown(app, 2);
    expect(await page.evaluate(() => window.__wuximap!.state().selection)).toEqual({ kind: 'industry', id: 'artificial_intelligence' });
    expect(await page.textContent('[data-testid="tour-facts"]')).toContain('Artificial intelligence');
    await finish(app);
    app = null;

    app = await openReady({ path: '#v=1', viewport: 'phone', beforeLoad: noFullscreen });
    await app.page.click('[data-testid="tour-button"]');
    await app.page.click('[data-testid="tour-example-future-industries"]');
    await stopShown(app, 1);
    await app.page.keyboard.press('ArrowRight');
    await app.page.keyboard.press('ArrowRight');
    await stopShown(app, 3);
    await app.page.waitForFunction(() => !window.__wuximap!.map.isMoving(), undefined, { timeout: 30_000 });
    await app.settle();
    await app.screenshot('tour-playing-phone');
    // A swipe on the caption turns the page.
    const card = await app.page.locator('.tour-caption').boundingBox();
    if (!card) throw new Error('caption not on screen');
    const y = card.y + card.height / 2;
    await app.page.mouse.move(card.x + card.width - 10, y);
    await app.page.mouse.down();
    await app.page.mouse.move(card.x + 10, y, { steps: 5 });
    await app.page.mouse.up();
    await stopShown(app, 4);
  }, 480_000);

  it('a kiosk link plays the tour with no editing controls', async () => {
    app = await openReady({ path: '#v=1', beforeLoad: noFullscreen });
    await app.page.click('[data-testid="tour-button"]');
    await app.page.click('[data-testid="tour-example-future-industries"]');
    await stopShown(app, 1);
    await app.page.keyboard.press('Escape');
    await app.page.waitForFunction(() => location.hash.includes('tour='), undefined, { timeout: 10_000 });
    const hash = await app.page.evaluate(() => location.hash);
    await finish(app);
    app = null;

    app = await openReady({ path: `${hash}&kiosk=1`, beforeLoad: noFullscreen });
    await stopShown(app, 1);
    await app.page.waitForFunction(() => !window.__wuximap!.map.isMoving(), undefined, { timeout: 30_000 });
    await app.settle();
    await app.screenshot('tour-kiosk');
    expect(await app.page.locator('[data-testid="tour-exit"]').count()).toBe(0);
    expect(await app.page.locator('[data-testid="tour-button"]').count()).toBe(0);
    // Kiosks loop: ← on the first stop goes to the last.
    await app.page.keyboard.press('ArrowLeft');
    const last = await app.page.evaluate(() => window.__wuximap!.state().tour!.stops.length);
    await stopShown(app, last);
  }, 480_000);
});
