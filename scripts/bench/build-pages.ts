/**
 * Builds the bench's pages (bench/vite.baseline.config.ts, one build per page) into bench/.dist/<page>/.
 */
import { build, type Plugin } from 'vite';
import { resolve } from 'node:path';
import { ROOT } from './paths';

export type BenchPage = 'baseline' | 'scale-demo' | 'libs-floor';

export async function buildBenchPage(page: BenchPage): Promise<string> {
  process.env.BENCH_PAGE = page;
  await build({ configFile: resolve(ROOT, 'bench/vite.baseline.config.ts'), logLevel: 'warn' });
  return resolve(ROOT, 'bench/.dist', page);
}

/**
 * Mounts src/scale/bench-hooks.ts in the bench's own build of the app when src/main.tsx does not mount it
 * itself: the app's sources stay untouched and no normal build can ever contain the hooks.
 */
function mountBenchHooks(): Plugin {
  return {
    name: 'wuximap-bench-hooks',
    transform(code, id) {
      if (!/[\\/]src[\\/]main\.tsx$/.test(id) || code.includes('bench-hooks')) return null;
      return {
        code:
          code +
          "\nimport { appStore as __benchStore } from './store';\n" +
          "void import('./scale/bench-hooks').then((m) => m.installBenchHooks(__benchStore));\n",
        map: null,
      };
    },
  };
}

/** Builds the app itself into `outDir` (not dist/, which the e2e step owns), optionally with bench hooks. */
export async function buildApp(outDir: string, env: Record<string, string> = {}): Promise<string> {
  const saved: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(env)) {
    saved[k] = process.env[k];
    process.env[k] = v;
  }
  try {
    await build({
      root: ROOT,
      configFile: resolve(ROOT, 'vite.config.ts'),
      logLevel: 'warn',
      plugins: env.VITE_BENCH ? [mountBenchHooks()] : [],
      // BENCH_MINIFY=0: readable function names in profiles (npm run bench:profile); never for measured runs.
      build: { outDir, emptyOutDir: true, ...(process.env.BENCH_MINIFY === '0' ? { minify: false } : {}) },
    });
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
  return outDir;
}
