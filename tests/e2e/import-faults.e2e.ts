/**
 * Imports under faults, end to end in Chromium on the built app: browser storage deleted from another tab
 * (the page says so and never reports a save it could not commit; tabs share saves and removals), browser
 * storage unavailable (imports work for the visit, marked not saved, exportable), Excel bombs and sheets with
 * millions of rows (refused with a clear message), NUL bytes in cells (a row-level problem wherever they are).
 * Every file is generated here; nothing large is committed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type AppDriver } from './driver';
import { bombXlsx, manyRowsXlsx, xlsxOf, type Cell } from '../../scripts/fixtures/xlsx-zip';

let app: AppDriver | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const HEADER = '项目名称,产业,阶段,总投资(亿元),日期,板块,经度,纬度';
const csvRows = (prefix: string, n: number) => [HEADER, ...Array.from({ length: n }, (_, i) => `${prefix}${i},物联网,在建,${i + 1},2024-01-01,,${(120.3 + (i % 200) * 0.001).toFixed(4)},31.55`)].join('\n');

/** Drops bytes as a file on the page, the way a browser does (a DataTransfer with a File, dispatched as drag events). */
async function drop(page: Page, name: string, bytes: Uint8Array | string, mime = 'text/csv') {
  const base64 = Buffer.from(typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes).toString('base64');
  await page.evaluate(
    ({ base64, name, mime }) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([data], name, { type: mime }));
      for (const type of ['dragenter', 'dragover', 'drop']) window.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    },
    { base64, name, mime },
  );
  await page.waitForSelector('[data-testid=import-dialog]');
}

/** Runs the dropped file's import up to the preview (projects, WGS84). */
async function preview(page: Page, name: string, bytes: Uint8Array | string, mime?: string) {
  await drop(page, name, bytes, mime);
  await page.check('[data-testid=import-kind-projects]', { force: true });
  await page.click('[data-testid=import-start]');
  await page.waitForSelector('[data-testid=import-preview]', { timeout: 60_000 });
}

/** Imports a small CSV to the end; returns whether the dialog said it was saved. */
async function importCsv(page: Page, name: string, text: string): Promise<boolean> {
  await preview(page, name, text);
  await page.click('[data-testid=import-commit]');
  await page.waitForSelector('[data-testid=import-done]');
  const saved = (await page.getAttribute('[data-testid=import-done]', 'data-saved')) === 'true';
  return saved;
}
const closeDone = (page: Page) => page.click('[data-testid=import-done] .imp-primary');

const status = (page: Page) => page.evaluate(() => window.__wuximap!.state().importsStatus);
const datasetNames = (page: Page) => page.evaluate(() => window.__wuximap!.state().importedDatasets.map((d) => d.meta.name).sort());
const waitStatus = (page: Page, s: string) => page.waitForFunction((want) => window.__wuximap?.state().importsStatus === want, s, { timeout: 180_000, polling: 100 });

describe('import faults', () => {
  it('storage deleted from another tab: told, no false save; tabs share saves and removals', async () => {
    app = await openApp();
    const one = app.page;
    await waitStatus(one, 'ready');
    const two = await app.context.newPage();
    await two.goto(one.url(), { waitUntil: 'domcontentloaded', timeout: 90_000 });
    // Only the tab in front draws (as in a real browser); each restores its data after its first drawing.
    await two.bringToFront();
    await waitStatus(two, 'ready');

    // A save in one tab appears in the other; a removal there disappears here.
    await one.bringToFront();
    expect(await importCsv(one, 'a.csv', csvRows('甲', 3))).toBe(true);
    await closeDone(one);
    await two.waitForFunction(() => window.__wuximap!.state().importedDatasets.length === 1, undefined, { polling: 100 });
    expect(await datasetNames(two)).toEqual(['a.csv']);
    await two.bringToFront();
    await two.click('[data-testid=open-mydata]');
    await two.click('[data-testid=mydata-remove]');
    await two.click('[data-testid=mydata-remove-confirm]');
    await one.waitForFunction(() => window.__wuximap!.state().importedDatasets.length === 0, undefined, { polling: 100 });

    await one.bringToFront();
    expect(await importCsv(one, 'b.csv', csvRows('乙', 3))).toBe(true);
    await closeDone(one);
    await two.waitForFunction(() => window.__wuximap!.state().importedDatasets.length === 1, undefined, { polling: 100 });

    // Tab two deletes the database: the deletion is not blocked (both tabs let go) and tab one says storage is lost.
    const deleted = await two.evaluate(
      () =>
        new Promise<string>((done) => {
          const r = indexedDB.deleteDatabase('wuxi-map-imports');
          r.onsuccess = () => done('deleted');
          r.onerror = () => done('error');
          r.onblocked = () => done('blocked');
        }),
    );
    expect(deleted).toBe('deleted');
    await one.bringToFront();
    await waitStatus(one, 'lost');
    await one.waitForSelector('[data-testid=storage-lost]');
    expect(await one.textContent('[data-testid=storage-lost]')).toContain('另一个标签页');
    await app.screenshot('import-faults-storage-lost-notice');

    // A later import in tab one is kept for the visit and says it is not saved (it could not be committed).
    expect(await importCsv(one, 'c.csv', csvRows('丙', 2))).toBe(false);
    expect(await one.textContent('[data-testid=import-done]')).toContain('未保存');
    await app.screenshot('import-faults-session-import-zh', '[data-testid=import-dialog]');
    await closeDone(one);
    await one.click('[data-testid=open-mydata]');
    await one.waitForSelector('[data-testid=mydata-storage][data-state=lost]');
    expect(await one.locator('[data-testid=mydata-unsaved]').count()).toBe(2);
    await app.screenshot('import-faults-mydata-lost-zh', '[data-testid=mydata-panel]');

    // After a reload nothing claims to be there that was not saved: the storage is empty, and usable again.
    await one.reload({ waitUntil: 'load' });
    await waitStatus(one, 'ready');
    expect(await datasetNames(one)).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  }, 500_000);

  it('storage unavailable: imports work for the visit, marked not saved, exportable (English)', async () => {
    app = await openApp({
      path: '#v=1&lang=en',
      beforeLoad: async (context) => {
        await context.addInitScript(() => {
          IDBFactory.prototype.open = () => {
            throw new DOMException('The user denied permission to access the database.', 'SecurityError');
          };
        });
      },
    });
    const { page } = app;
    await waitStatus(page, 'unavailable');
    expect(await importCsv(page, 'session.csv', csvRows('S', 4))).toBe(false);
    expect(await page.textContent('[data-testid=import-done]')).toContain('not saved');
    await app.screenshot('import-faults-session-import-en', '[data-testid=import-dialog]');
    await closeDone(page);
    expect(await datasetNames(page)).toEqual(['session.csv']);
    await page.click('[data-testid=open-mydata]');
    await page.waitForSelector('[data-testid=mydata-storage][data-state=unavailable]');
    expect(await page.textContent('[data-testid=mydata-unsaved]')).toBe('Not saved');
    await app.screenshot('import-faults-mydata-unavailable-en', '[data-testid=mydata-panel]');
    const download = page.waitForEvent('download');
    await page.click('[data-testid=mydata-export-csv]');
    const file = await download;
    const exported = await (await file.createReadStream()).toArray();
    expect(Buffer.concat(exported).toString('utf8')).toContain('S3');
  }, 500_000);

  it('Excel bombs, millions of rows, NUL bytes and binary files: refused or reported by row, in both languages', async () => {
    app = await openApp();
    const { page } = app;
    await page.waitForSelector('[data-testid=open-mydata]');
    const codes = () => page.locator('[data-testid=import-problems] tr[data-code]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')));
    const problemsText = () => page.textContent('[data-testid=import-problems]');
    const discard = () => page.click('[data-testid=import-discard]');

    // A 400 KB .xlsx that unzips to 400 MB: refused from the zip directory, before anything is inflated.
    await preview(page, 'bomb.xlsx', await bombXlsx(400), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(await codes()).toEqual(['xlsx_too_large']);
    expect(await problemsText()).toMatch(/解压后有 \d+ MB.*300 MB/);
    await app.screenshot('import-faults-xlsx-bomb-zh', '[data-testid=import-dialog]');
    await discard();

    // Three million rows: counted while the sheet streams, refused at the limit.
    await preview(page, 'rows.xlsx', await manyRowsXlsx(3_000_000), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(await codes()).toEqual(['xlsx_too_many_rows']);
    expect(await problemsText()).toContain('200000');
    await discard();

    // An unreadable cell (a boolean cell holding 7) is its row's problem, named by cell; the other rows import.
    const sheetRows: Cell[][] = csvRows('X', 4).split('\n').map((line) => line.split(','));
    sheetRows[2]![0] = { raw: '<c r="{ref}" t="b"><v>7</v></c>' };
    await preview(page, 'cell.xlsx', xlsxOf(sheetRows), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(await codes()).toEqual(['xlsx_bad_cell']);
    expect(await page.getAttribute('[data-testid=import-valid-count]', 'data-count')).toBe('3');
    expect(await problemsText()).toContain('A3');
    await discard();

    // NUL bytes in a cell near the start and past 64 KB: each is its row's problem; the other rows import.
    const rows = csvRows('N', 2000).split('\n');
    rows[3] = rows[3]!.replace('N2,', 'N\u00002,');
    rows[1800] = rows[1800]!.replace('物联网', '物联\u0000网');
    const text = rows.join('\n');
    expect(text.indexOf('\u0000')).toBeLessThan(1000);
    expect(text.lastIndexOf('\u0000')).toBeGreaterThan(65536);
    await preview(page, 'nul.csv', text);
    expect(await codes()).toEqual(['nul_char', 'nul_char']);
    expect(await page.getAttribute('[data-testid=import-valid-count]', 'data-count')).toBe('1998');
    const nulText = await problemsText();
    expect(nulText).toContain('第 4 行');
    expect(nulText).toContain('第 1801 行');
    expect(nulText).toContain('「产业」列');
    await app.screenshot('import-faults-nul-zh', '[data-testid=import-dialog]');
    await discard();

    // A PNG renamed .csv is refused as not text.
    await preview(page, 'picture.csv', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    expect(await codes()).toEqual(['not_text']);
    await discard();

    // The same messages in English, with no placeholder left unfilled anywhere.
    await page.evaluate(() => window.__wuximap!.state().setLanguage('en'));
    await preview(page, 'nul.csv', text);
    const en = await problemsText();
    expect(en).toContain('Row 1801, column “产业”');
    expect(en).not.toContain('{{');
    await app.screenshot('import-faults-nul-en', '[data-testid=import-dialog]');
    await discard();
    await preview(page, 'bomb.xlsx', await bombXlsx(400), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(await problemsText()).toMatch(/Unzipped, the Excel file holds \d+ MB/);
    await app.screenshot('import-faults-xlsx-bomb-en', '[data-testid=import-dialog]');
    expect(app.consoleErrors).toEqual([]);
  }, 500_000);
});
