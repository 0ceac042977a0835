import gcoord from 'gcoord';
import type { ImportCrs } from '../../schema';

type Pos = [number, number];

const GCOORD_CRS = { wgs84: gcoord.WGS84, gcj02: gcoord.GCJ02, bd09: gcoord.BD09 } as const;

/**
 * Converts one position to WGS84. gcoord mutates arrays it is given, so it only ever sees a fresh copy:
 * the caller's data is never changed.
 */
export function toWgs84(position: readonly [number, number], from: ImportCrs): Pos {
  if (from === 'wgs84') return [position[0], position[1]];
  const out = gcoord.transform([position[0], position[1]] as Pos, GCOORD_CRS[from], gcoord.WGS84);
  return [out[0], out[1]];
}

/** WGS84 → another CRS (used by tests and by export round-trips). */
export function fromWgs84(position: readonly [number, number], to: ImportCrs): Pos {
  if (to === 'wgs84') return [position[0], position[1]];
  const out = gcoord.transform([position[0], position[1]] as Pos, gcoord.WGS84, GCOORD_CRS[to]);
  return [out[0], out[1]];
}

/** Deep-copies a nested coordinate array (any depth) converting every position; input untouched. */
export function convertCoordinates<T>(coords: T, from: ImportCrs): T {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node) && node.length >= 2 && typeof node[0] === 'number' && typeof node[1] === 'number') {
      return toWgs84([node[0], node[1]], from);
    }
    return Array.isArray(node) ? node.map(walk) : node;
  };
  return walk(coords) as T;
}
