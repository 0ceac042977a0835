/** The lon/lat box around the imported records the map shows (projects and zones), for "zoom to my data". */
import type { ImportedZone } from '../schema';
import type { FitBox } from '../store';
import type { ProjectIndex } from './project-index';
import { boundsOf } from '../layers/bounds';

export function importedBounds(index: ProjectIndex | null, zones: readonly ImportedZone[]): FitBox | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const add = (x: number, y: number) => {
    if (!Number.isFinite(x) || !Number.isFinite(y)) return;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  };
  if (index) for (let i = 0; i < index.count; i++) add(index.positions[i * 2]!, index.positions[i * 2 + 1]!);
  const zoneBox = boundsOf({ type: 'FeatureCollection', features: zones.map((z) => ({ type: 'Feature', geometry: z.geometry, properties: {} })) });
  if (zoneBox) {
    add(zoneBox[0][0], zoneBox[0][1]);
    add(zoneBox[1][0], zoneBox[1][1]);
  }
  return Number.isFinite(minX) ? [[minX, minY], [maxX, maxY]] : null;
}
