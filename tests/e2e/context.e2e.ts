/**
 * Context at street zoom: around 雪浪 at zoom 13 the map names the town/street seats and the communities
 * (MapLibre symbol layers fed after the first draw), in Chinese and in English (pinyin), on desktop and phone,
 * from the app's own origin only. At zoom 10 the seats are named but the communities are not yet.
 * Sunan Shuofang airport (geo/airports.geojson) is marked and named at zoom 10.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type AppDriver, type ViewportName } from './driver';

/** 雪浪街道's seat (geo/towns.geojson, WGS84). */
const XUELANG = { lon: 120.264242, lat: 31.439478 };
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

interface Rendered {
  towns: Array<{ name_zh: string; name_en: string }>;
  communities: Array<{ label_zh: string; label_en: string }>;
  townTextField: unknown;
}

/** What the context layers draw on screen now (queryRenderedFeatures through the map the test hooks expose). */
function rendered(driver: AppDriver): Promise<Rendered> {
  return driver.page.evaluate(() => {
    const map = window.__wuximap!.map;
    const props = (layer: string) => map.queryRenderedFeatures({ layers: [layer] }).map((f) => f.properties as Record<string, string>);
    return {
      towns: props('town-labels') as Rendered['towns'],
      communities: props('community-labels') as Rendered['communities'],
      townTextField: map.getLayoutProperty('town-labels', 'text-field'),
    };
  });
}

/** The names arrive after the first draw: wait until the town labels are on screen, then let the map settle. */
async function openAt(zoom: number, lang: 'zh' | 'en', viewport: ViewportName): Promise<AppDriver> {
  app = await openApp({ path: `#v=1&map=${zoom}/${XUELANG.lat}/${XUELANG.lon}&lang=${lang}`, viewport });
  await app.waitForMapReady();
  await app.page.waitForFunction(() => window.__wuximap!.renderedFeatureCount('town-labels') > 0, undefined, {
    timeout: 60_000,
    polling: 250,
  });
  await app.settle();
  return app;
}

async function zoomTo(driver: AppDriver, zoom: number): Promise<void> {
  await driver.page.evaluate((z) => window.__wuximap!.map.jumpTo({ zoom: z }), zoom);
  await driver.settle();
}

describe('context names', () => {
  it('zoom 13 on 雪浪 (zh, desktop): town seats and communities are labelled in Chinese; zoom 10: towns only', { timeout: 300_000 }, async () => {
    const driver = await openAt(13, 'zh', 'desktop');
    const at13 = await rendered(driver);
    expect(at13.towns.map((t) => t.name_zh)).toContain('雪浪街道');
    expect(at13.communities.length).toBeGreaterThan(3);
    expect(at13.communities.map((c) => c.label_zh)).toEqual(expect.arrayContaining(['葛埭社区', '望溪社区']));
    expect(JSON.stringify(at13.townTextField)).toContain('name_zh');
    expect(await driver.page.evaluate(() => window.__wuximap!.renderedFeatureCount('town-seats'))).toBeGreaterThan(0);
    const png13 = await driver.screenshot('context-zoom13-zh-desktop', MAP);
    expect((await driver.imageStats(png13)).distinctColours).toBeGreaterThan(40);

    await zoomTo(driver, 10);
    const at10 = await rendered(driver);
    expect(at10.towns.length).toBeGreaterThan(5);
    expect(at10.communities).toEqual([]);
    await driver.screenshot('context-zoom10-zh-desktop', MAP);

    // The airport, from its source point (120.43038, 31.496952), at zoom 10.
    await driver.page.evaluate(() => window.__wuximap!.map.jumpTo({ center: [120.43, 31.49], zoom: 10 }));
    await driver.settle();
    expect(await driver.page.evaluate(() => window.__wuximap!.renderedFeatureCount('airport-symbols'))).toBe(1);
    // 新吴's park badge (drawn above the map's own symbols) keeps clear of the plane marker.
    const fromAirport = await driver.page.evaluate(() => {
      const m = window.__wuximap!;
      const rect = m.map.getCanvas().getBoundingClientRect();
      const p = m.map.project([120.43038, 31.496952]);
      const badge = m.badges().find((b) => b.key.startsWith('120.43131,31.51535'));
      return badge ? { dx: Math.abs(badge.point[0] - (rect.left + p.x)), dy: Math.abs(badge.point[1] - (rect.top + p.y)) } : null;
    });
    expect(fromAirport).not.toBeNull();
    // The badge is 22 px tall and ~110 px wide, the plane ~18 px: apart above/below, or beside it.
    expect(fromAirport!.dy >= 22 || fromAirport!.dx >= 70, JSON.stringify(fromAirport)).toBe(true);
    await driver.screenshot('context-airport-zoom10-zh-desktop', MAP);
    await zoomTo(driver, 13);
    expect(await driver.page.evaluate(() => window.__wuximap!.renderedFeatureCount('airport-symbols'))).toBe(1);
    await driver.screenshot('context-airport-zoom13-zh-desktop', MAP);
  });

  it('zoom 13 on 雪浪 (en, desktop): the same places, labelled in pinyin; the language switch relabels them', { timeout: 300_000 }, async () => {
    const driver = await openAt(13, 'en', 'desktop');
    const at13 = await rendered(driver);
    expect(at13.towns.map((t) => t.name_en)).toContain('Xuelang Subdistrict');
    expect(at13.communities.length).toBeGreaterThan(3);
    expect(JSON.stringify(at13.townTextField)).toContain('name_en');
    await driver.screenshot('context-zoom13-en-desktop', MAP);
    // Switching the language relabels the names in place.
    await driver.page.click('[data-testid="lang-zh"]');
    await driver.settle();
    expect(JSON.stringify((await rendered(driver)).townTextField)).toBe('["get","name_zh"]');
    await driver.page.click('[data-testid="lang-en"]');
    await driver.settle();
    await zoomTo(driver, 10);
    expect((await rendered(driver)).towns.length).toBeGreaterThan(5);
    await driver.screenshot('context-zoom10-en-desktop', MAP);
  });

  it.each(['zh', 'en'] as const)('zoom 13 and 10 on a phone (%s): names drawn', { timeout: 300_000 }, async (lang) => {
    const driver = await openAt(13, lang, 'phone');
    const at13 = await rendered(driver);
    expect(at13.towns.length).toBeGreaterThan(0);
    expect(at13.communities.length).toBeGreaterThan(0);
    await driver.screenshot(`context-zoom13-${lang}-phone`);
    await zoomTo(driver, 10);
    expect((await rendered(driver)).towns.length).toBeGreaterThan(0);
    await driver.screenshot(`context-zoom10-${lang}-phone`);
  });
});
