import { useMemo } from 'react';
import type { ImportedDataset, StoredSite } from '../schema';
import { useGeoData, type GeoState } from '../data/geo';
import { effectiveParkPositions } from '../domain/effective-positions';
import { useAppState, type AppState } from '../store';

type SiteDataset = Extract<ImportedDataset, { kind: 'sites' }>;

const NONE: readonly StoredSite[] = [];
let last: { datasets: readonly SiteDataset[]; hidden: readonly string[]; sites: readonly StoredSite[] } | null = null;

/**
 * The user's own register: every shown site dataset (imported register files and the editor's), one site per
 * park (imports refuse a second one; the editor edits the dataset that holds the park). The same array comes
 * back while the site datasets are unchanged, so importing a project list moves no park and rebuilds nothing.
 */
export function selectUserSites(state: Pick<AppState, 'importedDatasets' | 'hiddenDatasets'>): readonly StoredSite[] {
  const datasets = state.importedDatasets.filter((d): d is SiteDataset => d.kind === 'sites');
  const hidden = state.hiddenDatasets.filter((id) => datasets.some((d) => d.meta.id === id));
  if (last && same(last.datasets, datasets) && same(last.hidden, hidden)) return last.sites;
  const byPark = new Map<string, StoredSite>();
  for (const d of datasets) {
    if (hidden.includes(d.meta.id)) continue;
    for (const s of d.sites) if (!byPark.has(s.park_id)) byPark.set(s.park_id, s);
  }
  const sites = byPark.size ? [...byPark.values()] : NONE;
  last = { datasets, hidden, sites };
  return sites;
}

const same = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The site dataset holding a park's user site, if any. */
export function siteDatasetOf(state: Pick<AppState, 'importedDatasets'>, parkId: string): SiteDataset | undefined {
  return state.importedDatasets.find((d): d is SiteDataset => d.kind === 'sites' && d.sites.some((s) => s.park_id === parkId));
}

/**
 * The geo files with every park at its best position (src/domain/effective-positions.ts): what the map, the
 * panels, the list and search read. Published sites are already in geo/parks.geojson (the build merges them).
 */
export function useEffectiveGeo(): GeoState {
  const geo = useGeoData();
  const userSites = useAppState(selectUserSites);
  return useMemo<GeoState>(() => {
    if (geo.status !== 'ready') return geo;
    const parks = effectiveParkPositions(geo.data.parks, [], userSites);
    return parks === geo.data.parks ? geo : { status: 'ready', data: { ...geo.data, parks } };
  }, [geo, userSites]);
}

/** Every park with a site in the user's register, shown or hidden: an import may not add a second one. */
export function registeredSiteParks(state: Pick<AppState, 'importedDatasets'>): string[] {
  return state.importedDatasets.flatMap((d) => (d.kind === 'sites' ? d.sites.map((s) => s.park_id) : []));
}
