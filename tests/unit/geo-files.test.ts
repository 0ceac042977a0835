import fs from 'node:fs';
import path from 'node:path';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import * as gjv from 'geojson-validation';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  CommunityPropertiesSchema,
  DistrictPropertiesSchema,
  ParkPropertiesSchema,
  TownPropertiesSchema,
  WaterPropertiesSchema,
} from '../../src/schema/geo';
import { checkUniqueIds, validateGeometry } from '../../src/geo/validate-geometry';
import { GEO_DIR, INPUT } from '../../scripts/geo/geo-paths';
import { readGeoOutputs } from '../../scripts/geo/read-geo-outputs';

const outputs = readGeoOutputs();

describe('every file in geo/', () => {
  const files = fs.readdirSync(GEO_DIR).filter((f) => f.endsWith('.geojson'));

  it('holds the expected outputs', () => {
    expect(files).toEqual(expect.arrayContaining(['districts.geojson', 'towns.geojson', 'water.geojson', 'communities.geojson']));
  });

  it.each(files)('%s is valid GeoJSON with clean geometry', (file) => {
    const fc = JSON.parse(fs.readFileSync(path.join(GEO_DIR, file), 'utf8')) as unknown;
    expect(gjv.isFeatureCollection(fc, true)).toEqual([]);
    expect(validateGeometry(fc as Parameters<typeof validateGeometry>[0])).toEqual([]);
  });
});

function expectProperties(fc: { features: Array<{ properties: unknown }> }, schema: z.ZodType): void {
  for (const f of fc.features) {
    const result = schema.safeParse(f.properties);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  }
}

describe('districts.geojson', () => {
  it('has the seven units and wxjk, each once, with schema-valid properties', () => {
    expectProperties(outputs.districts, DistrictPropertiesSchema);
    expect(checkUniqueIds(outputs.districts)).toEqual([]);
    const ids = outputs.districts.features.map((f) => (f.properties as { id: string }).id);
    expect([...ids].sort()).toEqual(['320205', '320206', '320211', '320213', '320214', '320281', '320282', 'wxjk']);
  });

  it('marks only wxjk approximate, as a functional zone whose source says so', () => {
    for (const f of outputs.districts.features) {
      const p = DistrictPropertiesSchema.parse(f.properties);
      if (p.id === 'wxjk') {
        expect(p.precision).toBe('approximate');
        expect(p.kind).toBe('functional_zone');
        expect(p.source).toMatch(/approximate/i);
      } else {
        expect(p.precision).toBe('exact');
        expect(f.geometry?.type).toMatch(/Polygon$/);
      }
    }
  });

  it('stays under 300 KB', () => {
    expect(fs.statSync(path.join(GEO_DIR, 'districts.geojson')).size).toBeLessThanOrEqual(300 * 1024);
  });
});

describe('towns.geojson, water.geojson, parks.geojson', () => {
  it('towns: schema-valid, unique codes', () => {
    expectProperties(outputs.towns, TownPropertiesSchema);
    expect(checkUniqueIds(outputs.towns, (f) => (f.properties as { code?: string } | null)?.code)).toEqual([]);
  });

  it('water: schema-valid, unique ids, Tai Hu and the Yangtze present', () => {
    expectProperties(outputs.water, WaterPropertiesSchema);
    expect(checkUniqueIds(outputs.water)).toEqual([]);
    const ids = outputs.water.features.map((f) => (f.properties as { id: string }).id);
    expect(ids).toEqual(expect.arrayContaining(['tai_hu', 'yangtze']));
  });

  it('parks: built exactly when data/parks.json exists; schema-valid, unique ids', () => {
    expect(outputs.parks !== null).toBe(fs.existsSync(INPUT.parkRegister));
    if (!outputs.parks) return;
    expectProperties(outputs.parks, ParkPropertiesSchema);
    expect(checkUniqueIds(outputs.parks)).toEqual([]);
  });
});

describe('communities.geojson', () => {
  const communities = outputs.communities.features as Array<Feature<Point, { code: string; board: string; label_zh: string }>>;
  const districts = new Map(
    outputs.districts.features
      .filter((f) => f.geometry?.type !== 'Point')
      .map((f) => [(f.properties as { id: string }).id, f as Feature<Polygon | MultiPolygon>]),
  );

  it('schema-valid, unique codes, several hundred points', () => {
    expectProperties(outputs.communities, CommunityPropertiesSchema);
    expect(checkUniqueIds(outputs.communities, (f) => (f.properties as { code?: string } | null)?.code)).toEqual([]);
    expect(communities.length).toBeGreaterThan(300);
  });

  it('every point lies inside its own district', () => {
    const outside = communities.filter((c) => !booleanPointInPolygon(c.geometry, districts.get(c.properties.board)!));
    expect(outside.map((c) => c.properties.code)).toEqual([]);
  });

  it('every point has a source entry with a point (none invented)', () => {
    const rows = new Map(
      fs.readFileSync(INPUT.communitiesGcj02, 'utf8').trim().split('\n').slice(1).map((l) => [l.split(',')[0], l.split(',')]),
    );
    for (const c of communities) {
      const row = rows.get(c.properties.code);
      expect(row?.[4], c.properties.code).not.toBe('');
    }
  });

  it('labels drop the committee suffix only', () => {
    const xuelang = communities.find((c) => c.properties.code === '320211008002');
    expect(xuelang?.properties.label_zh).toBe('长广社区');
    for (const c of communities) expect(c.properties.label_zh).not.toMatch(/委员?会$/);
  });
});
