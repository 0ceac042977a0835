/**
 * The map, end to end in Chromium against the built app: drawn layers, selection by click, heat, language,
 * camera requests without echo, offline (no foreign requests) and a clean console.
 * Assertions are about what is drawn and what the store holds, never about how long anything took.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type AppDriver, type OpenOptions } from './driver';
import { openReady } from './panels-helpers';

const MAP = '[data-testid="map-view"]';
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

const count = (driver: AppDriver, layerId: string) =>
  driver.page.evaluate((id) => window.__wuximap!.renderedFeatureCount(id), layerId);

/** A park whose symbol is not part of a group on a board's label point: the first town- or site-precise one. */
async function singlePark(driver: AppDriver): Promise<{ id: string; lead: string[] }> {
  return driver.page.evaluate(() => {
    const hooks = window.__wuximap!;
    const park = hooks.parks().find((p) => p.precision !== 'district' && hooks.screenPoint('park', p.id));
    if (!park) throw new Error('no single-placed park on screen');
    return { id: park.id, lead: park.lead_industries };
  });
}

describe('map', () => {
  it('becomes idle with districts, water, parks and labels drawn', async () => {
    const driver = await ready();
    expect(await count(driver, 'district-fill')).toBeGreaterThan(0);
    expect(await count(driver, 'water-fill')).toBeGreaterThan(0);
    // At city view parks that share a board's or town's point are one badge each; lone parks are symbols.
    expect(await count(driver, 'park-symbols')).toBeGreaterThan(0);
    expect(await count(driver, 'park-groups')).toBeGreaterThan(3);
    expect(await count(driver, 'district-labels')).toBeGreaterThan(0);
    expect(await count(driver, 'board-approximate')).toBe(1);
    const png = await driver.screenshot('map-desktop-zh', MAP);
    const stats = await driver.imageStats(png);
    expect(stats.distinctColours).toBeGreaterThan(40);
    expect(stats.nonBackgroundShare).toBeGreaterThan(0.2);
    await driver.screenshot('app-desktop-zh');
  });

  it('draws the park symbols without labels while the label font is slow, then the labels once it is in', async () => {
    let release = () => {};
    const fontHeld = new Promise<void>((done) => (release = done));
    app = await openApp({
      beforeLoad: (context) =>
        context.route(/noto-sans-sc-.*\.woff2?$/, async (route) => {
          await fontHeld;
          await route.continue();
        }),
    });
    const driver = app;
    await driver.page.waitForFunction(() => (window.__wuximap?.renderedFeatureCount('park-symbols') ?? 0) > 0, undefined, {
      timeout: 90_000,
      polling: 200,
    });
    expect(await count(driver, 'park-groups')).toBe(0);
    expect(await count(driver, 'district-labels')).toBe(0);
    expect(await driver.page.evaluate(() => window.__wuximap!.idle), 'not ready without labels').toBe(false);
    release();
    await driver.waitForMapReady();
    expect(await count(driver, 'district-labels')).toBeGreaterThan(0);
    // At city view parks sharing a point are badges (text in the label font); park names start at zoom 11.
    expect(await count(driver, 'park-groups')).toBeGreaterThan(0);
  });

  it('draws on a phone too', async () => {
    const driver = await ready({ viewport: 'phone' });
    expect(await count(driver, 'park-symbols')).toBeGreaterThan(0);
    const stats = await driver.imageStats(await driver.screenshot('map-phone-zh', MAP));
    expect(stats.distinctColours).toBeGreaterThan(20);
    await driver.screenshot('app-phone-zh');
  });

  it('selects a park when its symbol is clicked, and a board when its area is clicked', async () => {
    const driver = await ready();
    const park = await singlePark(driver);
    const point = await driver.page.evaluate((id) => window.__wuximap!.screenPoint('park', id), park.id);
    expect(point).not.toBeNull();
    await driver.page.mouse.click(point![0], point![1]);
    await driver.page.waitForFunction(
      (id) => {
        const s = window.__wuximap!.state().selection;
        return s?.kind === 'park' && s.id === id;
      },
      park.id,
      { timeout: 10_000 },
    );
    await driver.settle();
    expect(await count(driver, 'park-selected')).toBe(1);
    await driver.screenshot('map-park-selected', MAP);

    // Beside Yixing's label point, inside its polygon: clear of the parks grouped below the label, the platform
    // drawn above it and the label itself.
    const yixing = await driver.page.evaluate(() => window.__wuximap!.screenPoint('board', '320282'));
    await driver.page.mouse.click(yixing![0] + 45, yixing![1]);
    await driver.page.waitForFunction(() => window.__wuximap!.state().selection?.kind === 'board', undefined, { timeout: 10_000 });
    expect(await driver.page.evaluate(() => window.__wuximap!.state().selection)).toEqual({ kind: 'board', id: '320282' });
  });

  it('heat toggles change the canvas and turning heat off restores it', async () => {
    const driver = await ready();
    const before = await driver.screenshot('heat-off', MAP);
    // Target intensity (per-board circles) and its Annex 2 variant; project investment needs imported projects.
    for (const metric of ['revenue_target', 'new_projects_over_5yi'] as const) {
      await driver.page.evaluate((m) => window.__wuximap!.state().setHeat({ kind: 'targets', metric: m }), metric);
      await driver.settle();
      const on = await driver.screenshot(`heat-targets-${metric}`, MAP);
      expect(await driver.diffShare(before, on), `target intensity ${metric} changes pixels`).toBeGreaterThan(0.003);
      expect(await count(driver, 'park-symbols'), 'parks stay drawn above the heat').toBeGreaterThan(0);
    }
    await driver.page.evaluate(() => window.__wuximap!.state().setHeat({ kind: null }));
    await driver.settle();
    const after = await driver.screenshot('heat-off-again', MAP);
    expect(await driver.diffShare(before, after)).toBeLessThan(0.01);
  });

  it('choropleth colours the boards and hatches boards without a target', async () => {
    const driver = await ready();
    const before = await driver.screenshot('choropleth-off', MAP);
    // 新材料 has "-" for 经开 and numbers elsewhere (2024 Annex 1).
    await driver.page.evaluate(() =>
      window.__wuximap!.state().setChoropleth({ metric: 'revenue_target', industry: 'new_materials' }),
    );
    await driver.settle();
    const on = await driver.screenshot('choropleth-new-materials', MAP);
    expect(await driver.diffShare(before, on)).toBeGreaterThan(0.02);
    // 量子科技 has a value only for 惠山: the other polygons are hatched.
    await driver.page.evaluate(() => window.__wuximap!.state().setChoropleth({ industry: 'quantum_technology' }));
    await driver.settle();
    expect(await count(driver, 'district-nodata')).toBeGreaterThan(0);
    await driver.screenshot('choropleth-quantum', MAP);
  });

  it('switching language changes the map labels', async () => {
    const driver = await ready();
    const zh = await driver.screenshot('labels-zh', MAP);
    await driver.page.evaluate(() => window.__wuximap!.state().setLanguage('en'));
    await driver.page.waitForTimeout(0);
    await driver.settle();
    const en = await driver.screenshot('labels-en', MAP);
    expect(await count(driver, 'district-labels')).toBeGreaterThan(0);
    expect(await driver.diffShare(zh, en)).toBeGreaterThan(0.002);
    await driver.screenshot('app-desktop-en');
  });

  it('flies where the app asks and writes the final view back without echo', async () => {
    const driver = await ready();
    await driver.page.evaluate(() => window.__wuximap!.state().flyTo({ longitude: 120.3, latitude: 31.57, zoom: 11 }));
    await driver.page.waitForFunction(
      () => {
        const s = window.__wuximap!.state();
        return s.viewOrigin === 'map' && Math.abs(s.view.zoom - 11) < 0.05;
      },
      undefined,
      { timeout: 30_000 },
    );
    const flyRequests = await driver.page.evaluate(() => window.__wuximap!.state().flyRequest);
    await driver.settle();
    expect(await driver.page.evaluate(() => window.__wuximap!.state().flyRequest)).toBe(flyRequests);
    await driver.page.locator('[data-testid="map-reset-view"]').click();
    await driver.page.waitForFunction(() => Math.abs(window.__wuximap!.state().view.zoom - 11) > 1, undefined, { timeout: 30_000 });
  });
});
