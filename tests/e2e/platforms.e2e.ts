/**
 * Innovation platforms and funds end to end: the platform layer is drawn with its own symbol and a click opens the
 * platform panel; search finds platforms and funds; the industry panel lists the platforms serving it; the funds
 * panel opens from the header and from a link; Chinese and English; a phone.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { AppDriver } from './driver';
import { finish, HAN, openReady, waitForSelection } from './panels-helpers';

let app: AppDriver | null = null;
afterEach(async () => {
  const current = app;
  app = null;
  await finish(current);
});

const INPUT = '[data-testid="search-input"]';

/** Client CSS-pixel centre of a drawn platform symbol, or null when it is not drawn. */
async function platformScreenPoint(driver: AppDriver, id: string): Promise<[number, number] | null> {
  return driver.page.evaluate((pid) => {
    const point = window.__wuximapPlatforms?.().find((p) => p.id === pid);
    if (!point) return null;
    const map = window.__wuximap!.map;
    const rect = map.getCanvas().getBoundingClientRect();
    const at = map.project(point.position);
    return [rect.left + at.x + point.offset[0], rect.top + at.y + point.offset[1]] as [number, number];
  }, id);
}

async function waitForPlatforms(driver: AppDriver): Promise<void> {
  await driver.page.waitForFunction(() => (window.__wuximapPlatforms?.().length ?? 0) > 0, undefined, { timeout: 30_000 });
  await driver.settle();
}

describe('innovation platforms', () => {
  it('draws the platforms with a board as their own symbol; a click opens the platform panel', async () => {
    app = await openReady();
    await waitForPlatforms(app);
    const drawn = await app.page.evaluate(() => window.__wuximapPlatforms!().map((p) => p.id).sort());
    // Exactly the five platforms whose board the documents give (the others are listed, not drawn).
    expect(drawn).toEqual([
      'mashan_computing_island',
      'nju_yixing_environmental_institute',
      'tsinghua_precision_optoelectronics_center',
      'xuelang_computing_center',
      'yangtze_delta_solar_pv_innovation_center',
    ]);
    expect(await app.page.evaluate(() => window.__wuximap!.renderedFeatureCount('platform-symbols'))).toBeGreaterThanOrEqual(4);
    // The legend explains the symbol and how many of the named platforms are drawn.
    expect(await app.page.textContent('[data-testid="platform-legend"]')).toContain('5');
    await app.screenshot('platforms-city');

    const point = await platformScreenPoint(app, 'mashan_computing_island');
    expect(point).not.toBeNull();
    await app.page.mouse.click(point![0], point![1]);
    await waitForSelection(app, 'platform', 'mashan_computing_island');
    await app.page.waitForSelector('[data-testid="platform-panel"][data-platform="mashan_computing_island"]');
    const what = await app.page.textContent('[data-testid="platform-what"]');
    expect(what).toMatch(HAN);
    expect(await app.page.textContent('[data-testid="platform-panel"] .detail-title')).toBe('马山算力岛');
    // It serves AI, so the AI parks are listed as sharing its industry.
    expect(await app.page.$$eval('[data-testid="platform-parks"] li', (els) => els.length)).toBeGreaterThan(0);
    // The link is written a moment after the state changes (debounced), so wait for it rather than read it once.
    await app.page.waitForFunction(() => location.hash.includes('sel=platform%3Amashan_computing_island'), undefined, {
      timeout: 10_000,
    });
    await app.settle();
    await app.screenshot('platform-panel-zh');
  });

  it('hides the layer from the layers tab and keeps that in the link', async () => {
    app = await openReady();
    await waitForPlatforms(app);
    await app.page.click('[data-testid="tab-layers"]');
    await app.page.waitForSelector('[data-testid="layer-toggle-platforms"]');
    await app.page.click('[data-testid="layer-toggle-platforms"]');
    await app.page.waitForFunction(() => window.__wuximapPlatforms!().length === 0);
    await app.page.waitForFunction(() => location.hash.includes('pf=0'));
  });

  it('search finds a platform by name and a fund; choosing them opens their panels', async () => {
    app = await openReady();
    await app.page.click(INPUT);
    await app.page.keyboard.type('太湖实验室');
    await app.page.waitForSelector('[data-testid="search-results"] [role="option"][data-id="taihu_laboratory"]');
    expect(await app.page.getAttribute('[role="option"][data-id="taihu_laboratory"]', 'data-kind')).toBe('platform');
    await app.page.click('[role="option"][data-id="taihu_laboratory"]');
    await waitForSelection(app, 'platform', 'taihu_laboratory');
    await app.page.waitForSelector('[data-testid="platform-panel"][data-platform="taihu_laboratory"]');
    // Known only as "in Wuxi": listed, explained, not drawn.
    expect(await app.page.getAttribute('[data-testid="platform-panel"] .precision', 'data-precision')).toBe('city');

    await app.page.fill(INPUT, '');
    await app.page.keyboard.type('算力券');
    await app.page.waitForSelector('[role="option"][data-kind="fund"][data-id="computing_power_vouchers"]');
    await app.page.keyboard.press('Escape');
    await app.page.keyboard.type(' ');
    await app.page.fill(INPUT, '算力券');
    await app.page.waitForSelector('[role="option"][data-kind="fund"][data-id="computing_power_vouchers"]');
    await app.page.click('[role="option"][data-kind="fund"][data-id="computing_power_vouchers"]');
    await waitForSelection(app, 'funds', 'computing_power_vouchers');
    await app.page.waitForSelector('[data-testid="fund-item"][data-fund="computing_power_vouchers"][data-current="true"]');
  });

  it('the industry panel lists the platforms serving the industry and opens one', async () => {
    app = await openReady({ path: '#v=1&sel=industry:artificial_intelligence' });
    await app.page.waitForSelector('[data-testid="industry-platforms"] [data-platform="jiangnan_university"]');
    const listed = await app.page.$$eval('[data-testid="industry-platforms"] [data-platform]', (els) => els.map((e) => e.getAttribute('data-platform')));
    expect(listed).toContain('national_supercomputing_center_wuxi');
    expect(listed).toContain('mashan_computing_island');
    expect(listed).not.toContain('taihu_laboratory');
    await app.page.click('[data-testid="industry-platforms"] [data-platform="jiangnan_university"]');
    await waitForSelection(app, 'platform', 'jiangnan_university');
    await app.page.waitForSelector('[data-testid="platform-panel"][data-platform="jiangnan_university"]');
  });

  it('opens the funds panel from the header and filters it', async () => {
    app = await openReady();
    await app.page.click('[data-testid="funds-button"]');
    await waitForSelection(app, 'funds', 'all');
    await app.page.waitForSelector('[data-testid="fund-item"]');
    const total = await app.page.$$eval('[data-testid="fund-item"]', (els) => els.length);
    expect(total).toBeGreaterThan(20);
    await app.page.fill('[data-testid="funds-search"]', '集成电路');
    await app.page.waitForFunction((n) => document.querySelectorAll('[data-testid="fund-item"]').length < n, total);
    const kept = await app.page.$$eval('[data-testid="fund-item"]', (els) => els.map((e) => e.getAttribute('data-fund')));
    expect(kept).toContain('national_ic_industry_investment_fund');
    expect(kept).toContain('key_industry_special_funds');
    await app.screenshot('funds-panel-zh');
  });

  it('opens a fund from its link in English, and a platform in English', async () => {
    app = await openReady({ path: '#v=1&lang=en&sel=funds:qflp_pilot' });
    await app.page.waitForSelector('[data-testid="fund-item"][data-fund="qflp_pilot"][data-current="true"]');
    const title = await app.page.textContent('[data-testid="funds-panel"] .detail-title');
    expect(title).toBe('Funds and policy tools');
    const item = await app.page.textContent('[data-testid="fund-item"][data-fund="qflp_pilot"]');
    expect(item).toContain('What it is for');
    await app.screenshot('funds-panel-en');

    await app.page.evaluate(() => {
      location.hash = '#v=1&lang=en&sel=platform:yangtze_delta_solar_pv_innovation_center';
    });
    await app.page.waitForSelector('[data-testid="platform-panel"][data-platform="yangtze_delta_solar_pv_innovation_center"]');
    const heading = await app.page.textContent('[data-testid="platform-panel"] .detail-title');
    expect(heading).toBe('Yangtze River Delta Solar Photovoltaic Technology Innovation Center');
    expect(await app.page.textContent('[data-testid="platform-what"]')).not.toMatch(HAN);
    await app.settle();
    await app.screenshot('platform-panel-en');
  });

  it('says so when a link names an unknown platform', async () => {
    app = await openReady({ path: '#v=1&sel=platform:no_such_platform' });
    await app.page.waitForSelector('[data-testid="platform-missing"]');
  });

  it('works on a phone: a platform link opens its panel over the map', async () => {
    app = await openReady({ viewport: 'phone', path: '#v=1&sel=platform:xuelang_computing_center' });
    await app.page.waitForSelector('[data-testid="platform-panel"][data-platform="xuelang_computing_center"]');
    await waitForPlatforms(app);
    expect(await app.page.evaluate(() => window.__wuximapPlatforms!().some((p) => p.id === 'xuelang_computing_center'))).toBe(true);
    await app.screenshot('platform-panel-phone');
  });
});
