import * as gjv from 'geojson-validation';
import type { FeatureCollection, Geometry } from 'geojson';
import type { ImportCrs, ZoneGeometry } from '../../schema';
import { checkCoordinates, checkRingClosure, checkSelfIntersections } from '../../geo/validate-geometry';
import type { Containment } from './containment';
import { convertCoordinates } from './crs';
import { IMPORT_LIMITS } from '../limits';
import { problem, type ImportProblem, type ProblemPlace } from './problems';

export interface GeometryCheck {
  geometry: ZoneGeometry | null;
  problems: ImportProblem[];
}

type Walk = {
  bad: 'empty' | 'empty_ring' | 'nan' | 'range' | 'swapped' | 'shape' | 'values' | null;
  path: string;
  vertices: number;
  /** The offending position, as the file wrote it (shown in the message). */
  position: unknown[] | null;
  /** Some position has a third value (a height), which the map does not use. */
  height: boolean;
};

const isPos = (p: unknown): p is [number, number] => Array.isArray(p) && p.length >= 2 && p.length <= 3;
const isNumberList = (p: unknown): p is number[] => Array.isArray(p) && p.length > 0 && p.every((v) => typeof v === 'number');

/** Walks positions at a known depth; stops at the first structural problem (its path names the field). */
function walk(node: unknown, depth: number, path: string, acc: Walk): void {
  if (acc.bad) return;
  if (depth === 0) {
    if (!isPos(node)) {
      acc.bad = Array.isArray(node) && node.length === 0 ? 'empty' : isNumberList(node) ? 'values' : 'shape';
      acc.path = path;
      acc.position = Array.isArray(node) ? node : null;
      return;
    }
    const [x, y] = node;
    if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) {
      acc.bad = 'nan';
      acc.path = path;
      acc.position = node;
    } else if (Math.abs(x) > 180 || Math.abs(y) > 90) {
      acc.bad = Math.abs(y) <= 180 && Math.abs(x) <= 90 ? 'swapped' : 'range';
      acc.path = path;
      acc.position = node;
    }
    if ((node as unknown[]).length === 3) acc.height = true;
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
  const acc: Walk = { bad: null, path: 'geometry.coordinates', vertices: 0, position: null, height: false };
  if (Array.isArray(g.coordinates) && g.coordinates.length === 0) acc.bad = 'empty';
  else walk(g.coordinates, depth, 'geometry.coordinates', acc);
  const at = positionParams(acc.position);
  switch (acc.bad) {
    case 'empty':
      return fail('geometry_empty', acc.path);
    case 'empty_ring':
      return fail('geometry_empty_ring', acc.path);
    case 'nan':
      return fail('coord_nan', acc.path, { value: at.value });
    case 'range':
      return fail('coord_out_of_range', acc.path, at);
    case 'swapped':
      return fail('coord_swapped', acc.path, at);
    case 'values':
      return fail('position_values', acc.path, { count: acc.position?.length ?? 0, value: at.value });
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
    // The numbers as the file wrote them (before any conversion), found by the problem's path.
    out.push(problem(place, swapped ? 'coord_swapped' : 'outside_wuxi', p.field, positionParams(positionAt(g.coordinates, p.field))));
    break; // one coordinate problem per feature is enough to explain it
  }
  if (type !== 'Point' && acc.vertices <= KINKS_MAX_VERTICES) {
    for (const p of checkSelfIntersections(fc)) out.push(problem(place, 'self_intersection', p.field, { detail: p.message }));
  }
  if (out.length) return { geometry: null, problems: out };
  // convertCoordinates keeps two values per position: say so when the file gave heights.
  if (acc.height) out.push(problem(place, 'height_dropped', 'geometry.coordinates', {}, 'warning'));
  return { geometry: converted as ZoneGeometry, problems: out };
}

/** lon/lat (and the whole position as text) for a message; '?' where the file had no number. */
export function positionParams(position: unknown): { lon: string | number; lat: string | number; value: string } {
  const list = Array.isArray(position) ? position : [];
  const show = (v: unknown) => (typeof v === 'number' ? v : typeof v === 'string' ? v.slice(0, 40) : '?');
  return { lon: show(list[0]), lat: show(list[1]), value: `[${list.slice(0, 6).map((v) => (v === null ? 'null' : String(show(v)))).join(', ')}]` };
}

/** The position at a problem path such as "geometry.coordinates[0][3]" (null when the path does not lead to one). */
function positionAt(coordinates: unknown, path: string): unknown {
  let node: unknown = coordinates;
  for (const m of path.matchAll(/\[(\d+)\]/g)) node = Array.isArray(node) ? node[Number(m[1])] : null;
  return node;
}
