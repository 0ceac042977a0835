import fs from 'node:fs';
import rewind from '@turf/rewind';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { WaterPropertiesSchema, type WaterProperties } from '../../src/schema/geo';
import { byStringKey, roundGeometry } from './geojson-output';
import { INPUT, SOURCE_VERSION } from './geo-paths';

type Shape = Polygon | MultiPolygon;
export type WaterFeature = Feature<Shape, WaterProperties>;

interface WaterPick {
  file: string;
  /** Natural Earth feature class and name that identify the feature in the extract. */
  featurecla: string;
  neName: string | null;
  properties: Omit<WaterProperties, 'source'>;
  layer: string;
  note: string;
}

const PICKS: WaterPick[] = [
  {
    file: INPUT.neLakes,
    featurecla: 'Lake',
    neName: 'Tai Hu',
    layer: 'ne_10m_lakes',
    note: 'lake polygon',
    properties: { id: 'tai_hu', name_zh: '太湖', name_en: 'Tai Hu (Lake Tai)', kind: 'lake' },
  },
  {
    file: INPUT.neLakes,
    featurecla: 'Lake',
    neName: 'Ge Hu',
    layer: 'ne_10m_lakes',
    note: 'lake polygon (on the Yixing–Changzhou edge)',
    properties: { id: 'ge_hu', name_zh: '滆湖', name_en: 'Ge Hu (Lake Ge)', kind: 'lake' },
  },
  {
    // Natural Earth models the lower Yangtze as part of the ocean (estuary) polygon; its river centre line
    // stops near 119.6° E, west of Wuxi. The ocean polygon clipped to the Wuxi box is the river's water area.
    file: INPUT.neOcean,
    featurecla: 'Ocean',
    neName: null,
    layer: 'ne_10m_ocean',
    note: 'water-area polygon: the estuary part of the ocean polygon, clipped to the Wuxi box',
    properties: { id: 'yangtze', name_zh: '长江', name_en: 'Yangtze River (Chang Jiang)', kind: 'river' },
  },
];

interface NeProperties {
  featurecla?: string;
  name?: string | null;
}

export function buildWater(): FeatureCollection<Shape, WaterProperties> {
  const cache = new Map<string, FeatureCollection<Shape, NeProperties>>();
  const read = (file: string): FeatureCollection<Shape, NeProperties> => {
    const hit = cache.get(file) ?? (JSON.parse(fs.readFileSync(file, 'utf8')) as FeatureCollection<Shape, NeProperties>);
    cache.set(file, hit);
    return hit;
  };
  const features: WaterFeature[] = PICKS.map((pick) => {
    const matches = read(pick.file).features.filter(
      (f) => f.properties.featurecla === pick.featurecla && (pick.neName === null || f.properties.name === pick.neName),
    );
    if (matches.length !== 1 || !matches[0]) {
      throw new Error(`water ${pick.properties.id}: expected 1 ${pick.featurecla} "${pick.neName}" in ${pick.file}, found ${matches.length}`);
    }
    const properties = WaterPropertiesSchema.parse({
      ...pick.properties,
      source: `Natural Earth 10 m ${pick.layer} (public domain), via ${SOURCE_VERSION.naturalEarth}: ${pick.note}; clipped to the Wuxi box.`,
    });
    // RFC 7946 winding (exterior counter-clockwise); rounding to 6 decimals as every geo/ file.
    const geometry = rewind(roundGeometry(matches[0].geometry)) as Shape;
    return { type: 'Feature', properties, geometry };
  });
  return { type: 'FeatureCollection', features: features.sort(byStringKey((f) => f.properties.id)) };
}
