import fs from 'node:fs';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import gcoord from 'gcoord';
import type { Feature, FeatureCollection, Point } from 'geojson';
import {
  ParkPropertiesSchema,
  ParkRegisterSchema,
  type ParkProperties,
  type ParkRecord,
  type TownProperties,
} from '../../src/schema/geo';
import type { BoardId } from '../../src/schema/common';
import type { DistrictFeature, DistrictPolygonFeature } from './build-districts';
import { byStringKey, roundPosition } from './geojson-output';
import { INPUT } from './geo-paths';
import { effectiveParkPositions } from '../../src/domain/effective-positions';
import type { StoredSite } from '../../src/schema';

export type ParkFeature = Feature<Point, ParkProperties>;

/** A placement that cannot be resolved: the message names the park id and the field. */
export class ParkPlacementError extends Error {
  override name = 'ParkPlacementError';
}

/** data/parks.json parsed and validated, or null when the file does not exist yet (another helper writes it). */
export function loadParkRegister(file: string = INPUT.parkRegister): ParkRecord[] | null {
  if (!fs.existsSync(file)) return null;
  const parsed = ParkRegisterSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ParkPlacementError(`${file} does not match ParkRegisterSchema:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** Town codes may be written with 9 digits (township level) or 12; the town file uses 12. */
const normaliseTownCode = (code: string): string => code.padEnd(12, '0');

/** The polygon a park of this board must fall in: its own, or 滨湖区 for 无锡经开区 (legally part of it). */
const polygonIdFor = (board: BoardId): BoardId => (board === 'wxjk' ? '320211' : board);

export function buildParks(
  register: ParkRecord[],
  towns: FeatureCollection<Point, TownProperties>,
  districts: DistrictFeature[],
  /** The published site register, already checked (scripts/geo/park-sites.ts): those parks are placed at their site. */
  sites: readonly StoredSite[] = [],
): FeatureCollection<Point, ParkProperties> {
  const townByCode = new Map(towns.features.map((t) => [t.properties.code, t]));
  const districtById = new Map(districts.map((d) => [d.properties.id, d]));
  const seen = new Set<string>();
  const features: ParkFeature[] = [];

  for (const park of register) {
    if (seen.has(park.id)) throw new ParkPlacementError(`park ${park.id}: duplicate id`);
    seen.add(park.id);
    const board = districtById.get(park.board);
    if (!board) throw new ParkPlacementError(`park ${park.id}: board "${park.board}" has no feature in geo/districts.geojson`);

    let coordinates: [number, number];
    let precision: ParkProperties['precision'];
    let position_basis: string;
    let position_basis_en: string;
    const placement = park.placement;
    if (placement.method === 'town') {
      const town = townByCode.get(normaliseTownCode(placement.town_code));
      if (!town) {
        throw new ParkPlacementError(
          `park ${park.id}: placement.town_code ${placement.town_code} (${placement.town_zh}) is not in geo/towns.geojson`,
        );
      }
      if (town.properties.name_zh !== placement.town_zh) {
        throw new ParkPlacementError(
          `park ${park.id}: placement.town_zh "${placement.town_zh}" does not match town ${placement.town_code} "${town.properties.name_zh}"`,
        );
      }
      coordinates = roundPosition(town.geometry.coordinates);
      precision = 'town';
      position_basis = `${placement.town_zh}中心点（乡镇/街道驻地坐标，来源 Vonng/adcode）`;
      position_basis_en = `centre of ${placement.town_zh} (town/street seat point, Vonng/adcode)`;
    } else if (placement.method === 'district') {
      coordinates = roundPosition(board.properties.label_point);
      precision = 'district';
      position_basis = `具体位置不详，置于${board.properties.name_zh}标注点`;
      position_basis_en = `exact site not known; placed at the label point of ${board.properties.name_en}`;
    } else {
      const input: [number, number] = [placement.lon, placement.lat];
      // gcoord mutates array inputs: give it a copy.
      const wgs = placement.crs === 'gcj02' ? gcoord.transform([...input] as [number, number], gcoord.GCJ02, gcoord.WGS84) : input;
      coordinates = roundPosition(wgs);
      precision = 'site';
      position_basis = `${placement.basis_zh}（${placement.reference}）`;
      position_basis_en = `${placement.basis_en} (${placement.reference})`;
    }

    const polygonId = polygonIdFor(park.board);
    const polygon = districtById.get(polygonId);
    if (!polygon || polygon.geometry.type === 'Point') {
      throw new ParkPlacementError(`park ${park.id}: no polygon for board ${polygonId}`);
    }
    if (!booleanPointInPolygon(coordinates, polygon as DistrictPolygonFeature)) {
      throw new ParkPlacementError(
        `park ${park.id}: placement (${placement.method}) resolves to [${coordinates.join(', ')}], outside board ${park.board}` +
          (park.board === 'wxjk' ? ' (must be inside 滨湖区 320211)' : ''),
      );
    }

    const { placement: _placement, ...common } = park;
    const properties = ParkPropertiesSchema.parse({ ...common, precision, position_basis, position_basis_en });
    features.push({ type: 'Feature', properties, geometry: { type: 'Point', coordinates } });
  }
  const placed: FeatureCollection<Point, ParkProperties> = { type: 'FeatureCollection', features: features.sort(byStringKey((f) => f.properties.id)) };
  return effectiveParkPositions(placed, sites, []);
}
