import type { Position } from 'geojson';
import type { SiteGeometry } from '../schema/sites';

/**
 * The point a site is drawn at: the point itself, or for an outline a point guaranteed inside it (the area
 * centroid when that is inside, else the middle of the widest run of a horizontal line through the polygon).
 * A vertex average can fall outside a concave outline; this cannot. Plain arithmetic, no library.
 */
export function pointOnSurface(geometry: SiteGeometry): [number, number] {
  if (geometry.type === 'Point') return [geometry.coordinates[0], geometry.coordinates[1]];
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best = polygons[0] ?? [];
  let bestArea = -1;
  for (const rings of polygons) {
    const area = Math.abs(ringArea2(rings[0] ?? []));
    if (area > bestArea) {
      best = rings;
      bestArea = area;
    }
  }
  const outer = best[0] ?? [];
  const c = centroid(outer);
  if (c && inside(best, c[0], c[1])) return round(c);
  const ys = outer.map((p) => p[1] ?? 0);
  const y = c ? c[1] : (Math.min(...ys) + Math.max(...ys)) / 2;
  const xs: number[] = [];
  for (const ring of best) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const [x1, y1] = ring[i] as [number, number];
      const [x2, y2] = ring[i + 1] as [number, number];
      if (y1 > y !== y2 > y) xs.push(x1 + ((y - y1) / (y2 - y1)) * (x2 - x1));
    }
  }
  xs.sort((a, b) => a - b);
  let mid: [number, number] = [outer[0]?.[0] ?? 0, outer[0]?.[1] ?? 0];
  let widest = -1;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    const w = (xs[i + 1] as number) - (xs[i] as number);
    if (w > widest) {
      widest = w;
      mid = [((xs[i] as number) + (xs[i + 1] as number)) / 2, y];
    }
  }
  return round(mid);
}

function ringArea2(ring: Position[]): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) s += (ring[i]![0] ?? 0) * (ring[i + 1]![1] ?? 0) - (ring[i + 1]![0] ?? 0) * (ring[i]![1] ?? 0);
  return s;
}

function centroid(ring: Position[]): [number, number] | null {
  const a2 = ringArea2(ring);
  if (a2 === 0) return null;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1, y1] = ring[i] as [number, number];
    const [x2, y2] = ring[i + 1] as [number, number];
    const f = x1 * y2 - x2 * y1;
    cx += (x1 + x2) * f;
    cy += (y1 + y2) * f;
  }
  return [cx / (3 * a2), cy / (3 * a2)];
}

/** Even-odd rule over all rings (holes included). */
function inside(rings: Position[][], x: number, y: number): boolean {
  let result = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) result = !result;
    }
  }
  return result;
}

const round = (p: [number, number]): [number, number] => [Math.round(p[0] * 1e6) / 1e6, Math.round(p[1] * 1e6) / 1e6];
