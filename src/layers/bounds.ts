/** Lon/lat bounding box of every coordinate in a feature collection; null when it has none. */
import type { FeatureCollection, Geometry, Position } from 'geojson';

export type LngLatBox = [[number, number], [number, number]];

function* positions(g: Geometry): Generator<Position> {
  switch (g.type) {
    case 'Point':
      yield g.coordinates;
      break;
    case 'MultiPoint':
    case 'LineString':
      yield* g.coordinates;
      break;
    case 'MultiLineString':
    case 'Polygon':
      for (const part of g.coordinates) yield* part;
      break;
    case 'MultiPolygon':
      for (const poly of g.coordinates) for (const ring of poly) yield* ring;
      break;
    case 'GeometryCollection':
      for (const child of g.geometries) yield* positions(child);
      break;
  }
}

export function boundsOf(fc: FeatureCollection): LngLatBox | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const f of fc.features) {
    if (!f.geometry) continue;
    for (const [x, y] of positions(f.geometry)) {
      if (x! < minX) minX = x!;
      if (x! > maxX) maxX = x!;
      if (y! < minY) minY = y!;
      if (y! > maxY) maxY = y!;
    }
  }
  return Number.isFinite(minX) ? [[minX, minY], [maxX, maxY]] : null;
}

/**
 * Padding for fitting Wuxi on a phone: the bottom sheet's collapsed strip (84 px, src/styles/index.css) plus the
 * scale bar and a margin below; room for the zoom buttons on the right.
 */
export const PHONE_FIT_PADDING = { top: 16, bottom: 120, left: 14, right: 52 } as const;
