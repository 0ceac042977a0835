/**
 * Writes the installable app's PNG icons (public/icons/) from the app's own SVG brand mark (the pin in
 * index.html's favicon), rendered by the same headless Chromium the e2e tests use. Run after changing the mark:
 *   npx tsx scripts/pwa/make-icons.ts
 * "any" icons have rounded corners; the "maskable" one fills its square and keeps the mark inside the 80 % safe zone.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

const OUT = resolve(import.meta.dirname, '../../public/icons');
const BRAND = '#12343f';
const PIN = '#e69f00';

/** The brand mark on a 32-unit grid, as in index.html. */
function svg(size: number, maskable: boolean): string {
  const radius = maskable ? 0 : 7;
  // The maskable icon's mark is shrunk towards the centre so no launcher mask cuts it.
  const scale = maskable ? 0.72 : 1;
  const shift = (32 - 32 * scale) / 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32">
  <rect width="32" height="32" rx="${radius}" fill="${BRAND}"/>
  <g transform="translate(${shift} ${shift}) scale(${scale})">
    <path d="M16 5c-4.4 0-8 3.4-8 7.7C8 18.5 16 27 16 27s8-8.5 8-14.3C24 8.4 20.4 5 16 5z" fill="${PIN}"/>
    <circle cx="16" cy="12.6" r="3.2" fill="${BRAND}"/>
  </g>
</svg>`;
}

const ICONS = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
  { file: 'apple-touch-icon-180.png', size: 180, maskable: true },
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  await mkdir(OUT, { recursive: true });
  for (const icon of ICONS) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size }, deviceScaleFactor: 1 });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg(icon.size, icon.maskable)}</body></html>`);
    const png = await page.locator('svg').screenshot({ omitBackground: true, type: 'png' });
    await writeFile(resolve(OUT, icon.file), png);
    await page.close();
    console.log(`public/icons/${icon.file} ${icon.size}×${icon.size} ${png.length} bytes`);
  }
} finally {
  await browser.close();
}
