import { defineConfig } from 'vite';
import { resolve } from 'node:path';

/**
 * Builds the bench's own pages, apart from the app (whose vite.config.ts stays untouched):
 *   BENCH_PAGE=baseline    bench/baseline/    the bare MapLibre + deck.gl page the app is measured against
 *   BENCH_PAGE=scale-demo  bench/scale-demo/  the FlatGeobuf scale-path page used by tests/e2e/scale.e2e.ts
 *   BENCH_PAGE=libs-floor  bench/libs-floor/  baseline + React/ReactDOM: the size floor the JS budget is set from
 * One page per build (output bench/.dist/<page>/, gitignored): a multi-page build would split shared chunks
 * between the two and make the baseline's bundle differ from what a single bare page ships.
 * Same target as the app, so bundle sizes compare like for like.
 */
const here = import.meta.dirname;
const page = process.env.BENCH_PAGE ?? 'baseline';
const PAGES = ['baseline', 'scale-demo', 'libs-floor'];
if (!PAGES.includes(page)) throw new Error(`BENCH_PAGE must be one of ${PAGES.join(', ')}, got ${page}`);

export default defineConfig({
  root: resolve(here, page),
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: resolve(here, '.dist', page),
    emptyOutDir: true,
    chunkSizeWarningLimit: 5000,
  },
});
