import fs from 'node:fs';
import path from 'node:path';
import * as gjv from 'geojson-validation';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
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
    expect(files).toEqual(expect.arrayContaining(['districts.geojson', 'towns.geojson', 'water.geojson']));
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
