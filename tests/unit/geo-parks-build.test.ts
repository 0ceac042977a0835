import type { FeatureCollection, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { ParkRecordSchema, TownPropertiesSchema, type ParkRecord } from '../../src/schema/geo';
import { type DistrictFeature } from '../../scripts/geo/build-districts';
import { buildParks, ParkPlacementError } from '../../scripts/geo/build-parks';
import { readGeoOutputs } from '../../scripts/geo/read-geo-outputs';

// Synthetic register records against the real towns and districts.
const { towns, districts } = readGeoOutputs();
const townCollection = towns as FeatureCollection<Point, ReturnType<typeof TownPropertiesSchema.parse>>;
const districtFeatures = districts.features as DistrictFeature[];

const park = (overrides: Partial<ParkRecord>): ParkRecord =>
  ParkRecordSchema.parse({
    id: 'test_park',
    name_zh: '测试园',
    name_en: 'Test Park',
    aliases_zh: [],
    board: '320211',
    category: 'future_park',
    status: 'existing',
    lead_industries: [],
    sources: [{ document: 'wp2024', section: '附件1' }],
    placement: { method: 'district' },
    ...overrides,
  });

describe('buildParks', () => {
  it('places by town, district and site, with matching precision', () => {
    const out = buildParks(
      [
        park({ id: 'b_town', placement: { method: 'town', town_code: '320211006', town_zh: '华庄街道' } }),
        park({ id: 'a_district', board: 'wxjk' }),
        park({
          id: 'c_site',
          placement: { method: 'site', lon: 120.3, lat: 31.5, crs: 'gcj02', basis_zh: '测试', basis_en: 'test', reference: 'synthetic' },
        }),
      ],
      townCollection,
      districtFeatures,
    );
    expect(out.features.map((f) => [f.properties.id, f.properties.precision])).toEqual([
      ['a_district', 'district'],
      ['b_town', 'town'],
      ['c_site', 'site'],
    ]);
    const huazhuang = townCollection.features.find((t) => t.properties.code === '320211006000');
    expect(out.features[1]?.geometry.coordinates).toEqual(huazhuang?.geometry.coordinates);
    // GCJ-02 input is moved to WGS84 (west-south-west by roughly 0.0046°, 0.0019° around Wuxi).
    const [lon, lat] = out.features[2]?.geometry.coordinates ?? [];
    expect(lon).toBeCloseTo(120.2954, 3);
    expect(lat).toBeCloseTo(31.5019, 3);
  });

  it('fails loudly, naming the park and field, for an unknown town code', () => {
    const bad = park({ id: 'bad_town', placement: { method: 'town', town_code: '320211999000', town_zh: '不存在街道' } });
    expect(() => buildParks([bad], townCollection, districtFeatures)).toThrow(ParkPlacementError);
    expect(() => buildParks([bad], townCollection, districtFeatures)).toThrow(/bad_town.*town_code/);
  });

  it('fails loudly when the point is outside its board', () => {
    // 华庄街道 is in 滨湖区, not 江阴.
    const bad = park({ id: 'wrong_board', board: '320281', placement: { method: 'town', town_code: '320211006000', town_zh: '华庄街道' } });
    expect(() => buildParks([bad], townCollection, districtFeatures)).toThrow(/wrong_board.*outside board 320281/);
  });
});
