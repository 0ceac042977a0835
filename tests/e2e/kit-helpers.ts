/**
 * Steps shared by the print and compare specs: open a park from the list, read a PDF with poppler-utils,
 * read a downloaded PNG's size and colours in the page.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { openApp, type AppDriver, type OpenOptions } from './driver';
import { waitForSelection } from './panels-helpers';

const run = promisify(execFile);

export async function openParkFromList(app: AppDriver, id: string): Promise<void> {
  await app.page.click('[data-testid="tab-list"]');
  await app.page.click(`[data-testid="park-row"][data-park="${id}"]`);
  await waitForSelection(app, 'park', id);
  await app.page.waitForSelector(`[data-testid="park-panel"][data-park="${id}"]`);
  // The list flies the map to the park: let the flight end before clicking in the panel.
  await app.settle();
}

export interface PdfFacts {
  pages: number;
  pageSize: string;
  text: string;
  images: number;
}

/** Pages and size (pdfinfo), text layer (pdftotext), embedded images (pdfimages -list). */
export async function readPdf(file: string): Promise<PdfFacts> {
  const info = (await run('pdfinfo', [file])).stdout;
  const text = (await run('pdftotext', ['-layout', file, '-'])).stdout;
  const list = (await run('pdfimages', ['-list', file])).stdout.trim().split('\n');
  return {
    pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0),
    pageSize: /^Page size:\s+(.*)$/m.exec(info)?.[1] ?? '',
    text,
    // Two header lines, then one line per image.
    images: Math.max(0, list.length - 2),
  };
}

/** Render a PDF's first page as a PNG for looking at (artifacts). */
export async function pdfToPng(file: string, outStem: string): Promise<void> {
  await run('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', file, outStem]);
}

export interface PngFacts {
  width: number;
  height: number;
  /** Share of the map area's pixels that differ from its most common colour. */
  nonBackgroundShare: number;
  /** How many pixels are within a small distance of each of the given colours. */
  matches: number[];
}

/** Decode a PNG in the page (createImageBitmap) and count pixels near the given colours. */
export function pngFacts(app: AppDriver, png: Buffer, colours: string[]): Promise<PngFacts> {
  return app.page.evaluate(
    async ({ b64, colours }) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
      const targets = colours.map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
      const matches = targets.map(() => 0);
      const counts = new Map<number, number>();
      // The map area: between the title band and the footer (the furniture is drawn on top of the edges).
      const top = Math.floor(bitmap.height * 0.1);
      const bottom = Math.floor(bitmap.height * 0.9);
      let total = 0;
      for (let y = top; y < bottom; y++) {
        for (let x = 0; x < bitmap.width; x++) {
          const i = (y * bitmap.width + x) * 4;
          const r = data[i]!, g = data[i + 1]!, b = data[i + 2]!;
          const key = ((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3);
          counts.set(key, (counts.get(key) ?? 0) + 1);
          total++;
          targets.forEach((t, k) => {
            if (Math.abs(t[0]! - r) <= 6 && Math.abs(t[1]! - g) <= 6 && Math.abs(t[2]! - b) <= 6) matches[k]!++;
          });
        }
      }
      const top1 = Math.max(...counts.values());
      return { width: bitmap.width, height: bitmap.height, nonBackgroundShare: 1 - top1 / total, matches };
    },
    { b64: png.toString('base64'), colours },
  );
}

/**
 * For each colour, the most common colour of the image within `tolerance` of it (what a legend colour looks like
 * on screen once blended with the layer's opacity), as #rrggbb, or null when none is near.
 */
export function dominantNear(app: AppDriver, png: Buffer, colours: string[], tolerance = 40): Promise<(string | null)[]> {
  return app.page.evaluate(
    async ({ b64, colours, tolerance }) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
      const counts = new Map<number, number>();
      for (let i = 0; i < data.length; i += 4) {
        const key = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      return colours.map((hex) => {
        const t = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
        let best: number | null = null;
        let bestCount = 0;
        for (const [key, n] of counts) {
          const r = key >> 16, g = (key >> 8) & 255, b = key & 255;
          if (Math.abs(r - t[0]!) <= tolerance && Math.abs(g - t[1]!) <= tolerance && Math.abs(b - t[2]!) <= tolerance && n > bestCount) {
            best = key;
            bestCount = n;
          }
        }
        return best === null ? null : `#${best.toString(16).padStart(6, '0')}`;
      });
    },
    { b64: png.toString('base64'), colours, tolerance },
  );
}

/**
 * openReady with room for a busy machine: the map is waited for up to five minutes (readiness, not speed, is
 * what these specs check).
 */
export async function openKit(options?: OpenOptions): Promise<AppDriver> {
  const app = await openApp(options);
  await app.page.waitForSelector('[data-ready="true"]', { timeout: 300_000 });
  await app.page.waitForFunction(() => Boolean(window.__wuximap?.idle && window.__wuximap.deckFrames > 0), undefined, {
    timeout: 300_000,
    polling: 250,
  });
  await app.settle();
  return app;
}

export const KIT_TEST_TIMEOUT = 900_000;
