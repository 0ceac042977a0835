import kinks from '@turf/kinks';
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

/**
 * Geometry checks that geojson-validation does not do. Each returns a list of problems instead of throwing,
 * so the same functions can report on a user's imported file as well as on the project's own geo/ files.
 */
export interface GeometryProblem {
  featureIndex: number;
  field: string;
  message: string;
}

/** [west, south, east, north] in degrees. */
export type BBox = readonly [number, number, number, number];

/** Generous box around Wuxi's seven units, Tai Hu and the Yangtze reach at Jiangyin. */
export const WUXI_BBOX: BBox = [119.3, 30.9, 120.8, 32.1];

type AnyFeature = Feature<Geometry | null>;
type AnyCollection = FeatureCollection<Geometry | null>;

interface RingRef {
  rings: Position[][];
  /** Path of the first ring, e.g. "geometry.coordinates[1]" for the outer ring of a MultiPolygon's 2nd part. */
  paths: string[];
}

/** Every polygon of a feature as its rings, with the field path of each ring. */
function polygonsOf(geometry: Geometry | null): RingRef[] {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') {
    return [{ rings: geometry.coordinates, paths: geometry.coordinates.map((_, r) => `geometry.coordinates[${r}]`) }];
  }
  if (geometry.type === 'MultiPolygon') {
    return geometry.coordinates.map((rings, p) => ({
      rings,
      paths: rings.map((_, r) => `geometry.coordinates[${p}][${r}]`),
    }));
  }
  return [];
}

/** Every position of a geometry with its field path (GeometryCollections are walked too). */
function positionsOf(geometry: Geometry | null, base = 'geometry'): Array<{ position: unknown; field: string }> {
  if (!geometry) return [];
  if (geometry.type === 'GeometryCollection') {
    return geometry.geometries.flatMap((g, i) => positionsOf(g, `${base}.geometries[${i}]`));
  }
  const out: Array<{ position: unknown; field: string }> = [];
  const walk = (node: unknown, field: string, depth: number): void => {
    if (depth === 0) {
      out.push({ position: node, field });
      return;
    }
    if (!Array.isArray(node)) {
      out.push({ position: node, field });
      return;
    }
    node.forEach((child, i) => walk(child, `${field}[${i}]`, depth - 1));
  };
  const depthByType: Record<string, number> = {
    Point: 0,
    MultiPoint: 1,
    LineString: 1,
    MultiLineString: 2,
    Polygon: 2,
    MultiPolygon: 3,
  };
  walk(geometry.coordinates, `${base}.coordinates`, depthByType[geometry.type] ?? 0);
  return out;
}

const inBox = (lon: number, lat: number, box: BBox): boolean =>
  lon >= box[0] && lon <= box[2] && lat >= box[1] && lat <= box[3];

/** Finite numbers, [lon, lat] order, inside the box. A position that fits only when swapped is reported as swapped. */
export function checkCoordinates(fc: AnyCollection, box: BBox = WUXI_BBOX): GeometryProblem[] {
  const problems: GeometryProblem[] = [];
  fc.features.forEach((feature: AnyFeature, featureIndex) => {
    if (!feature.geometry) {
      problems.push({ featureIndex, field: 'geometry', message: 'geometry is null' });
      return;
    }
    for (const { position, field } of positionsOf(feature.geometry)) {
      if (!Array.isArray(position) || position.length < 2) {
        problems.push({ featureIndex, field, message: 'position is not an array of at least 2 numbers' });
        continue;
      }
      const [lon, lat] = position as unknown[];
      if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat)) {
        problems.push({ featureIndex, field, message: `non-numeric or non-finite coordinate ${JSON.stringify(position)}` });
        continue;
      }
      if (inBox(lon, lat, box)) continue;
      const message = inBox(lat, lon, box)
        ? `coordinate [${lon}, ${lat}] looks swapped (lat, lon)`
        : `coordinate [${lon}, ${lat}] is outside the box [${box.join(', ')}]`;
      problems.push({ featureIndex, field, message });
    }
  });
  return problems;
}

const samePosition = (a: Position | undefined, b: Position | undefined): boolean =>
  a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];

/** Every polygon ring has at least 4 positions and ends where it starts. */
export function checkRingClosure(fc: AnyCollection): GeometryProblem[] {
  const problems: GeometryProblem[] = [];
  fc.features.forEach((feature: AnyFeature, featureIndex) => {
    for (const { rings, paths } of polygonsOf(feature.geometry)) {
      rings.forEach((ring, r) => {
        const field = paths[r] ?? 'geometry';
        if (ring.length < 4) problems.push({ featureIndex, field, message: `ring has ${ring.length} positions (< 4)` });
        else if (!samePosition(ring[0], ring[ring.length - 1])) {
          problems.push({ featureIndex, field, message: 'ring is not closed (last position differs from first)' });
        }
      });
    }
  });
  return problems;
}

/** Twice the signed planar area of a ring; positive = counter-clockwise in lon/lat. */
export function ringSignedArea2(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i];
    const b = ring[i + 1];
    if (!a || !b) continue;
    sum += (a[0] ?? 0) * (b[1] ?? 0) - (b[0] ?? 0) * (a[1] ?? 0);
  }
  return sum;
}

/** RFC 7946 §3.1.6: exterior rings counter-clockwise, holes clockwise. */
export function checkWinding(fc: AnyCollection): GeometryProblem[] {
  const problems: GeometryProblem[] = [];
  fc.features.forEach((feature: AnyFeature, featureIndex) => {
    for (const { rings, paths } of polygonsOf(feature.geometry)) {
      rings.forEach((ring, r) => {
        const area2 = ringSignedArea2(ring);
        const field = paths[r] ?? 'geometry';
        if (area2 === 0) problems.push({ featureIndex, field, message: 'ring has zero area' });
        else if (r === 0 && area2 < 0) problems.push({ featureIndex, field, message: 'exterior ring is clockwise (RFC 7946 wants counter-clockwise)' });
        else if (r > 0 && area2 > 0) problems.push({ featureIndex, field, message: 'hole is counter-clockwise (RFC 7946 wants clockwise)' });
      });
    }
  });
  return problems;
}

/** Self-intersections of lines and polygon rings (@turf/kinks), one problem per feature with the first few points. */
export function checkSelfIntersections(fc: AnyCollection): GeometryProblem[] {
  const problems: GeometryProblem[] = [];
  fc.features.forEach((feature: AnyFeature, featureIndex) => {
    const type = feature.geometry?.type;
    if (type !== 'Polygon' && type !== 'MultiPolygon' && type !== 'LineString' && type !== 'MultiLineString') return;
    const found = kinks(feature as Feature<Polygon | MultiPolygon | LineString | MultiLineString>).features;
    if (found.length === 0) return;
    const sample = found
      .slice(0, 3)
      .map((p) => `[${p.geometry.coordinates.map((c) => c.toFixed(6)).join(', ')}]`)
      .join(' ');
    problems.push({ featureIndex, field: 'geometry', message: `${found.length} self-intersection(s), e.g. ${sample}` });
  });
  return problems;
}

/** Ids are present and unique; the id is read by `idOf` (default: properties.id, then feature.id). */
export function checkUniqueIds(
  fc: AnyCollection,
  idOf: (feature: AnyFeature) => unknown = (f) => (f.properties as { id?: unknown } | null)?.id ?? f.id,
): GeometryProblem[] {
  const problems: GeometryProblem[] = [];
  const seen = new Map<string, number>();
  fc.features.forEach((feature: AnyFeature, featureIndex) => {
    const id = idOf(feature);
    if (id === undefined || id === null || id === '') {
      problems.push({ featureIndex, field: 'id', message: 'missing id' });
      return;
    }
    const key = String(id);
    const first = seen.get(key);
    if (first !== undefined) problems.push({ featureIndex, field: 'id', message: `duplicate id "${key}" (first at feature ${first})` });
    else seen.set(key, featureIndex);
  });
  return problems;
}

/** All of the above, in one list. */
export function validateGeometry(fc: AnyCollection, box: BBox = WUXI_BBOX): GeometryProblem[] {
  return [
    ...checkCoordinates(fc, box),
    ...checkRingClosure(fc),
    ...checkWinding(fc),
    ...checkSelfIntersections(fc),
  ];
}
