/**
 * Search end to end: pinyin initials, Chinese and English find parks, boards and industries; the result list
 * is driven by the keyboard (combobox pattern); choosing a result flies there and opens its panel.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { AppDriver } from './driver';
import { finish, openReady, snapshot, waitForSelection } from './panels-helpers';

let app: AppDriver | null = null;
afterEach(async () => {
  const current = app;
  app = null;
  await finish(current);
});

const INPUT = '[data-testid="search-input"]';
const options = (driver: AppDriver) =>
  driver.page.$$eval('[data-testid="search-results"] [role="option"]', (els) =>
    els.map((e) => `${e.getAttribute('data-kind')}:${e.getAttribute('data-id')}`),
  );

describe('search', () => {
  it('finds an industry by pinyin initials and opens it with Enter', async () => {
    app = await openReady();
    await app.page.click(INPUT);
    await app.page.keyboard.type('rxjqr');
    await app.page.waitForSelector('[data-testid="search-results"] [role="option"]');
    expect((await options(app))[0]).toBe('industry:humanoid_robots');
    expect(await app.page.getAttribute(INPUT, 'aria-expanded')).toBe('true');
    await app.page.keyboard.press('Enter');
    await waitForSelection(app, 'industry', 'humanoid_robots');
    await app.page.waitForSelector('[data-testid="industry-panel"]');
    expect((await snapshot(app)).filters.industries).toEqual(['humanoid_robots']);
  });

  it('moves through results with the arrow keys, flies to a park and opens its panel', async () => {
    app = await openReady();
    await app.page.click(INPUT);
    await app.page.keyboard.type('hd');
    await app.page.waitForSelector('[data-testid="search-results"] [role="option"]');
    const found = await options(app);
    const hudai = ['park:fosun_embodied_intelligence_park', 'park:jiulongwan_satellite_payload_park'];
    expect(found.filter((o) => hudai.includes(o))).toHaveLength(2); // 胡埭 parks, found through their town
    // Choose a park with Chinese input, moving with ArrowDown/ArrowUp first.
    await app.page.fill(INPUT, '');
    await app.page.keyboard.type('滨湖人形');
    await app.page.waitForSelector('[data-testid="search-results"] [role="option"][data-id="binhu_humanoid_robot_park"]');
    const all = await options(app);
    const target = all.indexOf('park:binhu_humanoid_robot_park');
    for (let i = 0; i < target; i += 1) await app.page.keyboard.press('ArrowDown');
    await app.page.keyboard.press('ArrowDown');
    await app.page.keyboard.press('ArrowUp');
    const activeId = await app.page.getAttribute(INPUT, 'aria-activedescendant');
    expect(await app.page.getAttribute(`#${CSS_escape(activeId!)}`, 'data-id')).toBe('binhu_humanoid_robot_park');
    await app.page.keyboard.press('Enter');
    await waitForSelection(app, 'park', 'binhu_humanoid_robot_park');
    await app.page.waitForSelector('[data-testid="park-panel"][data-park="binhu_humanoid_robot_park"]');
    // The camera went there: wait for the flight to end, then compare with the park's position.
    await app.page.waitForFunction(() => !window.__wuximap!.map.isMoving(), undefined, { timeout: 30_000 });
    await app.settle();
    const camera = await app.page.evaluate(() => {
      const m = window.__wuximap!.map;
      return { zoom: m.getZoom(), center: m.getCenter().toArray() };
    });
    const point = await app.page.evaluate(() => window.__wuximap!.screenPoint('park', 'binhu_humanoid_robot_park'));
    expect(camera.zoom).toBeGreaterThan(11.5);
    expect(point).not.toBeNull();
    await app.screenshot('search-fly-park');
  });

  it('finds a board by English name and closes with Escape', async () => {
    app = await openReady();
    await app.page.click(INPUT);
    await app.page.keyboard.type('xinwu');
    await app.page.waitForSelector('[data-testid="search-results"] [role="option"]');
    expect((await options(app))[0]).toBe('board:320214');
    await app.page.keyboard.press('Escape');
    expect(await app.page.getAttribute(INPUT, 'aria-expanded')).toBe('false');
    await app.page.keyboard.press('ArrowDown');
    await app.page.keyboard.press('Enter');
    await waitForSelection(app, 'board', '320214');
    await app.page.waitForSelector('[data-testid="board-panel"][data-board="320214"]');
  });
});

/** React's useId gives ids like «r1»-opt-0 (or :r1:), which need escaping in a CSS selector. */
function CSS_escape(id: string): string {
  return id.replace(/([^a-zA-Z0-9_-])/g, '\\$1');
}
