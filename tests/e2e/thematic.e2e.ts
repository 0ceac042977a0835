/**
 * Thematic layers, end to end in Chromium on the built app: the legend over the map on the first screen
 * (desktop and phone, collapsible, remembered), project investment off and explained without projects, target
 * intensity as per-board circles with values, board colours whose break values are in the legend and whose
 * values show on hover, imported projects drawn at city zoom, and "zoom to my data".
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type AppDriver, type OpenOptions } from './driver';
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

const count = (driver: AppDriver, layerId: string) => driver.page.evaluate((id) => window.__wuximap!.renderedFeatureCount(id), layerId);

/** The legend box lies inside the viewport (seen without scrolling) and covers at most `share` of it. */
async function legendBox(page: Page) {
  const box = await page.locator('[data-testid=map-legend]').boundingBox();
  const viewport = page.viewportSize()!;
  expect(box).not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
  expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
  return { ...box!, share: (box!.width * box!.height) / (viewport.width * viewport.height) };
}

/** A small project list (synthetic, in 新吴 and 梁溪), dropped on the page like a file. */
const PROJECTS_CSV = [
  '项目编号,项目名称,所属产业,项目阶段,总投资（万元）,签约日期,板块,经度,纬度,所在园区,备注',
  'T-1,测试项目一（合成）,物联网,开工,50000,2024-03-01,新吴,120.40,31.50,,合成测试数据',
  'T-2,测试项目二（合成）,集成电路,在批,120000,2024-05-01,新吴,120.42,31.48,,合成测试数据',
  'T-3,测试项目三（合成）,物联网,开工,8000,2024-06-01,新吴,120.44,31.52,,合成测试数据',
  'T-4,测试项目四（合成）,集成电路,开工,30000,2024-07-01,梁溪,120.30,31.57,,合成测试数据',
].join('\n');

async function importProjects(page: Page) {
  await page.evaluate((csv) => {
    const dt = new DataTransfer();
    dt.items.add(new File([csv], 'thematic-projects.csv', { type: 'text/csv' }));
    for (const type of ['dragenter', 'dragover', 'drop']) window.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, PROJECTS_CSV);
  await page.waitForSelector('[data-testid=import-dialog]');
  await page.check('[data-testid=import-kind-projects]', { force: true });
  await page.selectOption('[data-testid=import-crs]', 'wgs84');
  await page.click('[data-testid=import-start]');
  await page.waitForSelector('[data-testid=import-preview]', { timeout: 60_000 });
  expect(Number(await page.getAttribute('[data-testid=import-valid-count]', 'data-count'))).toBe(4);
  await page.click('[data-testid=import-commit]');
  await page.waitForSelector('[data-testid=import-done]');
  await page.click('[data-testid=import-done] .imp-primary');
}

describe('thematic layers', { timeout: 600_000 }, () => {
  it('desktop: the legend is on the first screen, collapses, and stays collapsed after a reload', async () => {
    const driver = await ready();
    const { page } = driver;
    await page.waitForSelector('[data-testid=map-legend-body] [data-testid=park-legend]');
    expect(await page.getAttribute('[data-testid=map-legend]', 'data-open')).toBe('true');
    expect((await legendBox(page)).share).toBeLessThan(0.25);
    expect(await page.textContent('[data-testid=map-legend]')).toContain('园区');
    await driver.screenshot('thematic-legend-open-zh');

    await page.click('[data-testid=map-legend-toggle]');
    await page.waitForSelector('[data-testid=map-legend-body]', { state: 'detached' });
    expect(await page.getAttribute('[data-testid=map-legend-toggle]', 'aria-expanded')).toBe('false');
    await driver.screenshot('thematic-legend-collapsed-zh');
    await page.reload({ waitUntil: 'load' });
    await driver.waitForMapReady();
    expect(await page.getAttribute('[data-testid=map-legend]', 'data-open')).toBe('false');
    await page.click('[data-testid=map-legend-toggle]');
    await page.waitForSelector('[data-testid=map-legend-body] [data-testid=park-legend]');
  });

  it('phone: the legend starts as a small chip, expands over part of the map, collapses again', async () => {
    const driver = await ready({ viewport: 'phone' });
    const { page } = driver;
    expect(await page.getAttribute('[data-testid=map-legend]', 'data-open')).toBe('false');
    expect((await legendBox(page)).share).toBeLessThan(0.05);
    await driver.screenshot('thematic-phone-chip-zh');
    await page.click('[data-testid=map-legend-toggle]');
    await page.waitForSelector('[data-testid=map-legend-body] [data-testid=park-legend]');
    const open = await legendBox(page);
    expect(open.share).toBeLessThan(0.5);
    await driver.screenshot('thematic-phone-legend-open-zh');
    await page.click('[data-testid=map-legend-toggle]');
    await page.waitForSelector('[data-testid=map-legend-body]', { state: 'detached' });
  });

  it('without projects: investment off and explained; target circles with values; board colours with breaks; hover values', async () => {
    const driver = await ready();
    const { page } = driver;
    await page.click('[data-testid=tab-layers]');
    await page.waitForSelector('[data-testid=heat-kind-projects]');
    expect(await page.isDisabled('[data-testid=heat-kind-projects]')).toBe(true);
    expect(await page.textContent('[data-testid=projects-howto]')).toContain('我的数据');
    expect(await page.textContent('[data-testid=heat-controls]')).toContain('目标强度（模型）');

    const before = await driver.screenshot('thematic-off', MAP);
    await page.check('[data-testid=heat-kind-targets]');
    await page.waitForSelector('[data-testid=legend-surface][data-surface=targets]');
    await driver.settle();
    expect(await count(driver, 'target-symbols')).toBeGreaterThanOrEqual(7);
    const circles = await driver.screenshot('thematic-target-circles-zh');
    expect(await driver.diffShare(before, await driver.screenshot('thematic-target-circles-map', MAP))).toBeGreaterThan(0.01);
    expect(await page.textContent('[data-testid=legend-scale-values]')).toMatch(/亿元/);
    expect(circles.length).toBeGreaterThan(0);

    // Hovering 新吴's circle (above its name) shows its value, unit and source.
    const xinwu = await page.evaluate(() => window.__wuximap!.screenPoint('board', '320214'));
    await page.mouse.move(xinwu![0], xinwu![1] - 16);
    await page.waitForSelector('[data-testid=board-tooltip]');
    const tip = await page.textContent('[data-testid=board-tooltip]');
    expect(tip).toContain('新吴');
    expect(tip).toMatch(/亿元/);
    expect(tip).toContain('来源');
    await driver.screenshot('thematic-target-tooltip-zh');

    // Board colours on top: break values in the legend keep Jiangyin and Xinwu apart; hover shows a value.
    await page.mouse.move(5, 5);
    await page.evaluate(() => window.__wuximap!.state().setChoropleth({ metric: 'revenue_target', industry: 'iot' }));
    await page.waitForSelector('[data-testid=choropleth-breaks]');
    await driver.settle();
    const classes = await page.locator('[data-testid=choropleth-breaks] li').allTextContents();
    const withXinwu = classes.filter((c) => c.includes('2,200'));
    const withJiangyin = classes.filter((c) => c.includes('477'));
    expect(withXinwu).toHaveLength(1);
    expect(withJiangyin).toHaveLength(1);
    expect(withXinwu[0]).not.toBe(withJiangyin[0]);
    await driver.screenshot('thematic-choropleth-zh');

    // Hover inside 江阴's polygon (below its label, away from the park group): its value with the unit.
    const jiangyin = await page.evaluate(() => window.__wuximap!.screenPoint('board', '320281'));
    await page.mouse.move(jiangyin![0] + 30, jiangyin![1] - 30);
    await page.waitForSelector('[data-testid=board-tooltip-choropleth]');
    expect(await page.textContent('[data-testid=board-tooltip]')).toContain('江阴');
    expect(await page.textContent('[data-testid=board-tooltip-choropleth]')).toContain('477 亿元');
    await driver.screenshot('thematic-choropleth-tooltip-zh');

    await page.evaluate(() => window.__wuximap!.state().setChoropleth({ classification: 'quantile' }));
    await page.waitForFunction(() => document.querySelector('[data-testid=choropleth-legend]')?.textContent?.includes('分位数'));
    // The "how to import" button opens My data.
    await page.click('[data-testid=projects-open-mydata]');
    await page.waitForSelector('[data-testid=mydata-panel]');
  });

  it('keyboard: Tab to a board in the legend shows its tooltip (value, unit, source); Enter opens the board', async () => {
    const driver = await ready({ path: '#v=1&heat=targets&ch=revenue_target&ci=iot' });
    const { page } = driver;
    await page.waitForSelector('[data-testid=legend-boards]');
    // From the legend's toggle, Tab until a board's button has focus, then on to 江阴.
    await page.focus('[data-testid=map-legend-toggle]');
    const focusedBoard = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
    let focused = '';
    for (let i = 0; i < 40 && focused !== 'legend-board-320281'; i++) {
      await page.keyboard.press('Tab');
      focused = await focusedBoard();
    }
    expect(focused).toBe('legend-board-320281');
    const tip = page.locator('[data-testid=board-tooltip][data-via=focus]');
    await tip.waitFor();
    expect(await tip.getAttribute('data-board')).toBe('320281');
    expect(await page.textContent('[data-testid=board-tooltip-choropleth]')).toContain('477 亿元');
    expect(await page.textContent('[data-testid=board-tooltip-target]')).toMatch(/亿元/);
    expect(await tip.textContent()).toContain('来源');
    expect(await page.getAttribute('[data-testid=legend-board-320281]', 'aria-label')).toMatch(/^江阴[^：]*：.*亿元。回车打开板块$/);
    expect(await page.getAttribute('[data-testid=legend-board-320281]', 'aria-describedby')).toBe(await tip.getAttribute('id'));
    await driver.screenshot('thematic-board-focus-zh');

    // Tab moves on: the next board's tooltip replaces it; Shift+Tab back, then Enter opens 江阴.
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => document.querySelector('[data-testid=board-tooltip]')?.getAttribute('data-board') !== '320281');
    await page.keyboard.press('Shift+Tab');
    await page.waitForSelector('[data-testid=board-tooltip][data-board="320281"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="board-panel"][data-board="320281"]');
    expect(await page.evaluate(() => window.__wuximap!.state().selection)).toEqual({ kind: 'board', id: '320281' });
  });

  it('keyboard, English: the board buttons are named in English and focus shows the English tooltip', async () => {
    const driver = await ready({ path: '#v=1&lang=en&ch=revenue_target&ci=iot' });
    const { page } = driver;
    await page.waitForSelector('[data-testid=legend-board-320281]');
    expect(await page.getAttribute('[data-testid=legend-board-320281]', 'aria-label')).toMatch(/^Jiangyin[^:]*: 47\.7 bn yuan\. Enter opens the board$/);
    await page.focus('[data-testid=legend-board-320281]');
    const tip = page.locator('[data-testid=board-tooltip][data-via=focus]');
    await tip.waitFor();
    expect(await tip.textContent()).toContain('Jiangyin');
    expect(await tip.textContent()).toContain('47.7 bn yuan');
    expect(await tip.textContent()).toContain('Source:');
    await driver.screenshot('thematic-board-focus-en');
    // Leaving the list hides the tooltip.
    await page.focus('[data-testid=map-legend-toggle]');
    await tip.waitFor({ state: 'detached' });
  });

  it('English, from an old "investment" link: the Annex 2 target variant with board colours, labelled in English', async () => {
    const driver = await ready({ path: '#v=1&lang=en&heat=investment&ch=revenue_target&ci=iot' });
    const { page } = driver;
    await page.waitForSelector('[data-testid=choropleth-breaks]');
    expect(await page.evaluate(() => window.__wuximap!.state().notice)).toBeNull();
    expect(await page.getAttribute('[data-testid=legend-surface]', 'data-surface')).toBe('targets');
    const legend = await page.textContent('[data-testid=map-legend]');
    expect(legend).toContain('Target intensity (modelled)');
    expect(legend).toContain('Annex 2');
    expect(await page.textContent('[data-testid=choropleth-breaks]')).toContain('220 bn yuan');
    await driver.settle();
    expect(await count(driver, 'target-symbols')).toBeGreaterThan(0);
    await driver.screenshot('thematic-circles-choropleth-en');
  });

  it('imported projects draw at city zoom; "zoom to my data" frames them', async () => {
    const driver = await ready();
    const { page } = driver;
    const before = await driver.screenshot('thematic-before-import', MAP);
    await importProjects(page);
    await driver.settle();
    expect(await page.evaluate(() => window.__wuximap!.state().view.zoom)).toBeLessThan(11);
    expect(await count(driver, 'project-counts')).toBe(2);
    const after = await driver.screenshot('thematic-projects-city-zoom', MAP);
    expect(await driver.diffShare(before, after)).toBeGreaterThan(0.002);
    await page.waitForSelector('[data-testid=legend-project-counts]');
    await page.click('[data-testid=tab-layers]');
    await page.waitForSelector('[data-testid=heat-kind-projects]:not([disabled])');
    expect(await page.locator('[data-testid=projects-howto]').count()).toBe(0);

    // Somewhere else first, then "zoom to my data": the view contains every project and has zoomed in from the city view.
    await page.evaluate(() => window.__wuximap!.state().flyTo({ longitude: 119.9, latitude: 31.4, zoom: 12 }));
    await page.waitForFunction(() => window.__wuximap!.state().view.zoom >= 11.9, undefined, { timeout: 120_000 });
    await page.click('[data-testid=open-mydata]');
    await page.click('[data-testid=mydata-zoom-to-data]');
    await page.waitForFunction(
      () => {
        const b = window.__wuximap!.map.getBounds();
        return !window.__wuximap!.map.isMoving() && b.getWest() <= 120.3 && b.getEast() >= 120.44 && b.getSouth() <= 31.48 && b.getNorth() >= 31.57;
      },
      undefined,
      { timeout: 120_000 },
    );
    const view = await page.evaluate(() => window.__wuximap!.state().view);
    expect(view.zoom).toBeGreaterThan(9.5);
    expect(view.longitude).toBeGreaterThan(120.3);
    expect(view.longitude).toBeLessThan(120.44);
    await driver.settle();
    await driver.screenshot('thematic-zoomed-to-data');
  });
});
