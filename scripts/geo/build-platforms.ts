/**
 * data/platforms.json → geo/platforms.geojson: one point per platform whose board is known, at its town seat
 * (precision town) or at its board's label point (precision board). Platforms known only as "in Wuxi" get no
 * point. Reads the geo build's outputs (towns, districts), never a source coordinate of its own.
 * Run: `npm run build:platforms`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Feature, FeatureCollection, Point } from 'geojson';
import {
  PlatformPointPropertiesSchema,
  PlatformRegisterSchema,
  type DistrictProperties,
  type PlatformPointProperties,
  type PlatformRecord,
  type TownProperties,
} from '../../src/schema';
import { renderFeatureCollection, roundPosition } from './geojson-output';
import { GEO_DIR, ROOT } from './geo-paths';

export const PLATFORM_POINTS_FILE = path.join(GEO_DIR, 'platforms.geojson');

export function buildPlatformPoints(
  register: readonly PlatformRecord[],
  towns: FeatureCollection<Point, TownProperties>,
  boards: readonly DistrictProperties[],
): FeatureCollection<Point, PlatformPointProperties> {
  const townByCode = new Map(towns.features.map((t) => [t.properties.code, t]));
  const boardById = new Map(boards.map((b) => [b.id, b]));
  const features: Feature<Point, PlatformPointProperties>[] = [];
  for (const p of [...register].sort((a, b) => a.id.localeCompare(b.id))) {
    if (p.board === null) continue;
    const board = boardById.get(p.board);
    if (!board) throw new Error(`platform ${p.id}: board "${p.board}" has no feature in geo/districts.geojson`);
    let properties: PlatformPointProperties;
    let coordinates: [number, number];
    if (p.town) {
      const town = townByCode.get(p.town.code);
      if (!town) throw new Error(`platform ${p.id}: town ${p.town.code} (${p.town.name_zh}) is not in geo/towns.geojson`);
      if (town.properties.name_zh !== p.town.name_zh) {
        throw new Error(`platform ${p.id}: town.name_zh "${p.town.name_zh}" does not match ${p.town.code} "${town.properties.name_zh}"`);
      }
      coordinates = roundPosition(town.geometry.coordinates);
      properties = {
        id: p.id,
        precision: 'town',
        position_basis: `${p.town.name_zh}中心点（乡镇/街道驻地坐标，来源 Vonng/adcode）`,
        position_basis_en: `centre of ${p.town.name_zh} (town/street seat point, Vonng/adcode)`,
      };
    } else {
      coordinates = roundPosition(board.label_point);
      properties = {
        id: p.id,
        precision: 'board',
        position_basis: `具体位置不详，置于${board.name_zh}标注点`,
        position_basis_en: `exact site not known; placed at the label point of ${board.name_en}`,
      };
    }
    features.push({ type: 'Feature', properties: PlatformPointPropertiesSchema.parse(properties), geometry: { type: 'Point', coordinates } });
  }
  return { type: 'FeatureCollection', features };
}

/** Reads the register and the geo outputs from the repository and renders the file's text. */
export function renderPlatformPoints(root = ROOT): string {
  const read = (...parts: string[]): unknown => JSON.parse(fs.readFileSync(path.join(root, ...parts), 'utf8'));
  const register = PlatformRegisterSchema.parse(read('data', 'platforms.json'));
  const towns = read('geo', 'towns.geojson') as FeatureCollection<Point, TownProperties>;
  const districts = read('geo', 'districts.geojson') as FeatureCollection<Point, DistrictProperties>;
  return renderFeatureCollection(buildPlatformPoints(register, towns, districts.features.map((f) => f.properties)));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  fs.writeFileSync(PLATFORM_POINTS_FILE, renderPlatformPoints());
  console.log(`wrote ${path.relative(ROOT, PLATFORM_POINTS_FILE)}`);
}
