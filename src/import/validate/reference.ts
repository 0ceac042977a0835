import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { BoardId, PositionPrecision } from '../../schema';

/**
 * The official data an import is checked against, as plain data so it can be posted to the worker:
 * taxonomy (industry names), parks (for "located at park X"), district polygons (inside Wuxi? which board?).
 */
export interface ReferenceIndustry {
  id: string;
  name_zh: string;
  name_en: string;
  aliases_zh: readonly string[];
}

export interface ReferencePark {
  id: string;
  name_zh: string;
  name_en: string;
  aliases_zh: readonly string[];
  board: BoardId;
  lon: number;
  lat: number;
  precision: PositionPrecision;
}

export interface ReferenceBoard {
  id: BoardId;
  name_zh: string;
  name_en: string;
}

export type DistrictFeatures = FeatureCollection<Polygon | MultiPolygon | Point, { id: string }>;

export interface ReferenceData {
  industries: readonly ReferenceIndustry[];
  parks: readonly ReferencePark[];
  /** Extra board names (e.g. from geo/districts.geojson); built-in names are always known. */
  boards: readonly ReferenceBoard[];
  /** geo/districts.geojson (Point features, such as the approximate 经开区, are ignored for containment). */
  districts: DistrictFeatures | null;
}

export const EMPTY_REFERENCE: ReferenceData = { industries: [], parks: [], boards: [], districts: null };
