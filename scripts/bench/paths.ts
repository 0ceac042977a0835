import { resolve } from 'node:path';

/** Everything the bench and scale tooling reads or writes, in one place. */
export const ROOT = resolve(import.meta.dirname, '../..');
/** Generated synthetic data (gitignored). */
export const DATA_DIR = resolve(ROOT, 'bench/.data');
export const APP_DIST = resolve(ROOT, 'dist');
/** Build output of bench/vite.baseline.config.ts: the baseline page and the scale demo. */
export const BENCH_DIST = resolve(ROOT, 'bench/.dist');
export const RESULTS_DIR = resolve(ROOT, 'bench/results');
export const SCALE_DIR = resolve(DATA_DIR, 'scale');

export function projectsCsvPath(count: number): string {
  return resolve(DATA_DIR, `projects-${count}.csv`);
}
export function projectsJsonPath(count: number): string {
  return resolve(DATA_DIR, `projects-${count}.json`);
}

/** Seeds fixed here so every machine benchmarks the same data. */
export const PROJECT_SEED = 20_240_465;
export const SCALE_SEED = 1_000_000;
