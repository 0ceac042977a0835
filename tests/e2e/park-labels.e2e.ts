/**
 * Names on the map, hover, and parks sharing a point, end to end in Chromium against the built app: park names when
 * zoomed in, the tooltip (pointer and keyboard), one badge per shared point on a phone that lists its parks, a tap
 * on a board's name selects the board, Esc clears the selection, MapLibre's controls speak the UI language, and the
 * English list fits its panel.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type AppDriver, type OpenOptions } from './driver';
import { openReady } from './panels-helpers';

// Each test drives a few steps of a software-WebGL map on a shared 2-core machine: room for slow, no timing asserted.
vi.setConfig({ testTimeout: 420_000 });

let app: AppDriver | null = null;

afterEach(async () => {
  const current = app;
  app = null;
  if (!current) return;
  try {
    expect(current.foreignRequests, 'requests outside the app origin').toEqual([]);
    expect(current.consoleErrors, 'console errors').toEqual([]);
  } finally {
    await current.close();
  }
});

async function ready(options?: OpenOptions): Promise<AppDriver> {
  app = await openReady(options);
  return app;
}

/** Zoom 12 over 滨湖 / 无锡经开区: the 滨湖 group is spread, and lone parks are near. */
const ZOOM_12 = '#v=1&map=12/31.5/120.33';

const texts = (driver: AppDriver, layerId: string) => driver.page.evaluate((id) => window.__wuximap!.renderedTexts(id), layerId);
const selection = (driver: AppDriver) => driver.page.evaluate(() => window.__wuximap!.state().selection);

/** A park drawn as a symbol inside the map's canvas (not under the side panel or a control). */
async function parkOnScreen(driver: AppDriver): Promise<{ id: string; x: number; y: number }> {
  return driver.page.evaluate(() => {
    const hooks = window.__wuximap!;
    const rect = hooks.map.getCanvas().getBoundingClientRect();
    for (const p of hooks.parks()) {
      const at = hooks.screenPoint('park', p.id);
      if (at && at[0] > rect.left + 60 && at[0] < rect.right - 80 && at[1] > rect.top + 60 && at[1] < rect.bottom - 60) {
        return { id: p.id, x: at[0], y: at[1] };
      }
    }
    throw new Error('no park symbol on screen');
  });
}

describe('park names and hover', () => {
  it('names parks on the map when zoomed in, in the UI language', async () => {
    const driver = await ready({ path: ZOOM_12 });
    const zh = [...(await texts(driver, 'park-labels')), ...(await texts(driver, 'park-labels-spread'))];
    expect(zh.length).toBeGreaterThan(4);
    expect(zh.some((t) => /[\u4e00-\u9fff]/.test(t))).toBe(true);
    // At zoom 12 no group is collapsed into a badge.
    expect(await driver.page.evaluate(() => window.__wuximap!.badges())).toEqual([]);
    expect(await texts(driver, 'district-labels')).toContain('≈ 无锡经开区');
    await driver.screenshot('park-labels-zoom12-zh');

    await driver.page.click('[data-testid="lang-en"]');
    await driver.settle();
    const en = [...(await texts(driver, 'park-labels')), ...(await texts(driver, 'park-labels-spread'))];
    expect(en.length).toBeGreaterThan(4);
    expect(en.every((t) => !/[\u4e00-\u9fff]/.test(t))).toBe(true);
    await driver.screenshot('park-labels-zoom12-en');
  });

  it('shows a park’s tooltip on hover and while its list row has keyboard focus', async () => {
    const driver = await ready({ path: ZOOM_12 });
    const park = await parkOnScreen(driver);
    await driver.page.mouse.move(park.x, park.y);
    const tooltip = driver.page.locator('[data-testid="park-tooltip"]');
    await tooltip.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await tooltip.getAttribute('data-park')).toBe(park.id);
    const facts = await driver.page.evaluate((id) => {
      const row = document.querySelector(`[data-testid="park-row"][data-park="${id}"]`)!;
      const cells = [...row.querySelectorAll('td')].map((c) => c.textContent!.trim());
      return { name: row.querySelector('.park-name-text')!.textContent!, category: cells[1]!, status: cells[2]!, precision: cells[3]! };
    }, park.id);
    const text = (await tooltip.textContent()) ?? '';
    for (const fact of [facts.name, facts.category, facts.status, facts.precision]) expect(text).toContain(fact);
    expect(text).toContain('类别');
    await driver.screenshot('park-labels-tooltip-zh');

    // Keyboard: the pointer leaves; focusing the park's row shows the same tooltip.
    await driver.page.mouse.move(5, 300);
    await tooltip.waitFor({ state: 'detached', timeout: 30_000 });
    await driver.page.focus(`[data-testid="park-row"][data-park="${park.id}"]`);
    await tooltip.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await tooltip.getAttribute('data-park')).toBe(park.id);
  });
});

describe('parks sharing a point, on a phone', () => {
  it('draws one badge per shared point that lists its parks on a tap; a tap on a board’s name selects the board; Esc clears', async () => {
    const driver = await ready({ viewport: 'phone' });
    const badges = await driver.page.evaluate(() => window.__wuximap!.badges());
    const parks = await driver.page.evaluate(() => window.__wuximap!.parks());
    expect(badges.length).toBeGreaterThan(3);
    // Every park sharing an approximate point is in exactly one badge; none is drawn as its own symbol.
    const inBadges = badges.flatMap((b) => b.parkIds);
    expect(new Set(inBadges).size).toBe(inBadges.length);
    for (const b of badges) expect(b.parkIds.length).toBeGreaterThan(1);
    for (const id of inBadges) expect(await driver.page.evaluate((p) => window.__wuximap!.screenPoint('park', p), id)).toBeNull();
    expect(inBadges.length).toBeLessThan(parks.length + 1);
    await driver.screenshot('park-labels-city-phone-zh');

    // The biggest badge: tap it, its list shows its parks; choosing one selects it.
    const badge = [...badges].sort((a, b) => b.parkIds.length - a.parkIds.length)[0]!;
    await driver.page.touchscreen.tap(badge.point[0], badge.point[1]);
    const list = driver.page.locator('[data-testid="park-group"]');
    await list.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await list.locator('li button').count()).toBe(badge.parkIds.length);
    expect(await list.textContent()).toMatch(/个园区/);
    await driver.screenshot('park-labels-badge-open-phone-zh');
    const chosen = badge.parkIds[1]!;
    await list.locator(`button[data-park="${chosen}"]`).tap();
    await list.waitFor({ state: 'detached', timeout: 30_000 });
    expect(await selection(driver)).toEqual({ kind: 'park', id: chosen });

    // Esc clears the selection.
    await driver.page.locator('[data-testid="map-view"] canvas').first().focus();
    await driver.page.keyboard.press('Escape');
    await driver.page.waitForFunction(() => window.__wuximap!.state().selection === null, undefined, { timeout: 30_000 });

    // A tap on a board's name selects the board (not a park).
    const jiangyin = await driver.page.evaluate(() => window.__wuximap!.screenPoint('board', '320281'));
    expect(jiangyin).not.toBeNull();
    await driver.page.touchscreen.tap(jiangyin![0], jiangyin![1]);
    await driver.page.waitForFunction(() => window.__wuximap!.state().selection?.kind === 'board', undefined, { timeout: 30_000 });
    expect(await selection(driver)).toEqual({ kind: 'board', id: '320281' });
  });
});

describe('city view on a phone', () => {
  for (const language of ['en', 'zh'] as const) {
    it(`${language}: board names and park badges do not overlap; English names are short`, async () => {
      const driver = await ready({ viewport: 'phone', path: `#v=1&lang=${language}` });
      const badges = await driver.page.evaluate(() => window.__wuximap!.badges());
      expect(badges.length).toBeGreaterThan(5);
      // Badge centres: a badge is 22 px tall and at least ~95 px wide, so two overlap when both are closer.
      const clashes = badges.flatMap((a, i) =>
        badges.slice(i + 1).filter((b) => Math.abs(a.point[1] - b.point[1]) < 22 && Math.abs(a.point[0] - b.point[0]) < 95).map((b) => `${a.key} × ${b.key}`),
      );
      expect(clashes).toEqual([]);
      const names = await driver.page.evaluate(() => window.__wuximap!.renderedTexts('district-labels'));
      expect(names.length).toBeGreaterThan(2);
      if (language === 'en') {
        expect(names).toContain('Jiangyin');
        expect(names.join('|')).not.toContain('county-level city');
      } else expect(names).toContain('江阴市');
      await driver.screenshot(`park-labels-city-phone-${language}-placement`);
    });
  }
});

describe('small things', () => {
  it('speaks the UI language in MapLibre’s controls, and the English list fits its panel', async () => {
    const driver = await ready();
    const zoomIn = driver.page.locator('.maplibregl-ctrl-zoom-in');
    expect(await zoomIn.getAttribute('title')).toBe('放大');
    expect(await driver.page.locator('.maplibregl-ctrl-compass').getAttribute('aria-label')).toBe('拖动旋转地图，点击恢复正北');
    await driver.page.click('[data-testid="lang-en"]');
    await driver.page.waitForFunction(() => document.querySelector('.maplibregl-ctrl-zoom-in')?.getAttribute('title') === 'Zoom in');

    await driver.page.click('[data-testid="tab-list"]');
    const panel = await driver.page.locator('[data-testid="side-panel"]').boundingBox();
    const cells = driver.page.locator('[data-testid="park-list"] thead th, [data-testid="park-row"]:first-child td');
    expect(await cells.count()).toBe(9);
    for (const box of await cells.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.left).toBeGreaterThanOrEqual(panel!.x);
      expect(box.right).toBeLessThanOrEqual(panel!.x + panel!.width + 0.5);
    }
    // Each cell's text fits its own column (a long English category name wraps instead of running into the next).
    const overflowing = await driver.page
      .locator('[data-testid="park-row"] td')
      .evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent));
    expect(overflowing).toEqual([]);
    await driver.screenshot('park-labels-list-en');
  });
});
