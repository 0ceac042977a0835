/**
 * The JS size budget: the app's initial JS (gzip) may be at most FACTOR × the library floor, measured as the
 * initial JS of bench/libs-floor (MapLibre + the deck.gl modules the app uses + React/ReactDOM, nothing else).
 * The floor and the resulting budget are committed in bench/size-budget.json (re-measure with
 * `npm run size:floor` after a library upgrade) so the check itself needs no extra build.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ROOT } from './paths';
import type { InitialJsReport } from './initial-js';

export const BUDGET_FILE = resolve(ROOT, 'bench/size-budget.json');

export interface SizeBudget {
  /** Allowed app initial JS ÷ library floor initial JS (issue 6: ≤ 1.15). */
  factor: number;
  /** Gzip bytes of the library floor's initial JS. */
  floorInitialGzip: number;
  /** Gzip bytes of the MapLibre worker (loaded by both app and floor when the map starts; reported, not budgeted). */
  floorWorkerGzip: number;
  /** factor × floorInitialGzip, rounded down: the enforced limit. */
  budgetInitialGzip: number;
  measuredAt: string;
  libraries: Record<string, string>;
}

export async function readBudget(file = BUDGET_FILE): Promise<SizeBudget> {
  return JSON.parse(await readFile(file, 'utf8')) as SizeBudget;
}

export interface BudgetVerdict {
  ok: boolean;
  initialGzip: number;
  budget: number;
  ratioToFloor: number;
  lazyViolations: { feature: string; file: string }[];
  message: string;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

export function judge(report: InitialJsReport, budget: SizeBudget, lazyViolations: { feature: string; file: string }[]): BudgetVerdict {
  const ratio = report.initialGzip / budget.floorInitialGzip;
  const withinSize = report.initialGzip <= budget.budgetInitialGzip;
  const ok = withinSize && lazyViolations.length === 0;
  const lines = [
    `initial JS ${kib(report.initialGzip)} gzip = ${ratio.toFixed(3)} × floor ${kib(budget.floorInitialGzip)} ` +
      `(budget ${budget.factor} × floor = ${kib(budget.budgetInitialGzip)}): ${withinSize ? 'within budget' : 'OVER BUDGET'}`,
    ...lazyViolations.map((v) => `lazy code in the initial set: ${v.feature} in ${v.file}`),
  ];
  if (!withinSize) {
    const top = [...report.initial].sort((a, b) => b.gzip - a.gzip).slice(0, 5);
    lines.push('largest initial chunks: ' + top.map((c) => `${c.file} ${kib(c.gzip)}`).join(', '));
  }
  return { ok, initialGzip: report.initialGzip, budget: budget.budgetInitialGzip, ratioToFloor: ratio, lazyViolations, message: lines.join('\n') };
}
