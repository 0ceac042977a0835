/** The real data as an AppIndex, read from disk (the app fetches the same files). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildAppIndex, type AppIndex } from '../../src/app/app-data';
import { chainChiefs, documents, futureParkPlans, targetTables, taxonomy } from '../../src/data/tables';
import type { GeoData } from '../../src/data/geo';

const geo = (name: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, '../../geo', name), 'utf8'));

export function realIndex(): AppIndex {
  const data: GeoData = { districts: geo('districts.geojson'), parks: geo('parks.geojson'), water: geo('water.geojson') };
  return buildAppIndex({ geo: data, taxonomy, tables: targetTables, chainChiefs, documents, futureParkPlans });
}
