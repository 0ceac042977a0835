/** Turns bench samples into the summary table (stdout), bench/results/latest.json and latest.md. */
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { RESULTS_DIR } from './paths';
import type { LoadSample } from './measure-load';
import type { FilterSample, ImportSample } from './measure-interaction';
import type { LighthouseResult } from './lighthouse';
import type { InitialJsReport } from './initial-js';
import type { BudgetVerdict, SizeBudget } from './size-budget';
import { median, p95, ratio } from './stats';
import { peerTable, type PeerResults } from './peer/compare';

export interface BenchResults {
  generatedAt: string;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string; chromium: string; webgl: string };
  runs: number;
  load: { app: LoadSample[]; baseline: LoadSample[] };
  filter: { app: FilterSample[]; baseline: FilterSample[] };
  imports: (ImportSample | { rows: number; error: string })[];
  lighthouse: { app: LighthouseResult | null; baseline: LighthouseResult | null };
  size: { app: InitialJsReport; baseline: InitialJsReport; budget: SizeBudget; verdict: BudgetVerdict };
  /** The import against kepler.gl's, in fresh Node processes (scripts/bench/peer/compare.ts); null when skipped. */
  peer?: PeerResults | { error: string } | null;
  notes: string[];
}

export interface Row {
  metric: string;
  app: string;
  baseline: string;
  ratio: string;
  target: string;
}

const kib = (b: number) => `${(b / 1024).toFixed(1)} KiB`;
const mib = (b: number) => `${(b / 2 ** 20).toFixed(1)} MiB`;
const ms = (v: number) => (Number.isFinite(v) ? `${Math.round(v)} ms` : 'n/a');
const x = (v: number) => (Number.isFinite(v) ? `${v.toFixed(2)}×` : 'n/a');

export function summaryRows(r: BenchResults): Row[] {
  const m = (side: 'app' | 'baseline', f: (s: LoadSample) => number) => median(r.load[side].map(f));
  const rows: Row[] = [];
  const loadRow = (metric: string, f: (s: LoadSample) => number, fmt: (v: number) => string, target = '') => {
    const a = m('app', f);
    const b = m('baseline', f);
    rows.push({ metric, app: fmt(a), baseline: fmt(b), ratio: x(ratio(a, b)), target });
  };
  loadRow('first idle map, median', (s) => s.readyMs, ms, '≤ 1.15×');
  loadRow('JS transferred before idle (gzip)', (s) => s.jsBeforeReady, kib);
  loadRow('JS transferred total (gzip)', (s) => s.jsTotal, kib);
  loadRow('long tasks before idle (count)', (s) => s.longTasks, (v) => v.toFixed(0));
  loadRow('long-task time before idle', (s) => s.longTaskMs, ms);
  loadRow('longest task before idle', (s) => s.longestTaskMs, ms);
  loadRow('JS heap after load (after GC)', (s) => s.heapUsed, mib);
  for (const points of new Set(r.filter.app.map((f) => f.points))) {
    const a = r.filter.app.find((f) => f.points === points)?.latencies ?? [];
    const b = r.filter.baseline.find((f) => f.points === points)?.latencies ?? [];
    const label = `${points / 1000} k`;
    rows.push({ metric: `filter → frame, ${label} points, median`, app: ms(median(a)), baseline: ms(median(b)), ratio: x(ratio(median(a), median(b))), target: '' });
    rows.push({
      metric: `filter → frame, ${label} points, p95`,
      app: ms(p95(a)),
      baseline: ms(p95(b)),
      ratio: x(ratio(p95(a), p95(b))),
      target: '',
    });
  }
  rows.push({
    metric: 'initial JS (gzip, from index.html graph)',
    app: kib(r.size.app.initialGzip),
    baseline: kib(r.size.baseline.initialGzip),
    ratio: x(ratio(r.size.app.initialGzip, r.size.baseline.initialGzip)),
    target: `≤ ${kib(r.size.budget.budgetInitialGzip)} (1.15 × libs floor ${kib(r.size.budget.floorInitialGzip)})`,
  });
  for (const imp of r.imports) {
    if ('error' in imp) {
      rows.push({ metric: `import ${imp.rows / 1000} k-row CSV`, app: `failed: ${imp.error.slice(0, 80)}`, baseline: '—', ratio: '', target: '' });
      continue;
    }
    const label = `${Math.round(imp.rows / 1000)} k`;
    // Times are medians of the imports, longest tasks the worst of them (combineImports).
    const of = imp.runs && imp.runs > 1 ? ` (median of ${imp.runs})` : '';
    const worstOf = imp.runs && imp.runs > 1 ? ` (worst of ${imp.runs})` : '';
    rows.push({
      metric: `import ${label}: opening the dialog, longest main-thread task (project layers' GPU programs)${worstOf}`,
      app: ms(imp.openLongestTaskMs),
      baseline: '—',
      ratio: '',
      target: '',
    });
    // Judged against kepler.gl's import of the same file in the peer table below, not against a time.
    rows.push({ metric: `import ${label} rows: time in the worker (parse, validate, aggregate)${of}`, app: ms(imp.workerMs), baseline: '—', ratio: '', target: '' });
    rows.push({ metric: `import ${label} rows: round trip (file → the dataset's columns and map index on the page)${of}`, app: ms(imp.roundTripMs), baseline: '—', ratio: '', target: '' });
    rows.push({ metric: `import ${label} rows: file → stored + heat drawn${of}`, app: ms(imp.heatDrawnMs), baseline: '—', ratio: '', target: '' });
    // Against the bare page's own longest task while it loads, in the same run: what a task on this machine costs.
    const baselineLongest = m('baseline', (s) => s.longestTaskMs);
    rows.push({
      metric: `import ${label} rows: longest main-thread task${worstOf}, ÷ the bare page's longest task while loading`,
      app: ms(imp.longestTaskMs),
      baseline: ms(baselineLongest),
      ratio: x(ratio(imp.longestTaskMs, baselineLongest)),
      target: '≤ 1.00×',
    });
  }
  for (const side of ['app', 'baseline'] as const) {
    const lh = r.lighthouse[side];
    if (!lh) continue;
    rows.push({
      metric: `Lighthouse (desktop) ${side}: perf / a11y / best practices`,
      app: side === 'app' ? `${lh.performance ?? 'n/a'} / ${lh.accessibility ?? 'n/a'} / ${lh.bestPractices ?? 'n/a'}` : '',
      baseline: side === 'baseline' ? `${lh.performance ?? 'n/a'} / ${lh.accessibility ?? 'n/a'} / ${lh.bestPractices ?? 'n/a'}` : '',
      ratio: '',
      target: '',
    });
  }
  const lh = r.lighthouse.app;
  if (lh) {
    rows.push({ metric: 'Lighthouse app: CLS', app: lh.cls === null ? 'n/a' : lh.cls.toFixed(3), baseline: '', ratio: '', target: '≤ 0.1' });
    rows.push({
      metric: 'Lighthouse app: render-blocking remote resources',
      app: String(lh.renderBlockingRemote.length),
      baseline: '',
      ratio: '',
      target: '0',
    });
  }
  return rows;
}

export function markdownTable(rows: Row[]): string {
  const head = '| metric | app | baseline | app ÷ baseline | target |\n| --- | --- | --- | --- | --- |';
  return [head, ...rows.map((r) => `| ${r.metric} | ${r.app} | ${r.baseline} | ${r.ratio} | ${r.target} |`)].join('\n');
}

export function textTable(rows: Row[]): string {
  const cols: (keyof Row)[] = ['metric', 'app', 'baseline', 'ratio', 'target'];
  const widths = cols.map((c) => Math.max(c.length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  return [line(cols), line(widths.map((w) => '-'.repeat(w))), ...rows.map((r) => line(cols.map((c) => r[c])))].join('\n');
}

export async function writeResults(r: BenchResults): Promise<{ json: string; md: string; table: string }> {
  await mkdir(RESULTS_DIR, { recursive: true });
  const rows = summaryRows(r);
  const json = resolve(RESULTS_DIR, 'latest.json');
  const md = resolve(RESULTS_DIR, 'latest.md');
  await writeFile(json, JSON.stringify(r, null, 2) + '\n');
  const machine = r.machine;
  const lines = [
    '# Bench results (latest)',
    '',
    `Generated ${r.generatedAt} by \`npm run bench\`. ${r.runs} alternating first-visit loads per page in one headless Chromium.`,
    `Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.chromium}, WebGL: ${machine.webgl}.`,
    'Software WebGL (SwiftShader) on 2 CPU cores: absolute times are slow and noisy; judge by the app ÷ baseline ratios.',
    'Baseline: bench/baseline/ — the same geo files and default layers drawn with MapLibre + deck.gl only.',
    'Project data: SYNTHETIC, seeded (scripts/bench/generate-projects.ts), never part of the app build.',
    '',
    markdownTable(rows),
    '',
    `Size budget: ${r.size.verdict.message.replace(/\n/g, '; ')}`,
    '',
    ...(r.peer && 'sizes' in r.peer
      ? ['## Import: ours vs kepler.gl', '', `Each import in a fresh Node process, the two sides alternating (scripts/bench/peer/compare.ts). Command: \`${r.peer.command}\`.`, '', peerTable(r.peer), '', ...r.peer.notes.map((n) => `- ${n}`), '']
      : r.peer
        ? [`Import vs kepler.gl failed: ${r.peer.error}`, '']
        : []),
    ...(r.notes.length ? ['Notes:', ...r.notes.map((n) => `- ${n}`), ''] : []),
  ];
  await writeFile(md, lines.join('\n'));
  return { json, md, table: textTable(rows) };
}
