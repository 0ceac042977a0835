/**
 * Targets over time end to end: the city timeline from the welcome panel, a board's and an industry's from their
 * panels; series as charts and as a table, per-year targets marked as such, the documents' disagreements shown,
 * the link reopening the view; English on a phone.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { AppDriver } from './driver';
import { finish } from './panels-helpers';
import { KIT_TEST_TIMEOUT, openKit } from './kit-helpers';

let app: AppDriver | null = null;
afterEach(async () => {
  const current = app;
  app = null;
  await finish(current);
});

const VIEW = '[data-testid="timeline-view"]';

describe('targets over time', { timeout: KIT_TEST_TIMEOUT }, () => {
  it('opens for the city from the welcome panel and for Jiangyin from its board panel; the link reopens it', async () => {
    app = await openKit();
    const { page } = app;
    await page.click('[data-testid="tab-details"]');
    await page.click('[data-testid="welcome"] [data-testid="timeline-open"]');
    await page.waitForSelector(`${VIEW}[data-subject="city"] [data-testid="timeline-series"]`);
    // A per-year target of the 2026–2028 plan: a bar over 2026–2028, worded "each year", not a 2028 point.
    const perYear = `${VIEW} [data-series="city.capacity_projects_per_year"]`;
    expect(await page.getAttribute(perYear, 'data-per-year')).toBe('true');
    expect(await page.locator(`${perYear} [data-testid="timeline-per-year"]`).count()).toBe(1);
    expect(await page.textContent(perYear)).toContain('2026—2028年每年');
    // The opinions' 2030 scenarios: "about 50" and "more than 50", both kept and marked.
    const scenarios = `${VIEW} [data-series="city.future_application_scenarios"]`;
    expect(await page.textContent(`${scenarios} [data-testid="timeline-disagreement"]`)).toContain('文件表述不一致');
    expect(await page.textContent(scenarios)).toContain('约 50');
    expect(await page.textContent(scenarios)).toContain('不少于 50');
    expect(await page.locator(`${scenarios} [data-disputed]`).count()).toBe(2);
    await app.screenshot('timeline-card-per-year-zh', perYear);
    await app.screenshot('timeline-card-disagreement-zh', scenarios);
    // "超800亿" in Jiangyin's text against 870 in its table is not a disagreement; the unicorn tier name is.
    await page.fill('[data-testid="timeline-search"]', '准独角兽');
    expect(await page.textContent(`${VIEW} [data-series="city.pre_unicorn_firms"] [data-testid="timeline-disagreement"]`)).toContain('独角兽企业');
    await page.fill('[data-testid="timeline-search"]', '');
    await app.screenshot('timeline-city-zh');
    await page.keyboard.press('Escape');
    await page.waitForSelector(VIEW, { state: 'detached' });

    // Jiangyin from its board panel: its indicator table over 2022–2025 and its body-text targets.
    await page.evaluate(() => (location.hash = '#v=1&sel=board:320281'));
    await page.waitForSelector('[data-testid="board-panel"][data-board="320281"]');
    // The comparison picker: grouped by annex and cluster, narrowed by a search.
    const groupsBefore = await page.locator('[data-testid="board-panel"] [data-testid="row-picker"] optgroup').count();
    await page.fill('[data-testid="board-panel"] [data-testid="row-picker-search"]', '生物医药');
    const labels = await page.$$eval('[data-testid="board-panel"] [data-testid="row-picker"] optgroup', (els) => els.map((e) => e.getAttribute('label') ?? ''));
    expect(labels.length).toBeLessThan(groupsBefore);
    expect(labels.filter((l) => l.includes('生物医药')).length).toBeGreaterThan(0);
    // Source lines read as sentences: 《document》annex, "row" 行, "column" 列.
    await page.click('[data-testid="board-panel"] [data-testid="sources"] summary');
    expect(await page.textContent('[data-testid="board-panel"] [data-testid="sources"] li')).toMatch(/^《.+》附件\d/);
    await app.screenshot('board-panel-picker-zh');
    await page.click('[data-testid="board-panel"] [data-testid="timeline-open"]');
    await page.waitForSelector(`${VIEW}[data-subject="board:320281"] [data-testid="timeline-series"]`);
    const digital = `${VIEW} [data-series="jiangyin.digital_core_scale"]`;
    expect(await page.locator(`${digital} [data-testid="timeline-disagreement"]`).count()).toBe(0);
    expect(await page.locator(`${digital} .tl-points li`).count()).toBe(5);
    const talents = `${VIEW} [data-series="jiangyin.national_tech_talents"]`;
    expect(await page.textContent(`${talents} [data-testid="timeline-disagreement"]`)).toContain('2023');
    await app.screenshot('timeline-board-jiangyin-zh');

    // The table version: one row per point, the disputed ones marked.
    await page.click('[data-testid="timeline-mode-table"]');
    await page.waitForSelector(`${VIEW} [data-testid="timeline-table"]`);
    expect(await page.locator(`${VIEW} tr[data-series="jiangyin.national_tech_talents"]`).count()).toBe(5);
    expect(await page.locator(`${VIEW} tr[data-series="jiangyin.national_tech_talents"] [data-testid="timeline-disagreement-row"]`).count()).toBe(2);
    expect(await page.locator(`${VIEW} tr[data-kind="perYear"]`).count()).toBeGreaterThan(0);

    await page.waitForFunction(() => location.hash.includes('tl=board%3A320281'));
    const link = await page.evaluate(() => location.href);
    await app.close();
    app = await openKit({ path: link.slice(link.indexOf('#')) });
    await app.page.waitForSelector(`${VIEW}[data-subject="board:320281"] [data-testid="timeline-series"]`);
  });

  it('opens for a cluster from its industry panel', async () => {
    app = await openKit({ path: '#v=1&sel=industry:iot' });
    const { page } = app;
    await page.waitForSelector('[data-testid="industry-panel"][data-industry="iot"]');
    await page.click('[data-testid="industry-panel"] [data-testid="timeline-open"]');
    await page.waitForSelector(`${VIEW}[data-subject="industry:iot"] [data-testid="timeline-series"]`);
    const revenue = `${VIEW} [data-series="wp2024_annex1.iot.revenue_target.city"]`;
    expect(await page.textContent(revenue)).toContain('2024');
    expect(await page.textContent(revenue)).toContain('附件1');
    await page.waitForFunction(() => location.hash.includes('tl=industry%3Aiot'));
    await app.screenshot('timeline-industry-iot-zh');
  });

  it('reads in English on a phone, from a link', async () => {
    app = await openKit({ path: '#v=1&lang=en&tl=city', viewport: 'phone' });
    const { page } = app;
    await page.waitForSelector(`${VIEW}[data-subject="city"] [data-testid="timeline-series"]`);
    expect(await page.textContent(`${VIEW} h2`)).toContain('Targets over time');
    expect(await page.textContent(`${VIEW} [data-series="city.tech_firms_per_year"]`)).toContain('each year 2026–2028');
    expect(await page.textContent(`${VIEW} [data-series="city.future_application_scenarios"]`)).toContain('The documents disagree');
    const fits = await page.$eval(VIEW, (el) => el.scrollWidth <= el.clientWidth + 1 && el.getBoundingClientRect().width <= window.innerWidth);
    expect(fits).toBe(true);
    await app.screenshot('timeline-city-en-phone');
    await page.click('[data-testid="timeline-mode-table"]');
    await page.waitForSelector(`${VIEW} [data-testid="timeline-table"]`);
    expect(await page.textContent(`${VIEW} thead`)).toContain('As printed');
    await app.screenshot('timeline-city-en-phone-table');
  });
});
