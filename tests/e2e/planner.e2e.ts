/**
 * The planner's tools end to end: the chain-coverage matrix opens from the header, a cell lights the track's parks
 * on that board and opens the industry panel with its coverage section (parks and platforms as carriers, city-wide
 * platforms listed, a platform opens its panel); the QA list shows its counts, exports them
 * as CSV, and its link reopens it; English; on a phone the matrix scrolls inside a full-screen view.
 */
import { disagreements } from '../../src/data/disagreements';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, type AppDriver } from './driver';
import { finish, HAN, openReady, snapshot, waitForSelection } from './panels-helpers';

let app: AppDriver | null = null;
let second: AppDriver | null = null;
afterEach(async () => {
  const current = [app, second];
  app = second = null;
  for (const a of current) await finish(a);
});

const TIMEOUT = 240_000;

describe('planner tools', { timeout: TIMEOUT }, () => {
  it('matrix: opens from the header, a cell lights its parks and opens the industry panel with coverage', async () => {
    app = await openReady();
    const { page } = app;
    await page.click('[data-testid="planner-button"]');
    await page.waitForSelector('[data-testid="coverage-matrix"]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('planner-title');
    // Xishan's Annex 2 row names humanoid robots but no Xishan park does; Jiangyin's hydrogen park carries its target.
    expect(await page.getAttribute('[data-testid="coverage-cell-humanoid_robots-320205"]', 'data-status')).toBe('target_without_carrier');
    expect(await page.getAttribute('[data-testid="coverage-cell-hydrogen_energy_storage-320281"]', 'data-status')).toBe('covered');
    // The Xuelang computing centre carries the Economic Development Zone's AI target, which no park there names.
    expect(await page.getAttribute('[data-testid="coverage-cell-artificial_intelligence-wxjk"]', 'data-status')).toBe('covered');
    // 131 gaps with parks only; the 4 cells platforms with a board carry are not gaps.
    expect(await page.textContent('[data-testid="coverage-summary"]')).toContain('127 格有目标无园区或平台承载');
    const note = await page.textContent('[data-testid="coverage-carriers-note"]');
    expect(note).toContain('49 个园区');
    expect(note).toContain('5 个平台');
    expect(note).toContain('31 个平台');
    // The 2026 plan's stages, with the citation.
    expect(await page.textContent('tr[data-track="artificial_intelligence"] [data-maturity]')).toBe('较为成熟');
    expect(await page.textContent('tr[data-track="six_g"] [data-maturity]')).toBe('孕育期');
    expect(await page.textContent('[data-testid="maturity-source"]')).toContain('二(四)14');
    await page.waitForFunction(() => location.hash.includes('plan=coverage'));
    await app.screenshot('planner-matrix-zh');

    // Keyboard: Tab reaches a cell button, Enter follows it.
    await page.focus('[data-testid="coverage-cell-hydrogen_energy_storage-320281"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="planner-view"]', { state: 'detached' });
    await waitForSelection(app, 'industry', 'hydrogen_energy_storage');
    const s = await snapshot(app);
    expect(s.filters.industries).toEqual(['hydrogen_energy_storage']);
    expect(s.filters.boards).toEqual(['320281']);
    await page.waitForSelector('[data-testid="industry-panel"] [data-testid="coverage-section"]');
    expect(await page.textContent('[data-testid="coverage-stage"]')).toContain('方案未点名');
    const row = page.locator('[data-testid="coverage-section"] li[data-board="320281"]');
    expect(await row.getAttribute('data-status')).toBe('covered');
    expect(await row.textContent()).toContain('江阴临港氢能产业园');
    const cityWide = page.locator('[data-testid="coverage-city-wide"] li');
    expect(await cityWide.allTextContents()).toContain('江苏省绿色氢基能源技术创新中心');
    await page.locator('[data-testid="coverage-section"]').scrollIntoViewIfNeeded();
    await app.settle();
    await app.screenshot('planner-industry-section-zh', '[data-testid="coverage-section"]');

    // The section leads back into the matrix; Esc closes it.
    await page.click('[data-testid="coverage-open-matrix"]');
    await page.waitForSelector('[data-testid="coverage-matrix"]');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="planner-view"]', { state: 'detached' });
    // Esc in the planner does not also clear the selection.
    expect((await snapshot(app)).selection).toEqual({ kind: 'industry', id: 'hydrogen_energy_storage' });

    // A platform as a carrier: named in its board's row, and it opens the platform panel.
    await page.click('[data-testid="planner-button"]');
    await page.click('[data-testid="coverage-cell-artificial_intelligence-wxjk"]');
    await waitForSelection(app, 'industry', 'artificial_intelligence');
    const aiRow = page.locator('[data-testid="coverage-section"] li[data-board="wxjk"]');
    expect(await aiRow.getAttribute('data-status')).toBe('covered');
    expect(await aiRow.textContent()).toContain('1 个园区或平台');
    await page.locator('[data-testid="coverage-section"]').scrollIntoViewIfNeeded();
    await app.settle();
    await app.screenshot('planner-industry-section-platforms-zh', '[data-testid="coverage-section"]');
    await aiRow.locator('[data-carrier="platform"] button', { hasText: '雪浪算力中心' }).click();
    await waitForSelection(app, 'platform', 'xuelang_computing_center');
  });

  it('QA list: counts at the top, CSV export, an item opens its park, the link reopens the list', async () => {
    app = await openReady();
    const { page } = app;
    await page.click('[data-testid="planner-button"]');
    await page.click('[data-testid="planner-tab-qa"]');
    await page.waitForSelector('[data-testid="qa-view"]');
    const count = (id: string) => page.getAttribute(`[data-testid="qa-count-${id}"]`, 'data-count');
    expect(await count('approximate_position')).toBe('49');
    expect(await count('no_lead_industry')).toBe('11');
    expect(await count('site_outside_board')).toBe('0');
    expect(await count('sum_mismatch')).toBe('3');
    expect(await count('target_without_carrier')).toBe('127');
    expect(await count('park_without_target')).toBe('1');
    expect(await count('platform_without_target')).toBe('0');
    expect(await count('missing_english')).toBe('0');
    await app.screenshot('planner-qa-zh');

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="qa-export"]')]);
    await mkdir(ARTIFACTS_DIR, { recursive: true });
    const file = join(ARTIFACTS_DIR, 'planner-qa.csv');
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/^规划核查-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await readFile(file, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]![0]).toBe('check');
    const sums = rows.filter((r) => r[0] === 'sum_mismatch');
    expect(sums).toHaveLength(3);
    expect(sums[0]![5]).toContain('Biomedicine');
    const noLead = rows.filter((r) => r[0] === 'no_lead_industry');
    expect(noLead).toHaveLength(11);
    expect(noLead[0]!.slice(1, 3)).toEqual(['园区未写明主导产业', 'Parks with no lead industry named']);
    const origin = new URL(page.url()).origin;
    expect(noLead.every((r) => r[8]!.startsWith(origin) && r[8]!.includes('#v=1&sel=park'))).toBe(true);

    await page.waitForFunction(() => location.hash.includes('plan=qa'));
    const link = page.url();

    // An item leads to its park.
    const item = page.locator('[data-testid="qa-section-no_lead_industry"] .qa-item').first();
    await item.locator('button').click();
    await page.waitForSelector('[data-testid="planner-view"]', { state: 'detached' });
    await page.waitForSelector('[data-testid="park-panel"]');
    expect((await snapshot(app)).selection?.kind).toBe('park');

    // The link made while the list was open reopens it.
    second = await openReady({ path: link.slice(link.indexOf('#')) });
    await second.page.waitForSelector('[data-testid="qa-view"]');
    expect(await second.page.getAttribute('[data-testid="qa-count-no_lead_industry"]', 'data-count')).toBe('11');
    // Where the documents disagree with themselves: listed with both citations, and an item opens the timeline showing both.
    expect(await second.page.getAttribute('[data-testid="qa-count-documents_disagree"]', 'data-count')).toBe(String(disagreements.length));
    const disagreement = second.page.locator('[data-testid="qa-section-documents_disagree"] .qa-item').filter({ hasText: '融合应用场景' });
    expect(await disagreement.textContent()).toContain('三(二)2');
    await disagreement.locator('button').click();
    await second.page.waitForSelector('[data-testid="timeline-disagreement"]');
    expect(await second.page.evaluate(() => window.__wuximap!.state().timeline)).toEqual({ kind: 'city' });
  });

  it('English: the matrix and the QA list read in English', async () => {
    app = await openReady({ path: '#v=1&lang=en&plan=coverage' });
    const { page } = app;
    await page.waitForSelector('[data-testid="coverage-matrix"]');
    const head = await page.textContent('.coverage-table thead');
    expect(head).toContain('Jiangyin');
    expect(head).not.toMatch(HAN);
    expect(await page.textContent('.coverage-legend')).toContain('Target without a carrier');
    expect(await page.textContent('tr[data-track="commercial_space"] [data-maturity]')).toBe('Relatively mature');
    // Chain chiefs' names are read out in pinyin.
    await page.waitForFunction(() => !/\p{Script=Han}/u.test(document.querySelector('tr[data-track="artificial_intelligence"]')?.textContent ?? '一'));
    await app.screenshot('planner-matrix-en');
    await page.click('[data-testid="planner-tab-qa"]');
    await page.waitForSelector('[data-testid="qa-view"]');
    const counts = await page.textContent('.qa-counts');
    expect(counts).toContain('Parks with no lead industry named');
    expect(counts).not.toMatch(HAN);
    await app.screenshot('planner-qa-en');

    // The industry panel's section, reached from a cell, in English too.
    await page.click('[data-testid="planner-tab-coverage"]');
    await page.click('[data-testid="coverage-cell-humanoid_robots-320205"]');
    await waitForSelection(app, 'industry', 'humanoid_robots');
    const section = page.locator('[data-testid="industry-panel"] [data-testid="coverage-section"]');
    await section.waitFor();
    expect(await section.locator('.section-title').textContent()).toBe('Chain coverage');
    expect(await section.locator('[data-testid="coverage-gaps"]').textContent()).toContain('Boards with targets but no carrier: ');
    expect(await section.locator('[data-testid="coverage-gaps"]').textContent()).toContain('Xishan District');
    expect(await section.locator('.coverage-subtitle').allTextContents()).toEqual([
      'Per board: targets and carriers',
      'City-wide platforms (no board)',
      'Brand events',
    ]);
    expect(await section.locator('[data-testid="coverage-city-wide"]').textContent()).not.toMatch(HAN);
  });

  it('without the platform register the matrix counts parks only and says so', async () => {
    app = await openReady({
      path: '#v=1&plan=coverage',
      beforeLoad: (context) => context.route(/\/platforms[^/]*\.(geo)?json$/, (route) => route.abort()),
    });
    const { page } = app;
    await page.waitForSelector('[data-testid="coverage-matrix"]');
    expect(await page.textContent('[data-testid="platforms-failed"]')).toContain('平台登记未能加载');
    expect(await page.textContent('[data-testid="coverage-carriers-note"]')).toContain('只计园区登记中的 49 个园区');
    expect(await page.textContent('[data-testid="coverage-summary"]')).toContain('131 格有目标无园区或平台承载');
    expect(await page.getAttribute('[data-testid="coverage-cell-artificial_intelligence-wxjk"]', 'data-status')).toBe('target_without_carrier');
    // The blocked requests are the only errors (finish() checks the rest is empty).
    const expected = (e: string) => /platforms-[\w-]+\.(geo)?json net::ERR_FAILED$/.test(e) || e === 'console: Failed to load resource: net::ERR_FAILED';
    expect(app.consoleErrors.some(expected)).toBe(true);
    app.consoleErrors.splice(0, app.consoleErrors.length, ...app.consoleErrors.filter((e) => !expected(e)));
  });

  it('phone: the planner fills the screen, the matrix scrolls, a tapped cell shows the map', async () => {
    app = await openReady({ viewport: 'phone', path: '#v=1&plan=coverage' });
    const { page } = app;
    await page.waitForSelector('[data-testid="coverage-matrix"]');
    const box = (await page.locator('[data-testid="planner-view"]').boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(380);
    const scroll = page.locator('.coverage-scroll');
    const sizes = await scroll.evaluate((el) => ({ sw: el.scrollWidth, cw: el.clientWidth }));
    expect(sizes.sw).toBeGreaterThan(sizes.cw);
    await app.screenshot('planner-matrix-phone');
    await scroll.evaluate((el) => el.scrollBy(400, 0));
    expect(await scroll.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    const cell = page.locator('[data-testid="coverage-cell-biomedicine-320205"]');
    await cell.scrollIntoViewIfNeeded();
    await cell.tap();
    await page.waitForSelector('[data-testid="planner-view"]', { state: 'detached' });
    await waitForSelection(app, 'industry', 'biomedicine');
    await app.settle();
    await app.screenshot('planner-cell-phone');
  });
});
