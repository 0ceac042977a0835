import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { orient2d } from 'robust-predicates';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { BoardId } from '../../schema';
import { boardIds } from '../../schema/constants';
import { WUXI_BBOX, type BBox } from '../../geo/validate-geometry';
import type { DistrictFeatures } from './reference';

/**
 * "Which board is this point in?" against geo/districts.geojson. Without district polygons it falls back to the
 * Wuxi box (inside/outside only, no board).
 *
 * Speed (100k rows in well under a second): a uniform grid over the districts' box is built once and kept for
 * later imports of the same districts.
 * A cell that no district edge touches has the same answer for every point in it (the polygons cannot change
 * inside it), so that answer is computed once, at the cell centre, with the exact test. Only points in cells
 * that an edge touches run the exact point-in-polygon test (turf, boundary counts as inside), against the
 * districts in their original order, exactly as a plain loop over all districts would; with the grid, that test
 * reads only the edges that reach the point's row of cells (see Bands).
 */
export interface Containment {
  /** Board id, 'wuxi' when inside the fallback box only, or null when outside. */
  locate(lon: number, lat: number): BoardId | 'wuxi' | null;
  readonly box: BBox;
}

/**
 * Builds (and keeps) the grid for these districts now rather than during the next import: the import worker does
 * it when it is started ahead of a file (client.ts prepareImportWorker), while the user is still choosing one.
 */
export function prepareContainment(districts: DistrictFeatures | null): void {
  createContainment(districts, true);
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

/** The exact answer: first district (in file order) whose polygon contains the point, boundary included. */
function locateExact(indexed: readonly Indexed[], lon: number, lat: number): BoardId | null {
  for (const d of indexed) {
    if (inBox(lon, lat, d.box) && booleanPointInPolygon([lon, lat], d.feature)) return d.id;
  }
  return null;
}

/** Grid resolution: ~0.3 km cells over Wuxi (512 KB of Int16); about 2 % of them are edge cells. */
const GRID = 512;
/** Cells touched by an edge are widened by this share of a cell, so rounding never hides an edge. */
const PAD = 0.01;
const EDGE = -2;

const clampCell = (v: number) => (v < 0 ? 0 : v > GRID - 1 ? GRID - 1 : v);
/** The first and last grid cell, along one axis, that a span [lo, hi] reaches: widened by PAD, clamped to the grid. */
const firstCell = (lo: number, origin: number, size: number) => clampCell(Math.floor((lo - origin) / size - PAD));
const lastCell = (hi: number, origin: number, size: number) => clampCell(Math.floor((hi - origin) / size + PAD));
const UNKNOWN = -3;

/** The rings of a polygon or multipolygon. */
const ringsOf = (geometry: Polygon | MultiPolygon) => (geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat());

/**
 * Cell code: EDGE when some district edge touches the (padded) cell, else the index of the district containing
 * the whole cell in `indexed`, or -1 for none. Written as plain loops over typed arrays: it runs once per import
 * in a cold worker, where a closure or array per segment or per cell cost tens of milliseconds.
 */
function buildGrid(indexed: readonly Indexed[], box: BBox) {
  const [x0, y0, x1, y1] = box;
  const dx = (x1 - x0) / GRID || 1e-9;
  const dy = (y1 - y0) / GRID || 1e-9;
  const cells = new Int16Array(GRID * GRID).fill(UNKNOWN);
  for (const d of indexed) {
    for (const ring of ringsOf(d.feature.geometry)) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const a = ring[i] as number[];
        const b = ring[i + 1] as number[];
        const ax = a[0] as number, ay = a[1] as number, bx = b[0] as number, by = b[1] as number;
        const c0 = firstCell(ax < bx ? ax : bx, x0, dx);
        const c1 = lastCell(ax < bx ? bx : ax, x0, dx);
        const r0 = firstCell(ay < by ? ay : by, y0, dy);
        const r1 = lastCell(ay < by ? by : ay, y0, dy);
        const ex = bx - ax, ey = by - ay;
        for (let r = r0; r <= r1; r++) {
          // Separating-axis test of the segment against the padded cell: skip cells the line passes beside.
          const cy0 = y0 + (r - PAD) * dy - ay, cy1 = y0 + (r + 1 + PAD) * dy - ay;
          for (let c = c0; c <= c1; c++) {
            const k = r * GRID + c;
            if (cells[k] === EDGE) continue;
            const cx0 = x0 + (c - PAD) * dx - ax, cx1 = x0 + (c + 1 + PAD) * dx - ax;
            const s1 = Math.sign(ex * cy0 - ey * cx0), s2 = Math.sign(ex * cy0 - ey * cx1);
            const s3 = Math.sign(ex * cy1 - ey * cx0), s4 = Math.sign(ex * cy1 - ey * cx1);
            if (s1 === s2 && s2 === s3 && s3 === s4 && s1 !== 0) continue;
            cells[k] = EDGE;
          }
        }
      }
    }
  }
  // Edge-free cells that touch each other (side by side) lie in the same district: no edge runs between them.
  // So one exact test per connected region. Row by row: a run of edge-free cells between edge cells is one
  // region, and so is it with any edge-free cell right above it (already decided); only a run with none above
  // is tested, at its first cell's centre. One pass over the cells, no stack (a flood fill over 512² cells cost a
  // cold worker ~100 ms before the optimiser caught up).
  const order = new Map(indexed.map((d, i) => [d.id, i]));
  for (let r = 0; r < GRID; r++) {
    const row = r * GRID;
    for (let c = 0; c < GRID; ) {
      if (cells[row + c] === EDGE) {
        c += 1;
        continue;
      }
      let end = c;
      let code = UNKNOWN;
      for (; end < GRID && cells[row + end] !== EDGE; end++) {
        if (code === UNKNOWN && r > 0) {
          const above = cells[row - GRID + end] as number;
          if (above !== EDGE) code = above;
        }
      }
      if (code === UNKNOWN) {
        const id = locateExact(indexed, x0 + (c + 0.5) * dx, y0 + (r + 0.5) * dy);
        code = id === null ? -1 : (order.get(id) ?? -1);
      }
      cells.fill(code, row + c, row + end);
      c = end;
    }
  }
  return { cells, x0, y0, dx, dy };
}

type Grid = ReturnType<typeof buildGrid> & { bands: Bands };

/**
 * Every district edge, filed under each row of grid cells its latitudes reach. turf's point-in-polygon
 * (point-in-polygon-hao) decides a point by the edges whose latitude range holds the point's latitude — any other
 * edge neither crosses the horizontal through the point nor touches the point — so the same arithmetic over the
 * edges of the point's row gives the same answer, boundary included, from a few dozen edges instead of thousands.
 */
interface Bands {
  /** x1, y1, x2, y2 of each edge, numbered by district (in order), polygon, ring and vertex. */
  edges: Float64Array;
  /** The polygon of each edge; polygons numbered by district, in order. */
  polygonOf: Int32Array;
  /** The district (index into `indexed`) of each polygon. */
  districtOf: Int32Array;
  /** Edges of row r: rowEdges[rowStart[r] … rowStart[r + 1]), in ascending order. */
  rowStart: Int32Array;
  rowEdges: Int32Array;
}

function buildBands(indexed: readonly Indexed[], y0: number, dy: number): Bands {
  const coords: number[] = [];
  const polygonOf: number[] = [];
  const districtOf: number[] = [];
  indexed.forEach((d, k) => {
    const g = d.feature.geometry;
    for (const polygon of g.type === 'Polygon' ? [g.coordinates] : g.coordinates) {
      const id = districtOf.length;
      districtOf.push(k);
      for (const ring of polygon)
        for (let i = 0; i + 1 < ring.length; i++) {
          const a = ring[i] as number[];
          const b = ring[i + 1] as number[];
          coords.push(a[0] as number, a[1] as number, b[0] as number, b[1] as number);
          polygonOf.push(id);
        }
    }
  });
  const edges = Float64Array.from(coords);
  const n = polygonOf.length;
  // Each edge's first and last row, counted per row, then the rows' lists filled in edge order.
  const first = new Int32Array(n);
  const last = new Int32Array(n);
  const rowStart = new Int32Array(GRID + 1);
  for (let e = 0; e < n; e++) {
    const ya = edges[e * 4 + 1] as number;
    const yb = edges[e * 4 + 3] as number;
    first[e] = firstCell(ya < yb ? ya : yb, y0, dy);
    last[e] = lastCell(ya < yb ? yb : ya, y0, dy);
    for (let r = first[e]!; r <= last[e]!; r++) rowStart[r + 1]! += 1;
  }
  for (let r = 0; r < GRID; r++) rowStart[r + 1]! += rowStart[r]!;
  const rowEdges = new Int32Array(rowStart[GRID]!);
  const next = rowStart.slice(0, GRID);
  for (let e = 0; e < n; e++) for (let r = first[e]!; r <= last[e]!; r++) rowEdges[next[r]!++] = e;
  return { edges, polygonOf: Int32Array.from(polygonOf), districtOf: Int32Array.from(districtOf), rowStart, rowEdges };
}

/** The point locateInRow tests: passed in a typed array, since doubles passed as arguments are boxed. */
const rowPoint = new Float64Array(2);

/**
 * locateExact for the point in rowPoint, of grid row r, from that row's edges: the same per-edge arithmetic as
 * point-in-polygon-hao (which turf runs), one polygon after another in the districts' order.
 */
function locateInRow(indexed: readonly Indexed[], b: Bands, r: number): BoardId | null {
  const { edges, polygonOf, rowEdges } = b;
  const lon = rowPoint[0]!;
  const lat = rowPoint[1]!;
  let polygon = -1;
  let crossings = 0;
  for (let j = b.rowStart[r]!, end = b.rowStart[r + 1]!; j < end; j++) {
    const e = rowEdges[j]!;
    const p = polygonOf[e]!;
    if (p !== polygon) {
      if (crossings % 2 === 1) break;
      polygon = p;
      crossings = 0;
    }
    const u1 = edges[e * 4]! - lon;
    const v1 = edges[e * 4 + 1]! - lat;
    const u2 = edges[e * 4 + 2]! - lon;
    const v2 = edges[e * 4 + 3]! - lat;
    if (v1 === 0 && v2 === 0) {
      if ((u2 <= 0 && u1 >= 0) || (u1 <= 0 && u2 >= 0)) return (indexed[b.districtOf[p]!] as Indexed).id;
    } else if ((v2 >= 0 && v1 <= 0) || (v2 <= 0 && v1 >= 0)) {
      const f = orient2d(u1, u2, v1, v2, 0, 0);
      if (f === 0) return (indexed[b.districtOf[p]!] as Indexed).id;
      if ((f > 0 && v2 > 0 && v1 <= 0) || (f < 0 && v2 <= 0 && v1 > 0)) crossings += 1;
    }
  }
  return crossings % 2 === 1 ? (indexed[b.districtOf[polygon]!] as Indexed).id : null;
}

/**
 * The last grid built, with the districts it was built from: the districts are the same for every import of a
 * session (a new copy of them arrives with each file), so a second import in the same worker or test run reuses
 * it. A fresh worker has no grid yet and compares nothing.
 */
let cachedGrid: { districts: readonly Indexed[]; grid: Grid } | null = null;

/** The same ids in the same order with the same vertices (compared, not hashed: no work before a grid exists). */
function sameDistricts(a: readonly Indexed[], b: readonly Indexed[]): boolean {
  if (a.length !== b.length) return false;
  for (let d = 0; d < a.length; d++) {
    const x = a[d] as Indexed, y = b[d] as Indexed;
    if (x.id !== y.id || x.feature.geometry.type !== y.feature.geometry.type) return false;
    const rx = ringsOf(x.feature.geometry), ry = ringsOf(y.feature.geometry);
    if (rx.length !== ry.length) return false;
    for (let r = 0; r < rx.length; r++) {
      const px = rx[r] as number[][], py = ry[r] as number[][];
      if (px.length !== py.length) return false;
      for (let i = 0; i < px.length; i++) {
        const u = px[i] as number[], v = py[i] as number[];
        if (u[0] !== v[0] || u[1] !== v[1]) return false;
      }
    }
  }
  return true;
}

export function createContainment(districts: DistrictFeatures | null, buildNow = false): Containment {
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
  let grid: Grid | null = cachedGrid && sameDistricts(cachedGrid.districts, indexed) ? cachedGrid.grid : null;
  const build = (): Grid => {
    const cells = buildGrid(indexed, box);
    const built = { ...cells, bands: buildBands(indexed, cells.y0, cells.dy) };
    cachedGrid = { districts: indexed, grid: built };
    return built;
  };
  if (!grid && buildNow) grid = build();
  let calls = 0;
  return {
    box,
    locate(lon, lat) {
      if (!inBox(lon, lat, box)) return null;
      // Small imports (and the CRS hint's few samples) do not pay for the grid.
      if (!grid && ++calls > 64) grid = build();
      if (!grid) return locateExact(indexed, lon, lat);
      const c = Math.min(GRID - 1, Math.floor((lon - grid.x0) / grid.dx));
      const r = Math.min(GRID - 1, Math.floor((lat - grid.y0) / grid.dy));
      const code = grid.cells[r * GRID + c] as number;
      if (code !== EDGE) return code < 0 ? null : (indexed[code] as Indexed).id;
      rowPoint[0] = lon;
      rowPoint[1] = lat;
      return locateInRow(indexed, grid.bands, r);
    },
  };
}
