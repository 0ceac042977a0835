import type { Feature, Point } from 'geojson';
import taxonomy from '../../data/taxonomy.json';
import { loadGeo } from '../data/geo';
import { effectiveParkPositions } from '../domain/effective-positions';
import { selectUserSites } from '../sites/user-sites';
import { appStore } from '../store';
import type { ParkProperties } from '../schema';
import type { DistrictFeatures, ReferenceData, ReferencePark } from '../import/validate/reference';

/**
 * The official data an import is checked against, as plain data for the worker: taxonomy names, parks with their
 * resolved positions and precision, district polygons. If the geo files fail to load, the import still works with
 * the Wuxi box instead of the polygons (and without park look-ups).
 */
export async function loadReferenceData(): Promise<ReferenceData> {
  const industries = (taxonomy as Array<{ id: string; name_zh: string; name_en: string; aliases_zh?: string[] }>).map((t) => ({
    id: t.id,
    name_zh: t.name_zh,
    name_en: t.name_en,
    aliases_zh: t.aliases_zh ?? [],
  }));
  try {
    const geo = await loadGeo();
    // Rows placed "at a park" take the park's best position, the user's own sites included.
    const parks: ReferencePark[] = effectiveParkPositions(geo.parks, [], selectUserSites(appStore.getState())).features
      .filter((f): f is Feature<Point, ParkProperties> => f.geometry?.type === 'Point')
      .map((f) => ({
        id: f.properties.id,
        name_zh: f.properties.name_zh,
        name_en: f.properties.name_en,
        aliases_zh: f.properties.aliases_zh,
        board: f.properties.board,
        lon: f.geometry.coordinates[0] ?? 0,
        lat: f.geometry.coordinates[1] ?? 0,
        precision: f.properties.precision,
      }));
    const boards = geo.districts.features.map((f) => ({ id: f.properties.id, name_zh: f.properties.name_zh, name_en: f.properties.name_en }));
    return { industries, parks, boards, districts: geo.districts as unknown as DistrictFeatures };
  } catch {
    return { industries, parks: [], boards: [], districts: null };
  }
}
