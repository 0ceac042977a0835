/**
 * The bench surface both the app (bench builds only) and the bare baseline page expose on
 * `window.__wuximapBench`, so scripts/bench/run-bench.ts drives them with one code path.
 */
export interface BenchProject {
  id: string;
  name: string;
  industry: string;
  stage: string;
  investment_yi: number | null;
  date: string | null;
  board: string | null;
  lon: number;
  lat: number;
}

export interface ImportBenchResult {
  rows: number;
  valid: number;
  /** Time spent inside the worker (parse + validate + aggregate + encode), measured by the worker, ms. */
  workerMs: number;
  /** File handed to the worker → its records and column index rebuilt on the page, ms. */
  roundTripMs: number;
  /** From handing the file over to the dataset being stored (IndexedDB) and in the store, ms. */
  totalMs: number;
  /** Which pipeline ran: the import feature's own entry, or the bench's fallback (see bench-hooks.ts). */
  pipeline: string;
}

export interface BenchSurface {
  kind: 'app' | 'baseline';
  /** Replace the project list and show it as the investment heat surface. */
  setProjects(projects: BenchProject[]): Promise<void>;
  /** Set the industry filter (empty = all). The harness times this call to the next deck frame. */
  setIndustryFilter(ids: string[]): void;
  /** What opening the import dialog does before a file is chosen (app only; not timed as part of the import). */
  openImport?(): void;
  /** Import a projects CSV through the import pipeline and commit it as the dialog does (app only). */
  importCsv?(file: File): Promise<ImportBenchResult>;
}

declare global {
  interface Window {
    __wuximapBench?: BenchSurface;
  }
}
