import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

/** 6 decimals ≈ 0.1 m: far below the sources' own accuracy, and fixed so rebuilds are byte-identical. */
export const COORD_DECIMALS = 6;
const SCALE = 10 ** COORD_DECIMALS;

export const roundCoord = (value: number): number => {
  const rounded = Math.round(value * SCALE) / SCALE;
  return Object.is(rounded, -0) ? 0 : rounded;
};

export const roundPosition = (p: Position): [number, number] => [roundCoord(p[0] ?? NaN), roundCoord(p[1] ?? NaN)];

export function roundGeometry<G extends Geometry>(geometry: G): G {
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', coordinates: roundPosition(geometry.coordinates) } as unknown as G;
    case 'MultiPoint':
    case 'LineString':
      return { type: geometry.type, coordinates: geometry.coordinates.map(roundPosition) } as unknown as G;
    case 'MultiLineString':
    case 'Polygon':
      return { type: geometry.type, coordinates: geometry.coordinates.map((l) => l.map(roundPosition)) } as unknown as G;
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((p) => p.map((r) => r.map(roundPosition))) } as unknown as G;
    default:
      throw new Error(`unsupported geometry type ${geometry.type}`);
  }
}

/**
 * One feature per line (diff-friendly), features in the order given (callers sort them), properties in the
 * order the builder wrote them. The same input always gives the same bytes.
 */
export function renderFeatureCollection(fc: FeatureCollection): string {
  const lines = fc.features.map((f: Feature) =>
    JSON.stringify({ type: 'Feature', properties: f.properties, geometry: roundGeometry(f.geometry) }),
  );
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

/** Number of positions in a geometry (closing positions included). */
export function countVertices(geometry: Geometry): number {
  switch (geometry.type) {
    case 'Point':
      return 1;
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates.length;
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.reduce((n, l) => n + l.length, 0);
    case 'MultiPolygon':
      return geometry.coordinates.reduce((n, p) => n + p.reduce((m, r) => m + r.length, 0), 0);
    case 'GeometryCollection':
      return geometry.geometries.reduce((n, g) => n + countVertices(g), 0);
  }
}

export const byStringKey =
  <T>(key: (item: T) => string) =>
  (a: T, b: T): number => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  };
