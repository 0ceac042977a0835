/**
 * The peer comparison: the app's CSV import against kepler.gl's (processCsvData + KeplerTable.importData, the
 * body of its createNewDataEntry) on the same SYNTHETIC project files, each import in a fresh Node process,
 * alternating which side goes first in each round. Each process imports the file `repeats` times: the first
 * is cold (fresh process, as a fresh worker is), the others warm; peak and retained memory are of the first.
 *
 * kepler.gl stays out of the app's dependency tree: it lives in bench/peers/kepler/ with its own package.json
 * and lockfile and is installed there on demand (npm ci). Our leg is bundled into one file with esbuild, as
 * the app's worker is bundled for the browser, so module loading and transpiler helpers are out of its times.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateProjectCsv } from '../generate-projects';
import { BENCH_DIST, ROOT, projectsCsvPath } from '../paths';
import { median } from '../stats';

export const PEER_DIR = resolve(ROOT, 'bench/peers/kepler');
const OURS_BUNDLE = resolve(BENCH_DIST, 'peer/leg-ours.mjs');

export interface LegRun {
  side: 'ours' | 'kepler';
  /** ms of each import in the process; [0] is the cold one. */
  ms: number[];
  rows: number;
  valid: number;
  /** Peak RSS during the first import above the process's RSS before it (MiB). */
  peakMb: number;
  /** Heap + external + ArrayBuffers still held with the result, after GC, above the state before (MiB). */
  retainedMb: number;
  detail?: unknown;
  versions?: Record<string, string>;
}

export interface Stat {
  median: number;
  min: number;
  max: number;
}

export interface PeerSize {
  rows: number;
  runs: { ours: LegRun[]; kepler: LegRun[] };
  /** Per side: cold time, warm time (median of the process's warm repeats), peak and retained memory. */
  ours: { cold: Stat; warm: Stat; peakMb: Stat; retainedMb: Stat };
  kepler: { cold: Stat; warm: Stat; peakMb: Stat; retainedMb: Stat };
  /** ours ÷ kepler per round (paired: both sides ran back to back), median (min–max). */
  ratio: { cold: Stat; warm: Stat; peakMb: Stat; retainedMb: Stat };
}

export interface PeerResults {
  generatedAt: string;
  command: string;
  versions: Record<string, string>;
  node: string;
  sizes: PeerSize[];
  notes: string[];
}

const stat = (values: number[]): Stat => ({ median: median(values), min: Math.min(...values), max: Math.max(...values) });
const log = (...args: unknown[]) => console.log('[peer]', ...args);

/** npm ci into bench/peers/kepler when its packages are missing (only the npm registry is needed). */
export function ensureKepler(): void {
  if (existsSync(resolve(PEER_DIR, 'node_modules/@kepler.gl/table/package.json'))) return;
  log('installing kepler.gl into bench/peers/kepler (npm ci, legacy peer deps; not part of the app)');
  execFileSync('npm', ['ci', '--prefix', PEER_DIR, '--legacy-peer-deps', '--ignore-scripts', '--no-audit', '--no-fund'], { stdio: 'inherit' });
}

/**
 * esbuild comes with tsx and vite (it is not a direct dependency). Without it our leg runs through tsx: transpiled
 * as it loads, before the timed imports, but with tsx's helpers left in the code (slower than the app's bundle).
 */
let bundled = false;
async function bundleOurs(): Promise<void> {
  mkdirSync(resolve(BENCH_DIST, 'peer'), { recursive: true });
  let build: typeof import('esbuild').build;
  try {
    ({ build } = await import('esbuild'));
  } catch {
    log('esbuild not found: our leg runs through tsx, unbundled');
    return;
  }
  await build({
    entryPoints: [resolve(ROOT, 'scripts/bench/peer/leg-ours.ts')],
    outfile: OURS_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    // papaparse's CommonJS wrapper needs require at run time in an ES module.
    banner: { js: "import { createRequire as benchCreateRequire } from 'node:module'; const require = benchCreateRequire(import.meta.url);" },
    define: { 'import.meta.dirname': JSON.stringify(resolve(ROOT, 'scripts/bench')) },
    logLevel: 'warning',
  });
  bundled = true;
}

function runLeg(side: 'ours' | 'kepler', csv: string, repeats: number): LegRun {
  const ours = bundled ? [OURS_BUNDLE] : ['--import', 'tsx', resolve(ROOT, 'scripts/bench/peer/leg-ours.ts')];
  const args = side === 'ours' ? ['--expose-gc', ...ours, csv, String(repeats)] : ['--expose-gc', resolve(PEER_DIR, 'leg.cjs'), csv, String(repeats)];
  const out = spawnSync(process.execPath, args, { cwd: side === 'ours' ? ROOT : PEER_DIR, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  if (out.status !== 0) throw new Error(`${side} leg failed (${out.status}): ${out.stderr.slice(0, 2000)}`);
  const line = out.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(line) as LegRun;
}

const warmOf = (r: LegRun) => (r.ms.length > 1 ? median(r.ms.slice(1)) : NaN);

export async function comparePeer(options: { sizes: number[]; runs: (rows: number) => number; repeats: (rows: number) => number }): Promise<PeerResults> {
  ensureKepler();
  await bundleOurs();
  const notes: string[] = [];
  const sizes: PeerSize[] = [];
  let versions: Record<string, string> = {};
  for (const n of options.sizes) {
    if (!existsSync(projectsCsvPath(n))) {
      log(`generating SYNTHETIC ${n}-row CSV`);
      await generateProjectCsv(n);
    }
    const runs: PeerSize['runs'] = { ours: [], kepler: [] };
    for (let round = 0; round < options.runs(n); round++) {
      const order = round % 2 === 0 ? (['ours', 'kepler'] as const) : (['kepler', 'ours'] as const);
      for (const side of order) {
        const r = runLeg(side, projectsCsvPath(n), options.repeats(n));
        if (r.versions) versions = r.versions;
        runs[side].push(r);
        log(`${n} rows ${side} #${round + 1}: ${r.ms.map((v) => Math.round(v)).join(' / ')} ms, peak +${r.peakMb.toFixed(0)} MiB, retained ${r.retainedMb.toFixed(1)} MiB`);
      }
    }
    const side = (rs: LegRun[]) => ({
      cold: stat(rs.map((r) => r.ms[0]!)),
      warm: stat(rs.map(warmOf)),
      peakMb: stat(rs.map((r) => r.peakMb)),
      retainedMb: stat(rs.map((r) => r.retainedMb)),
    });
    const paired = (f: (r: LegRun) => number) => stat(runs.ours.map((o, i) => f(o) / f(runs.kepler[i]!)));
    sizes.push({
      rows: n,
      runs,
      ours: side(runs.ours),
      kepler: side(runs.kepler),
      ratio: { cold: paired((r) => r.ms[0]!), warm: paired(warmOf), peakMb: paired((r) => r.peakMb), retainedMb: paired((r) => r.retainedMb) },
    });
    const o = runs.ours[0]!;
    const k = runs.kepler[0]!;
    notes.push(`${n} rows: ours accepts ${o.valid} of ${o.rows} data rows (the rest are refused as outside Wuxi: the synthetic points spread over a box around the city); kepler keeps all ${k.rows}.`);
  }
  const own = JSON.parse(readFileSync(resolve(ROOT, 'node_modules/papaparse/package.json'), 'utf8')) as { version: string };
  return {
    generatedAt: new Date().toISOString(),
    command: process.env.BENCH_PEER_COMMAND ?? `npm run ${process.env.npm_lifecycle_event ?? 'bench:peer'}`,
    versions: { ...versions, papaparse: own.version },
    node: process.version,
    sizes,
    notes,
  };
}

const x = (v: number) => (Number.isFinite(v) ? `${v.toFixed(2)}×` : 'n/a');
const fmtMs = (s: Stat) => `${Math.round(s.median)} ms (${Math.round(s.min)}–${Math.round(s.max)})`;
const fmtMb = (s: Stat) => `${s.median.toFixed(1)} MiB (${s.min.toFixed(1)}–${s.max.toFixed(1)})`;
const fmtX = (s: Stat) => `${x(s.median)} (${s.min.toFixed(2)}–${s.max.toFixed(2)})`;

/** The comparison as a Markdown table: medians (min–max) per side and the paired ours ÷ kepler ratios. */
export function peerTable(r: PeerResults): string {
  const lines = [
    '| rows | measure | ours | kepler.gl | ours ÷ kepler (paired, median (min–max)) |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const s of r.sizes) {
    const label = s.rows >= 1e6 ? `${s.rows / 1e6} M` : `${s.rows / 1e3} k`;
    lines.push(`| ${label} | time, cold process | ${fmtMs(s.ours.cold)} | ${fmtMs(s.kepler.cold)} | ${fmtX(s.ratio.cold)} |`);
    if (Number.isFinite(s.ours.warm.median)) lines.push(`| ${label} | time, warm | ${fmtMs(s.ours.warm)} | ${fmtMs(s.kepler.warm)} | ${fmtX(s.ratio.warm)} |`);
    lines.push(`| ${label} | peak memory (RSS above start) | ${fmtMb(s.ours.peakMb)} | ${fmtMb(s.kepler.peakMb)} | ${fmtX(s.ratio.peakMb)} |`);
    lines.push(`| ${label} | retained with the result | ${fmtMb(s.ours.retainedMb)} | ${fmtMb(s.kepler.retainedMb)} | ${fmtX(s.ratio.retainedMb)} |`);
  }
  const versions = Object.entries(r.versions).map(([k, v]) => `${k} ${v}`).join(', ');
  const runs = r.sizes.map((s) => `${s.runs.ours.length} at ${s.rows >= 1e6 ? `${s.rows / 1e6} M` : `${s.rows / 1e3} k`}`).join(', ');
  lines.push('', `Fresh Node ${r.node} processes per side (${runs}), alternating; ${versions}.`);
  lines.push('', 'Cold: the first import in a fresh process (what a fresh import worker does); warm: the median of the same process\'s later imports. Peak memory: the process\'s own resident-set high-water mark (Linux VmHWM, reset just before the import) above its resident set then.');
  return lines.join('\n');
}
