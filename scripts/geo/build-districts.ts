import fs from 'node:fs';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import gcoord from 'gcoord';
import mapshaper from 'mapshaper';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { DistrictPropertiesSchema, type DistrictProperties, type TownProperties } from '../../src/schema/geo';
import { byStringKey, roundCoord, roundPosition } from './geojson-output';
import { INPUT, SOURCE_VERSION } from './geo-paths';

type Shape = Polygon | MultiPolygon;
export type DistrictPolygonFeature = Feature<Shape, DistrictProperties>;
export type DistrictFeature = Feature<Shape | Point, DistrictProperties>;

/** The seven administrative units: the source must hold exactly these ids with these Chinese names. */
export const ADMIN_UNITS: Readonly<Record<string, Pick<DistrictProperties, 'name_zh' | 'name_en' | 'kind'>>> = {
  '320205': { name_zh: '锡山区', name_en: 'Xishan District', kind: 'district' },
  '320206': { name_zh: '惠山区', name_en: 'Huishan District', kind: 'district' },
  '320211': { name_zh: '滨湖区', name_en: 'Binhu District', kind: 'district' },
  '320213': { name_zh: '梁溪区', name_en: 'Liangxi District', kind: 'district' },
  '320214': { name_zh: '新吴区', name_en: 'Xinwu District', kind: 'district' },
  '320281': { name_zh: '江阴市', name_en: 'Jiangyin (county-level city)', kind: 'county_city' },
  '320282': { name_zh: '宜兴市', name_en: 'Yixing (county-level city)', kind: 'county_city' },
};

/**
 * mapshaper pipeline, all topology-aware so shared borders stay shared:
 * clean (self-overlaps of the 1/1024° staircase and small overlaps between neighbours), drop the resulting
 * fragments under 1 km², clean again (fills the gaps they leave), simplify to a 30 m resolution (≈ 1 px at
 * zoom 12 is 33 m here; the source itself is quantised to ~100 m), and write RFC 7946 winding with 6 decimals.
 */
export const SIMPLIFY_COMMANDS =
  '-clean -filter-slivers min-area=1km2 -clean -simplify interval=30 keep-shapes -clean';

const DISTRICT_SOURCE =
  `${SOURCE_VERSION.echarts} (npm, MIT package; AutoNavi-derived boundary whose data rights are unclear): ` +
  'GCJ-02 converted to WGS84 with gcoord, cleaned and simplified with mapshaper (30 m). See geo/SOURCES.md.';

export function readRawDistricts(file: string = INPUT.districtsGcj02): FeatureCollection<Shape> {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as FeatureCollection<Shape>;
}

/** Checks the source holds exactly the seven current units (no 崇安/南长/北塘) under the expected names. */
export function checkSourceUnits(raw: FeatureCollection<Shape>): void {
  const found = raw.features.map((f) => `${String(f.id)}:${String((f.properties as { name?: string } | null)?.name)}`).sort();
  const expected = Object.entries(ADMIN_UNITS).map(([id, u]) => `${id}:${u.name_zh}`).sort();
  if (JSON.stringify(found) !== JSON.stringify(expected)) {
    throw new Error(`district source: expected ${expected.join(' ')}, found ${found.join(' ')}`);
  }
}

/** GCJ-02 → WGS84 on a deep copy (gcoord mutates its input); keeps only the adcode as a property. */
export function districtsToWgs84(raw: FeatureCollection<Shape>): FeatureCollection<Shape, { adcode: string }> {
  const copy: FeatureCollection<Shape, { adcode: string }> = {
    type: 'FeatureCollection',
    features: raw.features.map((f) => ({
      type: 'Feature',
      properties: { adcode: String(f.id) },
      geometry: structuredClone(f.geometry),
    })),
  };
  // gcoord's own GeoJSON types do not accept @types/geojson collections; the shape is the same.
  return gcoord.transform(copy as never, gcoord.GCJ02, gcoord.WGS84) as unknown as typeof copy;
}

const samePos = (a: Position, b: Position): boolean => a[0] === b[0] && a[1] === b[1];

/**
 * Removes zero-width spikes (a vertex where the ring turns back on itself along the same line). mapshaper keeps
 * ring start points fixed, so a staircase step at a ring's start can survive simplification as such a spike,
 * which counts as a self-intersection.
 */
export function removeSpikes(ring: Position[]): Position[] {
  const open = ring.slice(0, -1);
  let changed = true;
  while (changed && open.length > 3) {
    changed = false;
    for (let i = 0; i < open.length; i++) {
      const prev = open[(i - 1 + open.length) % open.length];
      const cur = open[i];
      const next = open[(i + 1) % open.length];
      if (!prev || !cur || !next) continue;
      const ax = (cur[0] ?? 0) - (prev[0] ?? 0);
      const ay = (cur[1] ?? 0) - (prev[1] ?? 0);
      const bx = (next[0] ?? 0) - (cur[0] ?? 0);
      const by = (next[1] ?? 0) - (cur[1] ?? 0);
      const cross = ax * by - ay * bx;
      const dot = ax * bx + ay * by;
      const lengths = Math.hypot(ax, ay) * Math.hypot(bx, by);
      const backtrack = dot < 0 && Math.abs(cross) <= 1e-3 * lengths;
      if (samePos(prev, cur) || samePos(prev, next) || backtrack) {
        open.splice(i, 1);
        changed = true;
        break;
      }
    }
  }
  const first = open[0];
  return first ? [...open, first] : [];
}

function despike(shape: Shape): Shape {
  if (shape.type === 'Polygon') return { type: 'Polygon', coordinates: shape.coordinates.map(removeSpikes) };
  return { type: 'MultiPolygon', coordinates: shape.coordinates.map((p) => p.map(removeSpikes)) };
}

async function runMapshaper(commands: string, input: unknown, extra: Record<string, string> = {}): Promise<FeatureCollection> {
  const out = await mapshaper.applyCommands(`-i in.json ${commands} -o out.json format=geojson rfc7946 precision=0.000001`, {
    'in.json': JSON.stringify(input),
    ...extra,
  });
  return JSON.parse(String(out['out.json'])) as FeatureCollection;
}

/** The seven unit polygons, WGS84, simplified, with label points on land (outside `water`), sorted by id. */
export async function buildDistrictPolygons(
  raw: FeatureCollection<Shape>,
  water: FeatureCollection<Shape>,
): Promise<DistrictPolygonFeature[]> {
  checkSourceUnits(raw);
  const simplified = await runMapshaper(SIMPLIFY_COMMANDS, districtsToWgs84(raw));
  const shapes = new Map<string, Shape>();
  for (const f of simplified.features) {
    const adcode = String((f.properties as { adcode?: string } | null)?.adcode);
    if (f.geometry?.type !== 'Polygon' && f.geometry?.type !== 'MultiPolygon') {
      throw new Error(`district ${adcode}: mapshaper returned ${f.geometry?.type ?? 'no geometry'}`);
    }
    shapes.set(adcode, despike(f.geometry));
  }
  // Interior label points: mapshaper's "inner" point (a pole-of-inaccessibility search) of each unit's largest
  // ring after erasing lake/river water, so that 滨湖区 and 宜兴市 (whose polygons include Tai Hu) are labelled
  // on land, and district-precision parks are not put in the lake.
  const labelInput: FeatureCollection = {
    type: 'FeatureCollection',
    features: [...shapes].map(([adcode, geometry]) => ({ type: 'Feature', properties: { adcode }, geometry })),
  };
  const labels = await runMapshaper('-erase water.json -points inner', labelInput, { 'water.json': JSON.stringify(water) });
  const labelOf = new Map(
    labels.features.map((f) => [String((f.properties as { adcode?: string }).adcode), (f.geometry as Point).coordinates]),
  );

  const features: DistrictPolygonFeature[] = [];
  for (const [adcode, unit] of Object.entries(ADMIN_UNITS)) {
    const geometry = shapes.get(adcode);
    const label = labelOf.get(adcode);
    if (!geometry || !label) throw new Error(`district ${adcode}: missing after simplification`);
    const label_point = roundPosition(label);
    if (!booleanPointInPolygon(label_point, geometry)) throw new Error(`district ${adcode}: label point outside polygon`);
    const properties = DistrictPropertiesSchema.parse({
      id: adcode,
      ...unit,
      precision: 'exact',
      source: DISTRICT_SOURCE,
      label_point,
    });
    features.push({ type: 'Feature', properties, geometry });
  }
  return features.sort(byStringKey((f) => f.properties.id));
}

/** The streets whose seat points place 无锡经开区 (both legally in 滨湖区). */
export const WXJK_ANCHOR_TOWNS = ['320211006000', '320211007000'] as const; // 华庄街道, 太湖街道

/**
 * 无锡经开区 has no open boundary data, so it is a Point: the midpoint of the 华庄街道 and 太湖街道 seat points.
 * It must fall inside 滨湖区, which legally still contains both streets.
 */
export function buildWxjk(
  towns: FeatureCollection<Point, TownProperties>,
  binhu: DistrictPolygonFeature,
): Feature<Point, DistrictProperties> {
  const anchors = WXJK_ANCHOR_TOWNS.map((code) => {
    const town = towns.features.find((t) => t.properties.code === code);
    if (!town) throw new Error(`wxjk: anchor town ${code} missing from towns`);
    return town;
  });
  const [a, b] = anchors.map((t) => t.geometry.coordinates) as [Position, Position];
  const point: [number, number] = [roundCoord(((a[0] ?? 0) + (b[0] ?? 0)) / 2), roundCoord(((a[1] ?? 0) + (b[1] ?? 0)) / 2)];
  if (!booleanPointInPolygon(point, binhu)) throw new Error('wxjk: approximate point is not inside 滨湖区 (320211)');
  const names = anchors.map((t) => t.properties.name_zh).join('、');
  const properties = DistrictPropertiesSchema.parse({
    id: 'wxjk',
    name_zh: '无锡经开区',
    name_en: 'Wuxi Economic Development Zone',
    kind: 'functional_zone',
    precision: 'approximate',
    source:
      `Approximate point, not a boundary: 无锡经开区 is a functional zone with no published open boundary data. ` +
      `Placed midway between the seat points of ${names} (${SOURCE_VERSION.adcode}, CC BY 4.0, GCJ-02 → WGS84), ` +
      'the 滨湖区 streets associated with the zone. See geo/SOURCES.md.',
    label_point: point,
  });
  return { type: 'Feature', properties, geometry: { type: 'Point', coordinates: point } };
}
