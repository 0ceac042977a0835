/**
 * Deep links end to end: a link restores view, layers, filters, selection and language; changing the state
 * rewrites the link, and reopening that link gives the same state; a malformed link shows a notice and the
 * app keeps working.
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

const LINK =
  '#v=1&map=11.5/31.5/120.25&lang=en&layers=dpl&heat=targets&hi=humanoid_robots&ch=revenue_target&ci=iot' +
  '&cat=future_park&ind=humanoid_robots&st=planned&sel=park:binhu_humanoid_robot_park';

describe('deep links', () => {
  it('restores the state a link carries', async () => {
    app = await openReady({ path: LINK });
    await app.page.waitForSelector('[data-testid="park-panel"][data-park="binhu_humanoid_robot_park"]');
    const s = await snapshot(app);
    expect(s.language).toBe('en');
    expect(s.selection).toEqual({ kind: 'park', id: 'binhu_humanoid_robot_park' });
    expect(s.filters).toEqual({ categories: ['future_park'], industries: ['humanoid_robots'], boards: [], statuses: ['planned'] });
    expect(s.layers).toEqual({ districts: true, water: false, parks: true, labels: true });
    expect(s.heat.kind).toBe('targets');
    expect(s.heat.industry).toBe('humanoid_robots');
    expect(s.choropleth).toEqual({ metric: 'revenue_target', industry: 'iot', classification: 'jenks' });
    const zoom = await app.page.evaluate(() => window.__wuximap!.map.getZoom());
    expect(zoom).toBeCloseTo(11.5, 1);
    expect(await app.page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await app.page.locator('[data-testid="notice"]').count()).toBe(0);
  });

  it('writes state changes into the link, and the new link reopens the same state', async () => {
    app = await openReady({ path: '#v=1' });
    await app.page.click('[data-testid="tab-list"]');
    await app.page.click('[data-testid="filters"] summary');
    await app.page.click('[data-testid="filter-statuses"] [data-value="existing"]');
    await app.page.click('[data-testid="filter-boards"] [data-value="320214"]');
    await app.page.click('[data-testid="park-row"][data-park="china_sensor_network_innovation_park"]');
    await waitForSelection(app, 'park', 'china_sensor_network_innovation_park');
    await app.page.click('[data-testid="lang-en"]');
    await app.page.waitForFunction(
      () => location.hash.includes('lang=en') && location.hash.includes('sel=park') && location.hash.includes('st=existing'),
      undefined,
      { timeout: 10_000 },
    );
    await app.page.waitForFunction(() => !window.__wuximap!.map.isMoving(), undefined, { timeout: 30_000 });
    await app.page.waitForTimeout(800); // the hash is written after a short debounce once the camera rests
    const first = await snapshot(app);
    const hash = await app.page.evaluate(() => location.hash);
    await app.close();
    app = null;

    app = await openReady({ path: hash });
    await app.page.waitForSelector('[data-testid="park-panel"][data-park="china_sensor_network_innovation_park"]');
    const second = await snapshot(app);
    expect(second.selection).toEqual(first.selection);
    expect(second.filters).toEqual(first.filters);
    expect(second.language).toBe('en');
    expect(second.view.zoom).toBeCloseTo(first.view.zoom, 1);
    expect(second.view.longitude).toBeCloseTo(first.view.longitude, 3);
    expect(second.view.latitude).toBeCloseTo(first.view.latitude, 3);
  });

  it('falls back to defaults with a visible notice for a malformed link, and keeps working', async () => {
    app = await openReady({ path: '#v=1&map=abc&lang=fr&cat=nonsense&sel=park:no_such_park&ind=iot' });
    const notice = app.page.locator('[data-testid="notice"]');
    await notice.waitFor();
    const text = await notice.textContent();
    expect(text).toContain('地图视野');
    expect(text).toContain('选中对象');
    const s = await snapshot(app);
    expect(s.language).toBe('zh');
    expect(s.selection).toBeNull();
    expect(s.filters.industries).toEqual(['iot']); // the readable part is kept
    // The app still works: the list selects a park.
    await app.page.click('[data-testid="tab-list"]');
    await app.page.locator('[data-testid="park-row"]').first().click();
    await app.page.waitForSelector('[data-testid="park-panel"]');
    await app.page.click('[data-testid="notice"] button');
    expect(await notice.count()).toBe(0);
    // The cleaned link no longer carries the unreadable parts.
    await app.page.waitForFunction(() => !location.hash.includes('nonsense') && !location.hash.includes('lang=fr'));
  });

  it('follows a hash change made by hand', async () => {
    app = await openReady();
    await app.page.evaluate(() => {
      location.hash = '#v=1&sel=board:320281';
    });
    await waitForSelection(app, 'board', '320281');
    await app.page.waitForSelector('[data-testid="board-panel"][data-board="320281"]');
  });
});
