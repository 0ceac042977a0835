/**
 * geo/communities.geojson: community (社区) and village (村) points from the pinned Vonng/adcode extract,
 * GCJ-02 → WGS84. Entries without a point are left out (never guessed); points that fall outside their own
 * district polygon are dropped and reported by the build.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import gcoord from 'gcoord';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { BoardIdSchema } from '../../src/schema/common';
import { CommunityPropertiesSchema, type CommunityProperties } from '../../src/schema/geo';
import { byStringKey, roundPosition } from './geojson-output';
import { SOURCE_VERSION } from './geo-paths';
import { communityLabel, placeNameEn } from './place-names';

export const COMMUNITY_CSV_HEADER = 'code,name,town,board,lon,lat';

/** One row of geo/sources/wuxi-communities.gcj02.csv, values as the source writes them (lon/lat may be empty). */
export interface CommunityRow {
  code: string;
  name: string;
  town: string;
  board: string;
  lon: string;
  lat: string;
}

export function parseCommunityCsv(text: string): CommunityRow[] {
  const [header, ...lines] = text.trim().split('\n');
  if (header !== COMMUNITY_CSV_HEADER) throw new Error(`communities CSV: expected header "${COMMUNITY_CSV_HEADER}", got "${header}"`);
  return lines.map((line, i) => {
    const cols = line.split(',');
    if (cols.length !== 6) throw new Error(`communities CSV line ${i + 2}: expected 6 columns, got ${cols.length}`);
    const [code = '', name = '', town = '', board = '', lon = '', lat = ''] = cols;
    return { code, name, town, board, lon, lat };
  });
}

export interface CommunityOutside {
  code: string;
  name: string;
  board: string;
  /** The district the point actually falls in, or null if in none of Wuxi's. */
  foundIn: string | null;
}

export interface CommunityBuild {
  collection: FeatureCollection<Point, CommunityProperties>;
  /** Entries the source lists without a point: left out. */
  withoutPoint: CommunityRow[];
  /** Entries whose converted point is not inside their own district: left out. */
  outside: CommunityOutside[];
}

type DistrictPolygonFeature = Feature<Polygon | MultiPolygon, { id: string }>;

export function buildCommunities(rows: CommunityRow[], districtPolygons: DistrictPolygonFeature[]): CommunityBuild {
  const byId = new Map(districtPolygons.map((d) => [d.properties.id, d]));
  const withoutPoint: CommunityRow[] = [];
  const outside: CommunityOutside[] = [];
  const features: Array<Feature<Point, CommunityProperties>> = [];
  for (const row of rows) {
    if (row.lon === '' || row.lat === '') {
      withoutPoint.push(row);
      continue;
    }
    const gcj: [number, number] = [Number(row.lon), Number(row.lat)];
    if (!gcj.every(Number.isFinite)) throw new Error(`community ${row.code} ${row.name}: bad point "${row.lon},${row.lat}"`);
    // gcoord mutates array inputs: give it a copy.
    const wgs = gcoord.transform([...gcj] as [number, number], gcoord.GCJ02, gcoord.WGS84);
    const geometry: Point = { type: 'Point', coordinates: roundPosition(wgs) };
    const own = byId.get(row.board);
    if (!own || !booleanPointInPolygon(geometry, own)) {
      const other = districtPolygons.find((d) => booleanPointInPolygon(geometry, d));
      outside.push({ code: row.code, name: row.name, board: row.board, foundIn: other?.properties.id ?? null });
      continue;
    }
    const label = communityLabel(row.name);
    const properties = CommunityPropertiesSchema.parse({
      code: row.code,
      name_zh: row.name,
      label_zh: label,
      label_en: placeNameEn(label),
      town: row.town,
      board: BoardIdSchema.parse(row.board),
      source: `${SOURCE_VERSION.adcode} data/adcode/${row.board}.csv (CC BY 4.0): AutoNavi GCJ-02 point, converted to WGS84 with gcoord`,
    });
    features.push({ type: 'Feature', properties, geometry });
  }
  features.sort(byStringKey((f) => f.properties.code));
  return { collection: { type: 'FeatureCollection', features }, withoutPoint, outside };
}
