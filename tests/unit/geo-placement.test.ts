import area from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import intersect from '@turf/intersect';
import { featureCollection } from '@turf/helpers';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { DistrictPropertiesSchema, ParkPropertiesSchema, TownPropertiesSchema } from '../../src/schema/geo';
import { KNOWN_TOWNS_OUTSIDE, townsOutsideTheirDistrict } from '../../scripts/geo/build-towns';
import { readGeoOutputs } from '../../scripts/geo/read-geo-outputs';

const outputs = readGeoOutputs();
type Shape = Polygon | MultiPolygon;
const districts = outputs.districts.features.map((f) => ({ ...f, properties: DistrictPropertiesSchema.parse(f.properties) }));
const polygons = districts.filter((f): f is typeof f & Feature<Shape> => f.geometry?.type !== 'Point');
const polygonOf = (id: string): Feature<Shape> => {
  const found = polygons.find((d) => d.properties.id === id);
  if (!found) throw new Error(`no polygon ${id}`);
  return found;
};

describe('district geometry', () => {
  it('every label point lies inside its unit (wxjk: inside 滨湖区)', () => {
    for (const d of districts) {
      const target = d.properties.id === 'wxjk' ? polygonOf('320211') : polygonOf(d.properties.id);
      expect(booleanPointInPolygon(d.properties.label_point, target), d.properties.id).toBe(true);
    }
  });

  it('label points are on land (not in Tai Hu or other water), so district-placed parks are too', () => {
    for (const d of districts) {
      for (const w of outputs.water.features as Array<Feature<Shape>>) {
        expect(booleanPointInPolygon(d.properties.label_point, w), `${d.properties.id} in ${String(w.properties?.id)}`).toBe(false);
      }
    }
  });

  it('wxjk is a point inside 滨湖区', () => {
    const wxjk = districts.find((d) => d.properties.id === 'wxjk');
    expect(wxjk?.geometry?.type).toBe('Point');
    expect(booleanPointInPolygon((wxjk?.geometry as Point).coordinates, polygonOf('320211'))).toBe(true);
  });

  it('neighbouring units do not overlap (shared borders stayed shared)', () => {
    for (let i = 0; i < polygons.length; i++) {
      for (let j = i + 1; j < polygons.length; j++) {
        const a = polygons[i];
        const b = polygons[j];
        if (!a || !b) continue;
        const overlap = intersect(featureCollection([a, b]));
        const m2 = overlap ? area(overlap) : 0;
        expect(m2, `${a.properties.id} × ${b.properties.id}`).toBeLessThan(1000);
      }
    }
  });
});

describe('points inside their boards', () => {
  it('every town lies in its own district, apart from the listed exceptions', () => {
    const towns = {
      type: 'FeatureCollection' as const,
      features: outputs.towns.features.map((f) => ({
        ...(f as Feature<Point>),
        properties: TownPropertiesSchema.parse(f.properties),
      })),
    };
    const outside = townsOutsideTheirDistrict(towns, polygons);
    expect(outside.map((t) => t.code).sort()).toEqual([...KNOWN_TOWNS_OUTSIDE].sort());
  });

  it('every park lies in its board polygon (wxjk → 滨湖区 320211)', () => {
    for (const f of outputs.parks?.features ?? []) {
      const p = ParkPropertiesSchema.parse(f.properties);
      const target = polygonOf(p.board === 'wxjk' ? '320211' : p.board);
      expect(booleanPointInPolygon((f.geometry as Point).coordinates, target), p.id).toBe(true);
    }
  });
});
