import { readFileSync } from 'node:fs';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { createContainment } from '../../src/import/validate/containment';
import type { DistrictFeatures } from '../../src/import/validate/reference';
import { mulberry32 } from '../../scripts/bench/prng';

const districts = JSON.parse(readFileSync(new URL('../../geo/districts.geojson', import.meta.url), 'utf8')) as DistrictFeatures;
const polygons = districts.features.filter((f) => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon') as unknown as Array<
  Feature<Polygon | MultiPolygon, { id: string }>
>;

/** The answer the grid must reproduce: the first district, in file order, containing the point (boundary included). */
const plainLoop = (lon: number, lat: number) => polygons.find((f) => booleanPointInPolygon([lon, lat], f))?.properties.id ?? null;

describe('district containment grid', () => {
  it('answers exactly as a plain point-in-polygon loop over the real districts', () => {
    const containment = createContainment(districts);
    const [w, s, e, n] = containment.box;
    const random = mulberry32(7);
    const points: Array<[number, number]> = [];
    // Random points over the box (most land in cells no edge touches) …
    for (let i = 0; i < 20_000; i++) points.push([w + random() * (e - w), s + random() * (n - s)]);
    // … and points on the boundaries themselves: every 7th vertex and the middle of the edge after it.
    for (const f of polygons) {
      const rings = f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
      for (const ring of rings)
        for (let i = 0; i + 1 < ring.length; i += 7) {
          const [ax, ay] = ring[i] as [number, number];
          const [bx, by] = ring[i + 1] as [number, number];
          points.push([ax, ay], [(ax + bx) / 2, (ay + by) / 2]);
        }
    }
    // … and points a hair off the vertices (the edge cells' exact test reads only the edges of the point's row of cells).
    for (const f of polygons) {
      const rings = f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
      for (const ring of rings)
        for (let i = 3; i < ring.length; i += 11) {
          const [x, y] = ring[i] as [number, number];
          for (const d of [1e-12, 1e-9, 1e-6]) points.push([x + d, y], [x - d, y], [x, y + d], [x, y - d]);
        }
    }
    expect(points.length).toBeGreaterThan(21_000);
    const mismatches = points.filter(([x, y]) => containment.locate(x, y) !== plainLoop(x, y));
    expect(mismatches).toEqual([]);
    // The grid was used (it is built after the first 256 look-ups) and the points covered several districts.
    expect(new Set(points.slice(0, 2000).map(([x, y]) => containment.locate(x, y))).size).toBeGreaterThan(5);
  });
});
