import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import gcoord from 'gcoord';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { BoardIdSchema } from '../../src/schema/common';
import { TownPropertiesSchema, type TownProperties } from '../../src/schema/geo';
import { byStringKey, roundPosition } from './geojson-output';
import { SOURCE_VERSION } from './geo-paths';
import { placeNameEn } from './place-names';

export const TOWN_CSV_HEADER = 'code,name,board,lon,lat';

/** One row of geo/sources/wuxi-towns.gcj02.csv, values as the source writes them (lon/lat may be empty). */
export interface TownRow {
  code: string;
  name: string;
  board: string;
  lon: string;
  lat: string;
}

export function parseTownCsv(text: string): TownRow[] {
  const [header, ...lines] = text.trim().split('\n');
  if (header !== TOWN_CSV_HEADER) throw new Error(`towns CSV: expected header "${TOWN_CSV_HEADER}", got "${header}"`);
  return lines.map((line, i) => {
    const cols = line.split(',');
    if (cols.length !== 5) throw new Error(`towns CSV line ${i + 2}: expected 5 columns, got ${cols.length}`);
    const [code = '', name = '', board = '', lon = '', lat = ''] = cols;
    return { code, name, board, lon, lat };
  });
}

export type TownFeature = Feature<Point, TownProperties>;

export interface TownBuild {
  collection: FeatureCollection<Point, TownProperties>;
  /** Towns the source lists without a point: left out of the output. */
  withoutPoint: TownRow[];
}

/** GCJ-02 source points → WGS84 features, sorted by code; towns without a point are set aside. */
export function buildTowns(rows: TownRow[]): TownBuild {
  const withoutPoint: TownRow[] = [];
  const features: TownFeature[] = [];
  for (const row of rows) {
    if (row.lon === '' || row.lat === '') {
      withoutPoint.push(row);
      continue;
    }
    const gcj: [number, number] = [Number(row.lon), Number(row.lat)];
    if (!gcj.every(Number.isFinite)) throw new Error(`town ${row.code} ${row.name}: bad point "${row.lon},${row.lat}"`);
    // gcoord mutates array inputs: give it a copy.
    const wgs = gcoord.transform([...gcj] as [number, number], gcoord.GCJ02, gcoord.WGS84);
    const properties = TownPropertiesSchema.parse({
      code: row.code,
      name_zh: row.name,
      name_en: placeNameEn(row.name),
      board: BoardIdSchema.parse(row.board),
      source: `${SOURCE_VERSION.adcode} data/adcode/${row.board}.csv (CC BY 4.0): AutoNavi GCJ-02 seat point, converted to WGS84 with gcoord`,
    });
    features.push({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: roundPosition(wgs) } });
  }
  features.sort(byStringKey((f) => f.properties.code));
  return { collection: { type: 'FeatureCollection', features }, withoutPoint };
}

export interface TownOutside {
  code: string;
  name_zh: string;
  board: string;
  /** The district the point actually falls in, or null if in none of Wuxi's. */
  foundIn: string | null;
}

type DistrictPolygonFeature = Feature<Polygon | MultiPolygon, { id: string }>;

/** Towns whose point is not inside their own district's polygon. */
export function townsOutsideTheirDistrict(
  towns: FeatureCollection<Point, TownProperties>,
  districtPolygons: DistrictPolygonFeature[],
): TownOutside[] {
  const byId = new Map(districtPolygons.map((d) => [d.properties.id, d]));
  const outside: TownOutside[] = [];
  for (const town of towns.features) {
    const own = byId.get(town.properties.board);
    if (own && booleanPointInPolygon(town.geometry, own)) continue;
    const other = districtPolygons.find((d) => booleanPointInPolygon(town.geometry, d));
    outside.push({
      code: town.properties.code,
      name_zh: town.properties.name_zh,
      board: town.properties.board,
      foundIn: other?.properties.id ?? null,
    });
  }
  return outside;
}

/**
 * Town codes whose seat point is known to fall outside their own district polygon (kept as the source has
 * them, listed in geo/SOURCES.md). Empty: with the current data every point lands in its district.
 */
export const KNOWN_TOWNS_OUTSIDE: readonly string[] = [];
