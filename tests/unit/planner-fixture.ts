/** The bundled data in the shape the planner reads, with the built parks and boards from geo/. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FeatureCollection, Point } from 'geojson';
import { chainChiefs, documents, futureParkPlans, targetTables, taxonomy } from '../../src/data';
import type { PlannerSourceData } from '../../src/planner/planner-data';
import { PlatformRegisterSchema, type DistrictProperties, type ParkProperties } from '../../src/schema';
import { DATA_DIR, GEO_DIR } from '../../scripts/data/paths';

export const parksGeo = JSON.parse(readFileSync(resolve(GEO_DIR, 'parks.geojson'), 'utf8')) as FeatureCollection<Point, ParkProperties>;
export const districtsGeo = JSON.parse(readFileSync(resolve(GEO_DIR, 'districts.geojson'), 'utf8')) as FeatureCollection<
  never,
  DistrictProperties
>;

const byId = new Map(taxonomy.map((i) => [i.id, i]));

export function bundledPlannerData(): PlannerSourceData {
  return {
    parks: parksGeo.features.map((f) => ({ props: f.properties, point: [f.geometry.coordinates[0]!, f.geometry.coordinates[1]!] as const })),
    boards: districtsGeo.features.map((f) => f.properties),
    taxonomy,
    tables: targetTables,
    futureParkPlans,
    chainChiefs,
    documents,
    parentOf: (id) => byId.get(id)?.parent,
  };
}

/** The platform register as the app loads it (data/platforms.json). */
export const platformRecords = PlatformRegisterSchema.parse(JSON.parse(readFileSync(resolve(DATA_DIR, 'platforms.json'), 'utf8')));
