import type { DatasetMeta, ImportedDataset, StoredSite } from '../schema';
import { commitDataset, removeDataset } from '../import/store/datasets';
import type { DatasetPersistence } from '../import/store/persistence';
import type { AppStore } from '../store';
import { siteDatasetOf } from './user-sites';

/**
 * Changes to the user's own site register. Sites live in 'sites' datasets (IndexedDB, like imported data): the
 * editor writes into the dataset that already holds the park (an imported register stays one dataset), else into
 * the editor's own dataset. Storage is written before the store, so a failed write changes nothing.
 */
export const EDITOR_DATASET_ID = 'site-register';

type SiteDataset = Extract<ImportedDataset, { kind: 'sites' }>;

function withSites(dataset: SiteDataset, sites: StoredSite[]): SiteDataset {
  return { ...dataset, meta: { ...dataset.meta, row_count: sites.length }, sites };
}

function editorDataset(store: AppStore, now: Date): SiteDataset {
  const existing = store.getState().importedDatasets.find((d): d is SiteDataset => d.kind === 'sites' && d.meta.id === EDITOR_DATASET_ID);
  if (existing) return existing;
  const meta: DatasetMeta = {
    id: EDITOR_DATASET_ID,
    origin: 'imported',
    kind: 'sites',
    name: 'park-sites',
    file_name: 'park-sites.geojson',
    format: 'geojson',
    encoding: null,
    crs: 'wgs84',
    imported_at: now.toISOString(),
    row_count: 0,
    skipped_count: 0,
    version: 1,
  };
  return { kind: 'sites', meta, sites: [] };
}

/** Saves a park's site; returns what the park had before (for undo). */
export async function saveUserSite(store: AppStore, persistence: DatasetPersistence, site: StoredSite, now = new Date()): Promise<StoredSite | null> {
  const holder = siteDatasetOf(store.getState(), site.park_id);
  const before = holder?.sites.find((s) => s.park_id === site.park_id) ?? null;
  const target = holder ?? editorDataset(store, now);
  const sites = holder ? target.sites.map((s) => (s.park_id === site.park_id ? site : s)) : [...target.sites, site];
  await commitDataset(store, persistence, withSites(target, sites));
  return before;
}

/** Removes a park's site from whichever dataset holds it (an emptied dataset goes too); returns the removed site. */
export async function removeUserSite(store: AppStore, persistence: DatasetPersistence, parkId: string): Promise<StoredSite | null> {
  const holder = siteDatasetOf(store.getState(), parkId);
  if (!holder) return null;
  const before = holder.sites.find((s) => s.park_id === parkId) ?? null;
  const sites = holder.sites.filter((s) => s.park_id !== parkId);
  if (sites.length === 0) await removeDataset(store, persistence, holder.meta.id);
  else await commitDataset(store, persistence, withSites(holder, sites));
  return before;
}

/** Puts a park back as it was before the last change. */
export async function restoreUserSite(store: AppStore, persistence: DatasetPersistence, parkId: string, before: StoredSite | null): Promise<void> {
  if (before) await saveUserSite(store, persistence, before);
  else await removeUserSite(store, persistence, parkId);
}
