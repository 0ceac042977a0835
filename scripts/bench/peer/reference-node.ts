import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DistrictFeatures, ReferenceData, ReferencePark } from '../../../src/import/validate/reference';
import { ROOT } from '../paths';

/**
 * The reference data the app's import checks against (taxonomy, parks, district polygons), read from the
 * repository's files as the page's loader reads them over HTTP: the Node bench checks every row exactly as
 * the app does.
 */
export function nodeReference(): ReferenceData {
  const json = (path: string) => JSON.parse(readFileSync(resolve(ROOT, path), 'utf8'));
  const taxonomy = json('data/taxonomy.json') as Array<{ id: string; name_zh: string; name_en: string; aliases_zh?: string[] }>;
  const parks = json('geo/parks.geojson') as { features: Array<{ properties: Record<string, unknown>; geometry: { type: string; coordinates: number[] } | null }> };
  const districts = json('geo/districts.geojson') as DistrictFeatures;
  return {
    industries: taxonomy.map((t) => ({ id: t.id, name_zh: t.name_zh, name_en: t.name_en, aliases_zh: t.aliases_zh ?? [] })),
    parks: parks.features
      .filter((f) => f.geometry?.type === 'Point')
      .map((f) => ({
        id: f.properties.id,
        name_zh: f.properties.name_zh,
        name_en: f.properties.name_en,
        aliases_zh: f.properties.aliases_zh ?? [],
        board: f.properties.board,
        lon: f.geometry!.coordinates[0] ?? 0,
        lat: f.geometry!.coordinates[1] ?? 0,
        precision: f.properties.precision,
      })) as ReferencePark[],
    boards: districts.features.map((f) => ({ id: f.properties.id, name_zh: (f.properties as Record<string, string>).name_zh!, name_en: (f.properties as Record<string, string>).name_en! })) as ReferenceData['boards'],
    districts,
  };
}
