/**
 * Bench-only surface on `window.__wuximapBench` (see bench-types.ts), driven by scripts/bench/run-bench.ts.
 * Mount it ONLY in bench builds, e.g. in src/main.tsx:
 *
 *   if (import.meta.env.VITE_BENCH) void import('./scale/bench-hooks').then((m) => m.installBenchHooks(appStore));
 *
 * The dynamic import keeps it (and the import pipeline it pulls in) out of every normal build: with
 * VITE_BENCH unset the condition is statically false and the chunk is never emitted.
 * It acts through the same store actions the UI uses (imports slice, filters, heat), so what it measures is
 * the app's own path from a state change to a drawn frame.
 */
import { recordRows } from '../domain/project-rows';
import type { ImportedDataset, ImportedProject, ProjectStage } from '../schema';
import type { AppStore } from '../store';
import { loadGeo } from '../data/geo';
import { taxonomy } from '../data';
import { prepareImportWorker, startImport } from '../import/client';
import { commitDataset } from '../import/store/datasets';
import { persistence } from '../import-ui/persistence-instance';
import type { ReferenceData, DistrictFeatures } from '../import/validate/reference';
import type { BenchProject, BenchSurface, ImportBenchResult } from './bench-types';

const BENCH_DATASET = 'bench-synthetic';

export function toImportedProjects(list: readonly BenchProject[]): ImportedProject[] {
  return list.map((p, i) => ({
    id: `${BENCH_DATASET}:${i + 2}`,
    external_id: p.id,
    origin: 'imported',
    name: p.name,
    industry: p.industry,
    stage: p.stage as ProjectStage,
    investment_yi: p.investment_yi,
    date: p.date,
    board: p.board as ImportedProject['board'],
    lon: p.lon,
    lat: p.lat,
    location: { method: 'coordinates', crs: 'wgs84' },
    source_row: i + 2,
  }));
}

function syntheticDataset(projects: ImportedProject[]): ImportedDataset {
  return {
    kind: 'projects',
    meta: {
      id: BENCH_DATASET,
      origin: 'imported',
      kind: 'projects',
      name: 'SYNTHETIC bench projects',
      file_name: 'synthetic.csv',
      format: 'csv',
      encoding: 'utf-8',
      crs: 'wgs84',
      imported_at: new Date().toISOString(),
      row_count: projects.length,
      skipped_count: 0,
      version: 1,
    },
    projects: recordRows(projects),
  };
}

async function reference(): Promise<ReferenceData> {
  const geo = await loadGeo();
  return {
    industries: taxonomy.map((t) => ({ id: t.id, name_zh: t.name_zh, name_en: t.name_en, aliases_zh: t.aliases_zh })),
    parks: geo.parks.features.map((f) => ({
      id: f.properties.id,
      name_zh: f.properties.name_zh,
      name_en: f.properties.name_en,
      aliases_zh: f.properties.aliases_zh,
      board: f.properties.board,
      lon: f.geometry.coordinates[0]!,
      lat: f.geometry.coordinates[1]!,
      precision: f.properties.precision,
    })),
    boards: [],
    districts: geo.districts as unknown as DistrictFeatures,
  };
}

export function createBenchSurface(store: AppStore): BenchSurface {
  const showInvestmentHeat = () => {
    if (store.getState().heat.kind !== 'projects') store.getState().setHeat({ kind: 'projects', industry: null });
  };
  return {
    kind: 'app',
    async setProjects(list) {
      store.getState().removeImportedDataset(BENCH_DATASET);
      store.getState().addImportedDataset(syntheticDataset(toImportedProjects(list)));
      showInvestmentHeat();
    },
    setIndustryFilter(ids) {
      store.getState().setFilter('industries', ids);
    },
    openImport() {
      // The dialog's own effects (src/import-ui/ImportDialog.tsx) do exactly this once the page is idle.
      store.getState().prepareImportLayers();
      void reference().then((r) => prepareImportWorker(r.districts));
    },
    async importCsv(file: File): Promise<ImportBenchResult> {
      const ref = await reference();
      const started = performance.now();
      const running = startImport(file, { kind: 'projects', crs: 'wgs84', fileName: file.name, datasetId: `bench-import-${Date.now()}` }, ref, () => {});
      const result = await running.result;
      const roundTripMs = performance.now() - started;
      if (!('dataset' in result) || !result.dataset) {
        throw new Error(`import did not produce a dataset: ${JSON.stringify({ status: result.status, ...('message' in result ? { message: result.message } : {}) })}`);
      }
      // "Add to map" in the dialog, with the app's one storage: stored in IndexedDB first, then into the store
      // (src/import/store/datasets.ts). A second storage object would hear this save as another tab's and load
      // the whole dataset back.
      await commitDataset(store, persistence, result.dataset);
      showInvestmentHeat();
      return {
        rows: result.summary.valid + result.summary.invalid,
        valid: result.dataset.kind === 'projects' ? result.dataset.projects.count : 0,
        workerMs: result.workerMs ?? NaN,
        roundTripMs,
        totalMs: performance.now() - started,
        pipeline: 'src/import/client.ts startImport (the import feature\'s worker)',
      };
    },
  };
}

export function installBenchHooks(store: AppStore): () => void {
  const surface = createBenchSurface(store);
  window.__wuximapBench = surface;
  return () => {
    if (window.__wuximapBench === surface) delete window.__wuximapBench;
  };
}
