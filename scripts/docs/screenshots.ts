/**
 * Takes the README's screenshots from the built app (dist/): every view in the list below, in the language and
 * viewport it names, saved as docs/screenshot-<name>.png. Run `npm run docs:screenshots` after a UI change and
 * look at the files before committing them. Uses the e2e driver (Debian's Chromium, the app's own server).
 *
 *   npm run docs:screenshots            all views
 *   npm run docs:screenshots -- compare  only the views whose name contains "compare"
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { preview } from 'vite';
import { ARTIFACTS_DIR, closeSharedBrowser, openApp, type AppDriver, type ViewportName } from '../../tests/e2e/driver';

const ROOT = resolve(import.meta.dirname, '../..');
const DOCS = join(ROOT, 'docs');
/** 雪浪街道's seat: the area the context labels were checked on. */
const XUELANG = '31.43948/120.26424';

interface Shot {
  name: string;
  /** The link (hash) that opens the view. */
  hash: string;
  viewport: ViewportName;
  /** What to do after the map is ready, before the picture (e.g. open a menu). */
  act?: (app: AppDriver) => Promise<unknown>;
}

const firstPark = (app: AppDriver) => app.page.evaluate(() => window.__wuximap!.parks()[0]!.id);

export const SHOTS: readonly Shot[] = [
  { name: 'city-zh', hash: '#v=1', viewport: 'desktop' },
  { name: 'city-en', hash: '#v=1&lang=en', viewport: 'desktop' },
  { name: 'city-zh-phone', hash: '#v=1', viewport: 'phone' },
  { name: 'city-en-phone', hash: '#v=1&lang=en', viewport: 'phone' },
  { name: 'zoom13-zh', hash: `#v=1&map=13/${XUELANG}`, viewport: 'desktop' },
  { name: 'zoom13-en', hash: `#v=1&map=13/${XUELANG}&lang=en`, viewport: 'desktop' },
  { name: 'zoom13-zh-phone', hash: `#v=1&map=13/${XUELANG}`, viewport: 'phone' },
  { name: 'zoom13-en-phone', hash: `#v=1&map=13/${XUELANG}&lang=en`, viewport: 'phone' },
  { name: 'board-choropleth-zh', hash: '#v=1&ch=revenue_target&sel=board:320214', viewport: 'desktop' },
  {
    name: 'compare-zh',
    hash: '#v=1',
    viewport: 'desktop',
    act: async (app) => {
      const ids = await app.page.evaluate(() => window.__wuximap!.parks().slice(0, 2).map((p) => p.id));
      await app.page.evaluate((h) => (location.hash = h), `#v=1&cmp=park:${ids.join(',')}&cmpo=1`);
    },
  },
  { name: 'platform-zh', hash: '#v=1&map=11.5/31.48/120.29&sel=platform:xuelang_computing_center', viewport: 'desktop' },
  { name: 'funds-en', hash: '#v=1&lang=en&sel=funds:all', viewport: 'desktop' },
  { name: 'timeline-board-zh', hash: '#v=1&tl=board:320281', viewport: 'desktop' },
  { name: 'timeline-city-en-phone', hash: '#v=1&lang=en&tl=city', viewport: 'phone' },
  { name: 'planner-coverage-zh', hash: '#v=1&plan=coverage', viewport: 'desktop' },
  { name: 'planner-qa-en', hash: '#v=1&lang=en&plan=qa', viewport: 'desktop' },
  {
    name: 'tour-player-zh',
    hash: '#v=1',
    viewport: 'desktop',
    act: async (app) => {
      await app.page.click('[data-testid="tour-button"]');
      await app.page.click('[data-testid="tour-example-five-x"]');
      await app.page.waitForSelector('[data-testid="tour-player"]');
      await app.page.keyboard.press('ArrowRight');
      await app.page.waitForSelector('[data-testid="tour-player"][data-stop="2"]');
      await app.page.waitForTimeout(3000);
    },
  },
  {
    name: 'tour-menu-en',
    hash: '#v=1&lang=en',
    viewport: 'desktop',
    act: (app) => app.page.click('[data-testid="tour-button"]'),
  },
  {
    name: 'print-park-en',
    hash: '#v=1&lang=en',
    viewport: 'desktop',
    act: async (app) => {
      const id = await firstPark(app);
      await app.page.evaluate((h) => (location.hash = h), `#v=1&lang=en&sel=park:${id}&print=selection`);
    },
  },
];

async function main() {
  const only = process.argv[2];
  const outDir = resolve(ROOT, process.env.E2E_DIST_DIR ?? 'dist');
  if (!existsSync(join(outDir, 'index.html'))) throw new Error('dist/ is missing: run `npx vite build` first.');
  const server = await preview({ root: ROOT, logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false } });
  const baseURL = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
  await mkdir(DOCS, { recursive: true });
  try {
    for (const shot of SHOTS.filter((s) => !only || s.name.includes(only))) {
      const app = await openApp({ baseURL, path: shot.hash, viewport: shot.viewport });
      try {
        await app.waitForMapReady();
        if (shot.act) {
          await shot.act(app);
          await app.page.waitForTimeout(500);
          await app.settle();
        }
        await app.screenshot(`docs-${shot.name}`);
        await copyFile(join(ARTIFACTS_DIR, `docs-${shot.name}.png`), join(DOCS, `screenshot-${shot.name}.png`));
        console.log(`docs/screenshot-${shot.name}.png`);
      } finally {
        await app.close();
      }
    }
  } finally {
    await closeSharedBrowser();
    await server.close();
  }
}

await main();
