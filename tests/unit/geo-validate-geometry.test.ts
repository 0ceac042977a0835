import type { FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  checkCoordinates,
  checkRingClosure,
  checkSelfIntersections,
  checkUniqueIds,
  checkWinding,
  validateGeometry,
} from '../../src/geo/validate-geometry';

const fc = (...geometries: Array<Geometry | null>): FeatureCollection<Geometry | null> => ({
  type: 'FeatureCollection',
  features: geometries.map((geometry, i) => ({ type: 'Feature', properties: { id: `f${i}` }, geometry })),
});

// A small counter-clockwise square in Wuxi.
const ccw = [
  [120.3, 31.5],
  [120.31, 31.5],
  [120.31, 31.51],
  [120.3, 31.51],
  [120.3, 31.5],
];

describe('validate-geometry', () => {
  it('accepts a clean polygon', () => {
    expect(validateGeometry(fc({ type: 'Polygon', coordinates: [ccw] }))).toEqual([]);
  });

  it('reports NaN, null and out-of-box coordinates, and swapped lon/lat', () => {
    const problems = checkCoordinates(
      fc(
        { type: 'Point', coordinates: [NaN, 31.5] },
        { type: 'Point', coordinates: [31.5, 120.3] },
        { type: 'Point', coordinates: [116.4, 39.9] },
        null,
      ),
    );
    expect(problems.map((p) => p.featureIndex)).toEqual([0, 1, 2, 3]);
    expect(problems[1]?.message).toMatch(/swapped/);
    expect(problems[2]?.message).toMatch(/outside/);
  });

  it('reports unclosed and too-short rings', () => {
    const open = ccw.slice(0, -1);
    const problems = checkRingClosure(fc({ type: 'Polygon', coordinates: [open] }, { type: 'Polygon', coordinates: [ccw.slice(0, 3)] }));
    expect(problems).toHaveLength(2);
    expect(problems[0]?.field).toBe('geometry.coordinates[0]');
  });

  it('reports clockwise exterior rings and counter-clockwise holes', () => {
    const cw = [...ccw].reverse();
    const hole = [
      [120.302, 31.502],
      [120.304, 31.502],
      [120.304, 31.504],
      [120.302, 31.504],
      [120.302, 31.502],
    ];
    const problems = checkWinding(fc({ type: 'Polygon', coordinates: [cw] }, { type: 'MultiPolygon', coordinates: [[ccw, hole]] }));
    expect(problems.map((p) => [p.featureIndex, p.field])).toEqual([
      [0, 'geometry.coordinates[0]'],
      [1, 'geometry.coordinates[0][1]'],
    ]);
  });

  it('reports self-intersections (bow tie)', () => {
    const bowTie = [
      [120.3, 31.5],
      [120.31, 31.51],
      [120.31, 31.5],
      [120.3, 31.51],
      [120.3, 31.5],
    ];
    expect(checkSelfIntersections(fc({ type: 'Polygon', coordinates: [bowTie] }))).toHaveLength(1);
  });

  it('reports missing and duplicate ids', () => {
    const collection = fc({ type: 'Point', coordinates: [120.3, 31.5] }, { type: 'Point', coordinates: [120.3, 31.5] });
    collection.features[1]!.properties = { id: 'f0' };
    collection.features.push({ type: 'Feature', properties: {}, geometry: null });
    expect(checkUniqueIds(collection).map((p) => p.featureIndex)).toEqual([1, 2]);
  });
});
