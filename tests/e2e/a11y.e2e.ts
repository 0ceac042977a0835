/**
 * Keyboard-only use: from the top of the page, Tab reaches the panel tabs, the arrow keys pick the list,
 * Tab reaches the table, ↓ and Enter select a park, focus lands on its panel, and "back" returns to the row.
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

async function tabUntil(driver: AppDriver, test: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    await driver.page.keyboard.press('Tab');
    const hit = await driver.page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, test);
    if (hit) return;
  }
  throw new Error(`Tab never reached ${test}`);
}

describe('keyboard only', () => {
  it('walks from the page top to a park through the list', async () => {
    app = await openReady();
    const { page } = app;
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabUntil(app, '[role="tab"]');
    await page.keyboard.press('Home');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('tab-details');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('tab-list');
    await page.waitForSelector('[data-testid="park-list"]');
    await tabUntil(app, '[data-testid="park-row"]');
    const first = await page.evaluate(() => document.activeElement?.getAttribute('data-park'));
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('data-park'));
    expect(second).not.toBe(first);
    await page.keyboard.press('Enter');
    await waitForSelection(app, 'park', second!);
    await page.waitForSelector(`[data-testid="park-panel"][data-park="${second}"]`);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('park-title');
    // Back to the list (the link just before the title): focus returns to the same row.
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('back-to-list');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="park-list"]');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-park'))).toBe(second);
  });

  it('skips to the panel without touching the state in the link', async () => {
    app = await openReady({ path: '#v=1&sel=board:320214' });
    await app.page.waitForSelector('[data-testid="board-panel"]');
    await app.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await app.page.keyboard.press('Tab');
    expect(await app.page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await app.page.keyboard.press('Enter');
    expect(await app.page.evaluate(() => document.activeElement?.id)).toBe('side-panel');
    expect(await app.page.evaluate(() => location.hash)).toContain('sel=board');
    await app.page.waitForSelector('[data-testid="board-panel"]');
  });

  it('labels the list for screen readers and announces the count', async () => {
    app = await openReady();
    await app.page.click('[data-testid="tab-list"]');
    const table = app.page.locator('[data-testid="park-list"]');
    expect(await table.getAttribute('aria-label')).toBeTruthy();
    expect(await app.page.getAttribute('[data-testid="list-count"]', 'aria-live')).toBe('polite');
    const label = await app.page.locator('[data-testid="park-row"]').first().getAttribute('aria-label');
    expect(label).toMatch(/，/); // name, board, status
    expect(await app.page.locator('th[aria-sort]').count()).toBe(1);
  });
});
