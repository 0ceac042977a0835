/**
 * Print and image export end to end: a park's print view becomes one A4 PDF page with its name, lead industries,
 * a citation and the map image; "Export image" downloads PNGs at screen size and 2× whose map shows the board
 * colours that are on screen.
 */
import { readFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, type AppDriver } from './driver';
import { finish } from './panels-helpers';
import { KIT_TEST_TIMEOUT, dominantNear, openKit, openParkFromList, pdfToPng, pngFacts, readPdf } from './kit-helpers';
import taxonomy from '../../data/taxonomy.json';
import parksJson from '../../data/parks.json';
import documents from '../../data/documents.json';

let app: AppDriver | null = null;
afterEach(async () => {
  const current = app;
  app = null;
  await finish(current);
});

type Park = { id: string; name_zh: string; name_en: string; lead_industries: string[] };
const parks = (Array.isArray(parksJson) ? parksJson : (parksJson as { parks: Park[] }).parks) as Park[];
const industryName = (id: string) => taxonomy.find((i) => i.id === id)!.name_zh;

async function printToPdf(app: AppDriver, name: string) {
  await app.page.waitForSelector('[data-testid="print-sheet"][data-map-ready="true"]', { timeout: 300_000 });
  await app.page.waitForFunction(() => {
    const img = document.querySelector<HTMLImageElement>('[data-testid="print-map-image"]');
    return Boolean(img?.complete && img.naturalWidth > 0);
  });
  await app.screenshot(`${name}-preview`);
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  const file = join(ARTIFACTS_DIR, `${name}.pdf`);
  await app.page.pdf({ path: file, format: 'A4' });
  await pdfToPng(file, join(ARTIFACTS_DIR, `${name}-page1`));
  return readPdf(file);
}

describe('print view', { timeout: KIT_TEST_TIMEOUT }, () => {
  // The park with the most lead industries has the longest panel: if it fits on one page, the others do.
  const park = [...parks].sort((a, b) => b.lead_industries.length - a.lead_industries.length)[0]!;

  it("prints a park's brochure as one A4 page with its name, lead industries, a citation and the map", async () => {
    app = await openKit();
    await openParkFromList(app, park.id);
    await app.page.click('[data-testid="park-panel"] [data-testid="panel-print"]');
    const pdf = await printToPdf(app, 'print-park-zh');
    expect(pdf.pages).toBe(1);
    expect(pdf.pageSize).toMatch(/^59[56](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
    const text = pdf.text.replace(/\s+/g, '');
    expect(text).toContain(park.name_zh);
    for (const id of park.lead_industries) expect(text).toContain(industryName(id));
    // A figure's citation: the 2024 work points' title with its annex.
    const wp = documents.find((d) => d.id === 'wp2024')!;
    expect(text).toContain(wp.title_zh.replace(/\s+/g, '').slice(0, 12));
    expect(text).toMatch(/附件[12]/);
    expect(pdf.images).toBeGreaterThanOrEqual(1);
    // The preview's controls are not on the paper.
    expect(text).not.toContain('打印/存为PDF');
  });

  it('reopens from its link, in both languages on one sheet', async () => {
    app = await openKit({ path: `#v=1&lang=en&sel=park:${park.id}&print=selection&bi=1` });
    const pdf = await printToPdf(app, 'print-park-bilingual');
    // The longest park in English with the Chinese summary: still one A4 page, nothing left out.
    expect(pdf.pages).toBe(1);
    expect(pdf.images).toBeGreaterThanOrEqual(1);
    const text = pdf.text.replace(/\s+/g, ' ');
    expect(text).toContain(park.name_en);
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain(park.name_zh);
    // Lead industries in both languages, a target's citation, the precision note, the sources and the summary.
    for (const id of park.lead_industries) {
      expect(flat).toContain(industryName(id));
      expect(text).toContain(taxonomy.find((i) => i.id === id)!.name_en);
    }
    expect(text).toMatch(/Annex [12]/);
    expect(text).toContain('Approximate position');
    expect(text).toMatch(/Sources \(\d+\)/);
    expect(flat).toContain('中文摘要');
    // No controls on paper.
    expect(text).not.toContain('Place on map');
  });
});

describe('export image', { timeout: KIT_TEST_TIMEOUT }, () => {
  it('downloads PNGs at screen size and 2× whose map shows the on-screen board colours', async () => {
    // Board colours on (2024 revenue target of integrated circuits), heat off.
    app = await openKit({ path: '#v=1&ch=revenue_target&ci=integrated_circuits' });
    await app.page.click('[data-testid="tab-layers"]');
    await app.page.waitForSelector('[data-testid="choropleth-legend"]');
    const colours = await app.page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-testid="choropleth-legend"] .lc-swatch:not(.lc-swatch--hatch)')].map(
        (el) => el.style.background,
      ),
    );
    const legendHex = colours.map((c) => {
      const [r, g, b] = c.match(/\d+/g)!.map(Number);
      return `#${[r, g, b].map((v) => v!.toString(16).padStart(2, '0')).join('')}`;
    });
    expect(legendHex.length, 'choropleth classes in the on-screen legend').toBeGreaterThan(1);
    // The colours as they are on screen (the fill is drawn slightly transparent over the land).
    const onScreen = await dominantNear(app, await app.screenshot('export-screen-before', '[data-testid="map-view"]'), legendHex);
    expect(onScreen.every((c) => c !== null), `on-screen colours of ${legendHex.join(' ')}: ${onScreen.join(' ')}`).toBe(true);
    const hex = onScreen as string[];
    const size = await app.page.evaluate(() => {
      const c = window.__wuximap!.map.getCanvas();
      return { width: c.clientWidth, height: c.clientHeight };
    });

    for (const scale of [1, 2]) {
      await app.page.click('[data-testid="export-image"]');
      const [download] = await Promise.all([
        app.page.waitForEvent('download', { timeout: 300_000 }),
        app.page.click(scale === 1 ? '[data-testid="export-screen"]' : '[data-testid="export-2x"]'),
      ]);
      const file = join(ARTIFACTS_DIR, `export-${scale}x.png`);
      await mkdir(ARTIFACTS_DIR, { recursive: true });
      await download.saveAs(file);
      expect(download.suggestedFilename()).toMatch(/\.png$/);
      const facts = await pngFacts(app, await readFile(file), hex);
      expect({ width: facts.width, height: facts.height }).toEqual({ width: size.width * scale, height: size.height * scale });
      expect(facts.nonBackgroundShare, 'map area is not blank').toBeGreaterThan(0.2);
      // Every class colour that is on screen is in the image (boards fill large areas: many pixels each).
      facts.matches.forEach((n, i) => expect(n, `pixels of ${hex[i]}`).toBeGreaterThan(100 * scale * scale));
    }
  });
});
