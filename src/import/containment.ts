import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { BoardId } from '../schema';
import { boardIds } from '../schema';
import { WUXI_BBOX, type BBox } from '../geo/validate-geometry';
import type { DistrictFeatures } from './reference';

/**
 * "Which board is this point in?" against geo/districts.geojson, with a bbox pre-filter so 100k points stay fast.
 * Without district polygons it falls back to the Wuxi box (inside/outside only, no board).
 */
export interface Containment {
  /** Board id, 'wuxi' when inside the fallback box only, or null when outside. */
  locate(lon: number, lat: number): BoardId | 'wuxi' | null;
  readonly box: BBox;
}

interface Indexed {
  id: BoardId;
  feature: Feature<Polygon | MultiPolygon>;
  box: BBox;
}

function bboxOf(geometry: Polygon | MultiPolygon): BBox {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const poly of polys)
    for (const ring of poly)
      for (const [x, y] of ring as Array<[number, number]>) {
        if (x < w) w = x;
        if (x > e) e = x;
        if (y < s) s = y;
        if (y > n) n = y;
      }
  return [w, s, e, n];
}

const inBox = (lon: number, lat: number, b: BBox) => lon >= b[0] && lon <= b[2] && lat >= b[1] && lat <= b[3];
const isBoard = (id: unknown): id is BoardId => typeof id === 'string' && (boardIds as readonly string[]).includes(id);

export function createContainment(districts: DistrictFeatures | null): Containment {
  const indexed: Indexed[] = [];
  for (const f of districts?.features ?? []) {
    const g = f.geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon') || !isBoard(f.properties?.id)) continue;
    indexed.push({ id: f.properties.id, feature: { type: 'Feature', properties: {}, geometry: g }, box: bboxOf(g) });
  }
  if (indexed.length === 0) {
    return { box: WUXI_BBOX, locate: (lon, lat) => (inBox(lon, lat, WUXI_BBOX) ? 'wuxi' : null) };
  }
  const box: BBox = [
    Math.min(...indexed.map((d) => d.box[0])),
    Math.min(...indexed.map((d) => d.box[1])),
    Math.max(...indexed.map((d) => d.box[2])),
    Math.max(...indexed.map((d) => d.box[3])),
  ];
  return {
    box,
    locate(lon, lat) {
      if (!inBox(lon, lat, box)) return null;
      for (const d of indexed) {
        if (inBox(lon, lat, d.box) && booleanPointInPolygon([lon, lat], d.feature)) return d.id;
      }
      return null;
    },
  };
}
