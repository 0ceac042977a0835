import * as gjv from 'geojson-validation';
import type { FeatureCollection, Geometry } from 'geojson';
import type { ImportCrs, ZoneGeometry } from '../schema';
import { checkCoordinates, checkRingClosure, checkSelfIntersections } from '../geo/validate-geometry';
import type { Containment } from './containment';
import { convertCoordinates } from './crs';
import { IMPORT_LIMITS } from './limits';
import { problem, type ImportProblem, type ProblemPlace } from './problems';

export interface GeometryCheck {
  geometry: ZoneGeometry | null;
  problems: ImportProblem[];
}

type Walk = { bad: 'empty' | 'empty_ring' | 'nan' | 'range' | 'swapped' | 'shape' | null; path: string; vertices: number };

const isPos = (p: unknown): p is [number, number] => Array.isArray(p) && p.length >= 2 && p.length <= 3;

/** Walks positions at a known depth; stops at the first structural problem (its path names the field). */
function walk(node: unknown, depth: number, path: string, acc: Walk): void {
  if (acc.bad) return;
  if (depth === 0) {
    if (!isPos(node)) {
      acc.bad = Array.isArray(node) && node.length === 0 ? 'empty' : 'shape';
      acc.path = path;
      return;
    }
    const [x, y] = node;
    if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) {
      acc.bad = 'nan';
      acc.path = path;
    } else if (Math.abs(x) > 180 || Math.abs(y) > 90) {
      acc.bad = Math.abs(y) <= 180 && Math.abs(x) <= 90 ? 'swapped' : 'range';
      acc.path = path;
    }
    acc.vertices += 1;
    return;
  }
  if (!Array.isArray(node)) {
    acc.bad = 'shape';
    acc.path = path;
    return;
  }
  if (node.length === 0) {
    // [[]] in a Polygon (or [[[]]] in a MultiPolygon) is an empty ring; [] at the top is an empty geometry.
    acc.bad = depth === 1 ? 'empty_ring' : 'empty';
    acc.path = path;
    return;
  }
  node.forEach((child, i) => walk(child, depth - 1, `${path}[${i}]`, acc));
}

const DEPTH: Readonly<Record<string, number>> = { Point: 0, Polygon: 2, MultiPolygon: 3 };
const KINKS_MAX_VERTICES = 20_000; // kinks is quadratic; bigger rings are drawn but not checked for crossings.

/**
 * Checks a zone geometry from a user file and returns a WGS84 copy. Our structural walk runs first because
 * geojson-validation throws on `[[]]`/`[[null]]` and accepts an empty Polygon; then geojson-validation; then the
 * shared checks of src/geo/validate-geometry.ts (ring closure, self-intersections, Wuxi box) on the converted copy.
 */
export function checkZoneGeometry(raw: unknown, crs: ImportCrs, place: ProblemPlace, containment: Containment): GeometryCheck {
  const out: ImportProblem[] = [];
  const fail = (code: Parameters<typeof problem>[1], field: string, params: Record<string, string | number> = {}): GeometryCheck => {
    out.push(problem(place, code, field, params));
    return { geometry: null, problems: out };
  };
  if (raw === null || raw === undefined) return fail('geometry_missing', 'geometry');
  if (typeof raw !== 'object' || Array.isArray(raw)) return fail('geojson_invalid', 'geometry', { detail: 'geometry must be an object' });
  const g = raw as { type?: unknown; coordinates?: unknown };
  const type = typeof g.type === 'string' ? g.type : '';
  const depth = DEPTH[type];
  if (depth === undefined) return fail('geometry_type', 'geometry.type', { type: type || '?' });
  const acc: Walk = { bad: null, path: 'geometry.coordinates', vertices: 0 };
  if (Array.isArray(g.coordinates) && g.coordinates.length === 0) acc.bad = 'empty';
  else walk(g.coordinates, depth, 'geometry.coordinates', acc);
  switch (acc.bad) {
    case 'empty':
      return fail('geometry_empty', acc.path);
    case 'empty_ring':
      return fail('geometry_empty_ring', acc.path);
    case 'nan':
      return fail('coord_nan', acc.path);
    case 'range':
      return fail('coord_out_of_range', acc.path);
    case 'swapped':
      return fail('coord_swapped', acc.path);
    case 'shape':
      return fail('geojson_invalid', acc.path, { detail: 'coordinates are not nested as the geometry type requires' });
    default:
  }
  if (acc.vertices > IMPORT_LIMITS.maxVerticesPerGeometry) {
    return fail('geojson_invalid', 'geometry.coordinates', { detail: `more than ${IMPORT_LIMITS.maxVerticesPerGeometry} vertices` });
  }
  const shape = { type, coordinates: g.coordinates } as Geometry;
  const asCollection = (geometry: Geometry): FeatureCollection => ({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry }] });

  // Ring closure and length first: the most specific message for the most common hand-edited mistake.
  for (const p of checkRingClosure(asCollection(shape))) {
    out.push(problem(place, p.message.startsWith('ring is not closed') ? 'ring_unclosed' : 'ring_too_short', p.field, { detail: p.message }));
  }
  if (out.length) return { geometry: null, problems: out };

  let trace: string[];
  try {
    trace = gjv.isGeometryObject(shape, true);
  } catch (e) {
    trace = [String(e)];
  }
  if (trace.length) return fail('geojson_invalid', 'geometry', { detail: trace.slice(0, 3).join('; ') });

  const converted = { type, coordinates: convertCoordinates(g.coordinates, crs) } as Geometry;
  const fc = asCollection(converted);
  for (const p of checkCoordinates(fc, containment.box)) {
    const swapped = p.message.includes('swapped');
    out.push(problem(place, swapped ? 'coord_swapped' : 'outside_wuxi', p.field, { detail: p.message }));
    break; // one coordinate problem per feature is enough to explain it
  }
  if (type !== 'Point' && acc.vertices <= KINKS_MAX_VERTICES) {
    for (const p of checkSelfIntersections(fc)) out.push(problem(place, 'self_intersection', p.field, { detail: p.message }));
  }
  if (out.length) return { geometry: null, problems: out };
  return { geometry: converted as ZoneGeometry, problems: out };
}
