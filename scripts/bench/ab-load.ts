/**
 * `npm run bench:ab -- <dir> <dir> …`: first-visit loads of several built pages (e.g. the baseline and two app
 * builds), alternating in ONE headless Chromium, with the median time to the first idle map of each and its
 * ratio to the first directory. On this shared 2-core VM single loads swing ±20 %, so compare builds side by side
 * in one run rather than across runs. BENCH_RUNS (default 9) loads each, after one unrecorded warm-up.
 * Build an app variant with: npx tsx -e "import('./scripts/bench/build-pages.ts').then(m => m.buildApp('<dir>', { VITE_BENCH: '1' }))"
 *
 * `FRAMES=1` also prints, for one more load of each, the WebGL frames drawn before the map was ready (which
 * canvas drew, program links) and the long tasks: the start-up work in this project was found that way — on
 * software WebGL every extra frame costs start-up time.
 */
import { pageDirsFromArgs, roundOrder, withServedPages } from './ab-pages';
import { VIEWPORT } from './browser';
import { INIT_SCRIPT } from './in-page';
import { measureLoad } from './measure-load';
import { median } from './stats';

const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 9));
const dirs = pageDirsFromArgs('usage: npm run bench:ab -- <built page dir> [<dir> …]');

/** Counts WebGL draw calls and program links per canvas per animation frame (injected before page scripts). */
const FRAME_PROBE = `(() => {
  const frames = (window.__frames = []);
  const names = new WeakMap();
  let next = 0;
  let current = { t: performance.now(), calls: {} };
  const tick = () => {
    if (Object.keys(current.calls).length) frames.push(current);
    current = { t: performance.now(), calls: {} };
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  const P = WebGL2RenderingContext.prototype;
  for (const fn of ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced', 'linkProgram']) {
    const original = P[fn];
    P[fn] = function (...args) {
      if (!names.has(this.canvas)) names.set(this.canvas, (this.canvas.className.includes('maplibre') ? 'map' : 'deck') + next++);
      const key = names.get(this.canvas) + (fn === 'linkProgram' ? ':link' : ':draw');
      current.calls[key] = (current.calls[key] ?? 0) + 1;
      return original.apply(this, args);
    };
  }
})();`;

interface Frame {
  t: number;
  calls: Record<string, number>;
}

async function main() {
  await withServedPages(dirs, {}, async (browser, urls, server) => {
    const samples: number[][] = dirs.map(() => []);
    for (let round = -1; round < runs; round++) {
      for (const i of roundOrder(round, dirs.length)) {
        const sample = await measureLoad(browser, urls[i]!, server.log);
        if (round >= 0) samples[i]!.push(sample.readyMs);
      }
    }
    const base = median(samples[0]!);
    for (const [i, dir] of dirs.entries()) {
      const m = median(samples[i]!);
      console.log(`${dir}: median ${Math.round(m)} ms, ${(m / base).toFixed(2)}× the first · ${samples[i]!.map(Math.round).join(' ')}`);
    }
    if (process.env.FRAMES === '1') {
      for (const [i, dir] of dirs.entries()) {
        const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'zh-CN' });
        await context.addInitScript({ content: INIT_SCRIPT });
        await context.addInitScript({ content: FRAME_PROBE });
        const page = await context.newPage();
        await page.goto(urls[i]!, { waitUntil: 'load' });
        await page.waitForFunction(() => window.__bench?.readyAt != null, undefined, { timeout: 120_000, polling: 50 });
        const { ready, frames, longtasks } = await page.evaluate(() => ({
          ready: window.__bench!.readyAt!,
          frames: (window as unknown as { __frames: Frame[] }).__frames,
          longtasks: window.__bench!.longtasks,
        }));
        console.log(`\n${dir}: ready at ${Math.round(ready)} ms; WebGL frames before it:`);
        for (const f of frames.filter((f) => f.t <= ready)) console.log(`  ${Math.round(f.t)} ms ${JSON.stringify(f.calls)}`);
        console.log(`  long tasks: ${longtasks.map(([s, d]) => `${Math.round(s)}+${Math.round(d)}`).join(' ')}`);
        await context.close();
      }
    }
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
