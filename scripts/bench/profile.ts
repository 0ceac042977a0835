/**
 * `npm run bench:profile [load|import|filter] [count]`: one Chrome trace of the app loading, doing a 100 k
 * import or a series of filter changes, written to bench/.profile/<what>-<count>.json (open in chrome://tracing or
 * DevTools → Performance), plus a summary of the longest main-thread tasks and what ran inside them.
 * A diagnostic aid for the bench's interaction rows, on an unminified bench build (bench/.dist/app-profile;
 * BENCH_SKIP_BUILD=1 reuses it). Profiling slows the page: read where time goes, not how much.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchBrowser, VIEWPORT } from './browser';
import { buildApp } from './build-pages';
import { generateProjectFiles } from './generate-projects';
import { INIT_SCRIPT, SETTLE, filterLatency, importCsv, setProjects } from './in-page';
import { BENCH_DIST, DATA_DIR, ROOT, projectsCsvPath, projectsJsonPath } from './paths';
import { startStaticServer } from './static-server';
import { SYNTHETIC_INDUSTRIES } from './synthetic-projects';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { data?: { functionName?: string; url?: string; lineNumber?: number } };
}

const what = (process.argv[2] ?? 'import') as 'import' | 'filter' | 'load';
const count = Number(process.argv[3] ?? 100_000);

async function main() {
  if (!existsSync(projectsCsvPath(count)) || !existsSync(projectsJsonPath(count))) await generateProjectFiles(count);
  // Its own unminified build, so profiles name the functions; the measured bench build stays minified.
  const appDir = resolve(BENCH_DIST, 'app-profile');
  if (process.env.BENCH_SKIP_BUILD !== '1' || !existsSync(resolve(appDir, 'index.html'))) {
    process.env.BENCH_MINIFY = '0';
    await buildApp(appDir, { VITE_BENCH: '1' });
  }
  const server = await startStaticServer({ '/app/': appDir, '/data/': DATA_DIR });
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'zh-CN' });
    await context.addInitScript({ content: INIT_SCRIPT });
    const page = await context.newPage();
    const ready = async () => {
      await page.waitForFunction(() => window.__bench?.readyAt != null && window.__wuximapBench != null, undefined, { polling: 50, timeout: 120_000 });
      await page.evaluate(SETTLE);
    };
    if (what !== 'load') {
      await page.goto(`${server.origin}/app/`, { waitUntil: 'load' });
      await ready();
    }
    if (what === 'filter') {
      await page.evaluate(setProjects(`/data/projects-${count}.json`));
      await page.evaluate(SETTLE);
    }
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink', 'gpu', 'disabled-by-default-v8.cpu_profiler', 'toplevel'] },
    } as never);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
    await cdp.send('Profiler.start');
    let result: unknown;
    if (what === 'load') {
      await page.goto(`${server.origin}/app/`, { waitUntil: 'load' });
      await ready();
      result = await page.evaluate(() => window.__bench?.readyAt);
    } else if (what === 'import') result = await page.evaluate(importCsv(`/data/projects-${count}.csv`, `projects-${count}.csv`));
    else {
      const cycle = [[SYNTHETIC_INDUSTRIES[0]], [SYNTHETIC_INDUSTRIES[1], SYNTHETIC_INDUSTRIES[2]], [SYNTHETIC_INDUSTRIES[3]], []];
      const lat: number[] = [];
      for (let i = 0; i < 12; i++) {
        lat.push((await page.evaluate(filterLatency(cycle[i % 4] as string[]))) as number);
        await page.evaluate(SETTLE);
      }
      result = lat.map(Math.round);
    }
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    await cdp.send('Tracing.end');
    await done;
    const outDir = resolve(ROOT, 'bench/.profile');
    mkdirSync(outDir, { recursive: true });
    const out = resolve(outDir, `${what}-${count}.json`);
    writeFileSync(out, JSON.stringify({ traceEvents: events }));
    writeFileSync(out.replace(/\.json$/, '.cpuprofile'), JSON.stringify(profile));
    console.log('result', JSON.stringify(result));
    summarise(events, profile);
    console.log('trace →', out);
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Longest RunTask slices on the renderer main thread, with their biggest self-time JS functions. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Self time per function (ms) of the CPU-profile samples inside [from, to] (trace clock, µs). */
function selfTimeIn(profile: CpuProfile, from: number, to: number, top = 15): [string, number][] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i]!;
    const dt = profile.timeDeltas[i + 1] ?? 0;
    if (t < from || t > to) continue;
    const f = byId.get(profile.samples[i]!)?.callFrame;
    if (!f) continue;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    totals.set(key, (totals.get(key) ?? 0) + dt / 1000);
  }
  return [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
}

/**
 * The CPU profile of each worker thread, rebuilt from the trace's ProfileChunk events (the page's Profiler
 * domain only samples the main thread), with the time its thread spent in garbage collection.
 */
function summariseWorkers(events: TraceEvent[]) {
  const workers = events.filter((e) => e.name === 'thread_name' && /Worker/.test((e.args as { name?: string } | undefined)?.name ?? ''));
  for (const w of workers) {
    const onThread = events.filter((e) => e.pid === w.pid && e.tid === w.tid);
    for (const start of onThread.filter((e) => e.name === 'Profile')) {
      const id = (start as { id?: string }).id;
      const chunks = events.filter((e) => e.name === 'ProfileChunk' && e.pid === w.pid && (e as { id?: string }).id === id);
      const profile: CpuProfile = { nodes: [], startTime: (start.args?.data as { startTime?: number } | undefined)?.startTime ?? 0, samples: [], timeDeltas: [] };
      for (const c of chunks) {
        const data = c.args?.data as { cpuProfile?: { nodes?: Array<{ id: number; callFrame: Partial<CpuProfile['nodes'][number]['callFrame']> & { functionName: string } }>; samples?: number[] }; timeDeltas?: number[] } | undefined;
        for (const n of data?.cpuProfile?.nodes ?? []) profile.nodes.push({ id: n.id, callFrame: { lineNumber: 0, url: '', ...n.callFrame } });
        profile.samples.push(...(data?.cpuProfile?.samples ?? []));
        profile.timeDeltas.push(...(data?.timeDeltas ?? []));
      }
      if (profile.samples.length < 50) continue;
      // Top-level GC slices only (their phases are nested inside them).
      const gc = onThread.filter((e) => e.ph === 'X' && (e.name === 'MajorGC' || e.name === 'MinorGC')).reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0);
      console.log(`worker thread (tid ${w.tid}), ${profile.samples.length} samples: MajorGC + MinorGC ${gc.toFixed(0)} ms; self time:`);
      for (const [fn, ms] of selfTimeIn(profile, -Infinity, Infinity, 30)) console.log(`   self ${ms.toFixed(1).padStart(6)} ms ${fn}`);
    }
  }
}

function summarise(events: TraceEvent[], profile: CpuProfile) {
  summariseWorkers(events);
  console.log('self time over the whole recording:');
  for (const [fn, ms] of selfTimeIn(profile, -Infinity, Infinity, 30)) console.log(`   self ${ms.toFixed(1).padStart(6)} ms ${fn}`);
  const main = events.find((e) => e.name === 'thread_name' && (e.args as { name?: string } | undefined)?.name === 'CrRendererMain');
  if (!main) return;
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const tasks = onMain.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > 30_000).sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0)).slice(0, 8);
  for (const t of tasks) {
    const inside = onMain.filter((e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0) && (e.dur ?? 0) > 5_000);
    console.log(`task ${(t.dur! / 1000).toFixed(0)} ms`);
    for (const [fn, ms] of selfTimeIn(profile, t.ts, t.ts + t.dur!)) console.log(`   self ${ms.toFixed(1).padStart(6)} ms ${fn}`);
    for (const e of inside.sort((a, b) => a.ts - b.ts).slice(0, 12)) {
      const d = e.args?.data;
      console.log(`   ${((e.ts - t.ts) / 1000).toFixed(0).padStart(5)} +${(e.dur! / 1000).toFixed(0).padStart(4)} ${e.name} ${d?.functionName ?? ''} ${d?.url ? d.url.split('/').pop() + ':' + d.lineNumber : ''}`);
    }
  }
}

void main().catch((e) => {
  console.error(e);
  process.exit(1);
});
