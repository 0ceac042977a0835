/**
 * Precision rings: an approximate position is drawn as a hollow marker inside a ring whose radius says how far
 * the true place may be. The radii, in metres:
 *
 * - site: 0 — the position has its own citation; no ring.
 * - town: 3,000 m — the park was placed at its town/street seat (Vonng adcode town points). Wuxi's towns and
 *   streets cover roughly 10–100 km²; a 3 km radius (≈ 28 km²) is the typical distance from a seat to the edge
 *   of its town, not a guarantee.
 * - district: the radius of a circle with the board's own area (from its polygon), because the park could be
 *   anywhere in the board. Boards without a polygon (无锡经开区, a functional zone placed at an approximate point)
 *   get APPROXIMATE_BOARD_RADIUS_M.
 */
import type { Feature, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { PositionPrecision } from '../schema';

export const TOWN_RING_RADIUS_M = 3_000;
/** 无锡经开区 spans on the order of 50 km² south of the old city; a 4 km ring (≈ 50 km²) matches that scale. */
export const APPROXIMATE_BOARD_RADIUS_M = 4_000;
export const DEFAULT_DISTRICT_RADIUS_M = 8_000;

const EARTH_RADIUS_M = 6_371_008.8;

/** Planar area of a ring in m² (equirectangular at the ring's mean latitude: < 0.1 % off at Wuxi's size). */
function ringAreaM2(ring: readonly Position[]): number {
  if (ring.length < 4) return 0;
  const meanLat = ring.reduce((s, p) => s + p[1]!, 0) / ring.length;
  const kx = (Math.PI / 180) * EARTH_RADIUS_M * Math.cos((meanLat * Math.PI) / 180);
  const ky = (Math.PI / 180) * EARTH_RADIUS_M;
  let twice = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const a = ring[i]!;
    const b = ring[i + 1]!;
    twice += a[0]! * kx * (b[1]! * ky) - b[0]! * kx * (a[1]! * ky);
  }
  return Math.abs(twice) / 2;
}

export function polygonAreaM2(geometry: Polygon | MultiPolygon): number {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.reduce((sum, rings) => {
    const [outer, ...holes] = rings;
    return sum + (outer ? ringAreaM2(outer) : 0) - holes.reduce((h, r) => h + ringAreaM2(r), 0);
  }, 0);
}

export function approximateRadiusMetres(
  precision: PositionPrecision,
  board: Feature<Polygon | MultiPolygon | Point> | undefined,
): number {
  if (precision === 'site') return 0;
  if (precision === 'town') return TOWN_RING_RADIUS_M;
  if (!board) return DEFAULT_DISTRICT_RADIUS_M;
  if (board.geometry.type === 'Point') return APPROXIMATE_BOARD_RADIUS_M;
  const area = polygonAreaM2(board.geometry);
  return area > 0 ? Math.round(Math.sqrt(area / Math.PI) / 100) * 100 : DEFAULT_DISTRICT_RADIUS_M;
}
