import type { SiteRegister, StoredSite } from '../schema';

/**
 * The user's register as a file in exactly the published format (data/park-sites.geojson): it can be reviewed
 * and committed as is, or imported through "My data" by a colleague. Properties in the documented order.
 */
export function sitesToRegister(sites: readonly StoredSite[]): SiteRegister {
  return {
    type: 'FeatureCollection',
    features: [...sites]
      .sort((a, b) => a.park_id.localeCompare(b.park_id))
      .map((s) => ({
        type: 'Feature',
        geometry: s.geometry,
        properties: { park_id: s.park_id, source: s.source, ...(s.note !== undefined ? { note: s.note } : {}) },
      })),
  };
}

/** One feature per line, like the published file, so a reviewed register diffs well. */
export function registerText(register: SiteRegister): string {
  return `{"type":"FeatureCollection","features":[\n${register.features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}
