import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertCoordinates, fromWgs84, toWgs84 } from '../../src/import/validate/crs';
import { crsHint } from '../../src/import/validate/crs-hint';
import { createContainment } from '../../src/import/validate/containment';
import { syntheticDistricts } from '../../scripts/fixtures/synthetic';

const wuxi = fc.tuple(fc.double({ min: 119.5, max: 120.6, noNaN: true }), fc.double({ min: 31.1, max: 32.0, noNaN: true }));

describe('CRS conversion', () => {
  it('round-trips WGS84 → GCJ-02/BD-09 → WGS84 within 1 m over Wuxi', () => {
    fc.assert(
      fc.property(wuxi, fc.constantFrom('gcj02' as const, 'bd09' as const), ([lon, lat], crs) => {
        const back = toWgs84(fromWgs84([lon, lat], crs), crs);
        expect(Math.abs(back[0] - lon)).toBeLessThan(1e-5);
        expect(Math.abs(back[1] - lat)).toBeLessThan(1e-5);
      }),
      { numRuns: 500 },
    );
  });

  it('shifts GCJ-02 by a few hundred metres in Wuxi (not zero, not kilometres)', () => {
    const [lon, lat] = toWgs84([120.3, 31.57], 'gcj02');
    const metres = Math.hypot((lon - 120.3) * 95000, (lat - 31.57) * 111000);
    expect(metres).toBeGreaterThan(200);
    expect(metres).toBeLessThan(1000);
  });

  it('never mutates its input (gcoord mutates arrays it is given)', () => {
    const coords = [[[120.3, 31.5], [120.4, 31.5], [120.4, 31.6], [120.3, 31.5]]];
    const copy = structuredClone(coords);
    const out = convertCoordinates(coords, 'gcj02');
    expect(coords).toEqual(copy);
    expect(out).not.toEqual(coords);
    const p: [number, number] = [120.3, 31.5];
    toWgs84(p, 'bd09');
    expect(p).toEqual([120.3, 31.5]);
  });
});

describe('CRS hint', () => {
  const containment = createContainment(syntheticDistricts());
  const squares = syntheticDistricts().features.map((f) => f.geometry.coordinates[0]!);
  // Points just inside the east edge of each square in WGS84, written out as GCJ-02 (≈ 0.005° east): read as
  // WGS84 they fall outside; read as GCJ-02 they land inside. This is what a mis-declared AutoNavi export looks like.
  const samples = squares.flatMap((ring) => {
    const east = ring[1]![0]!;
    const south = ring[0]![1]!;
    return [0.2, 0.5, 0.8].map((f) => ({ raw: fromWgs84([east - 0.002, south + f * 0.07], 'gcj02'), board: null }));
  });

  it('suggests GCJ-02 when the file was read as WGS84', () => {
    const hint = crsHint(samples, 'wgs84', containment);
    expect(hint?.suggested).toBe('gcj02');
    expect(hint!.fitSuggested).toBeGreaterThan(hint!.fitChosen);
  });

  it('stays quiet when the chosen CRS fits', () => {
    expect(crsHint(samples, 'gcj02', containment)).toBeNull();
  });
});
