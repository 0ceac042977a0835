/**
 * Compare and itinerary end to end: two parks added from their panels appear side by side and the link reopens
 * the same comparison; three parks make an itinerary with numbered stops, straight-line distances and a total,
 * exported as GeoJSON.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mkdir } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, type AppDriver } from './driver';
import { finish } from './panels-helpers';
import { KIT_TEST_TIMEOUT, openKit, openParkFromList } from './kit-helpers';

let app: AppDriver | null = null;
afterEach(async () => {
  const current = app;
  app = null;
  await finish(current);
});

// Two parks that share lead industries (metaverse, IoV, AI), and one placed at its town's seat.
const A = 'xiakewan_science_city';
const B = 'qishan_lake_innovation_valley';
const C = 'yixing_dingshu_general_aviation_park';

describe('compare and itinerary', { timeout: KIT_TEST_TIMEOUT }, () => {
  it('compares two parks side by side, reopens from the link, and plans a three-stop itinerary', async () => {
    app = await openKit();
    const { page } = app;
    for (const id of [A, B, C]) {
      await openParkFromList(app, id);
      if (id !== C) await page.click('[data-testid="park-panel"] [data-testid="add-to-compare"]');
      await page.click('[data-testid="park-panel"] [data-testid="add-to-itinerary"]');
    }

    // Compare, reached by keyboard: focus the toolbar button and press Enter.
    await page.focus('[data-testid="open-compare"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="compare-view"] [data-testid="compare-table"]');
    const columns = await page.$$eval('[data-testid="compare-column"]', (els) => els.map((e) => e.getAttribute('data-id')));
    expect(columns).toEqual([A, B]);
    const boxes = await page.$$eval('[data-testid="compare-column"]', (els) => els.map((e) => e.getBoundingClientRect().left));
    expect(boxes[1]!).toBeGreaterThan(boxes[0]!); // side by side
    expect(await page.locator('[data-testid="compare-industries"] [data-shared="true"]').count()).toBe(6);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('compare-title');
    await app.screenshot('compare-parks-zh');
    await page.waitForFunction(() => location.hash.includes('cmp=park%3A') && location.hash.includes('cmpo=1'));
    const link = await page.evaluate(() => location.href);
    expect(link).toContain(`cmp=park%3A${A}%2C${B}`);
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="compare-view"]', { state: 'detached' });

    // Itinerary: three numbered stops, legs and a total in straight lines.
    await page.click('[data-testid="open-itinerary"]');
    await page.waitForSelector('[data-testid="itinerary-card"]');
    expect(await page.locator('[data-testid="itinerary-stop"]').count()).toBe(3);
    expect(await page.locator('[data-testid="itinerary-leg"]').count()).toBe(2);
    const total = Number(await page.getAttribute('[data-testid="itinerary-total"]', 'data-km'));
    expect(total).toBeGreaterThan(0);
    expect(await page.textContent('[data-testid="itinerary-total"]')).toContain('公里');
    expect(await page.textContent('[data-testid="straight-line-note"]')).toContain('直线');
    expect(await page.getAttribute(`[data-testid="itinerary-stop"]:nth-child(3)`, 'data-approximate')).toBe('true');
    await app.settle();
    await app.screenshot('itinerary-zh');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="itinerary-geojson"]')]);
    await mkdir(ARTIFACTS_DIR, { recursive: true });
    const file = join(ARTIFACTS_DIR, 'itinerary.geojson');
    await download.saveAs(file);
    const geo = JSON.parse(await readFile(file, 'utf8')) as {
      type: string;
      features: Array<{ geometry: { type: string }; properties: { order?: number; id?: string; straight_line_km?: number } }>;
    };
    expect(geo.type).toBe('FeatureCollection');
    const stops = geo.features.filter((f) => f.geometry.type === 'Point');
    expect(stops.map((f) => f.properties.id)).toEqual([A, B, C]);
    const legs = geo.features.filter((f) => f.geometry.type === 'LineString');
    expect(legs).toHaveLength(2);
    const sum = legs.reduce((s, f) => s + f.properties.straight_line_km!, 0);
    expect(Math.abs(sum - total)).toBeLessThanOrEqual(0.2);

    // The link reopens the same comparison (a fresh page load of the copied link).
    await page.goto('about:blank');
    await page.goto(link);
    await page.waitForSelector('[data-testid="compare-view"] [data-testid="compare-table"]', { timeout: 300_000 });
    const reopened = await page.$$eval('[data-testid="compare-column"]', (els) => els.map((e) => e.getAttribute('data-id')));
    expect(reopened).toEqual([A, B]);
  });
});
