/**
 * The map's inputs as plain data, and what the builders derive from them once per data load.
 * Components pass data in (loading happens elsewhere), so tests build a model from small fixtures.
 */
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import type { BoardId, DistrictProperties, Industry, ParkProperties, TargetRow, WaterProperties } from '../schema';
import type { FeatureCollection, Geometry } from 'geojson';
import type { AllocationContext, AllocationPark, LonLat } from '../domain/allocation';
import type { AppState } from '../store';
import { approximateRadiusMetres } from './precision';

export interface MapData {
  districts: FeatureCollection<Polygon | MultiPolygon | Point, DistrictProperties>;
  parks: FeatureCollection<Point, ParkProperties>;
  water: FeatureCollection<Geometry, WaterProperties>;
  /** Annex 1 and Annex 2 rows of the 2024 work points (wp2024_annex1/2). */
  rows: readonly TargetRow[];
  industries: readonly Industry[];
}

/** The slice of the store the layer builders read. */
export type MapLayerState = Pick<AppState, 'layers' | 'heat' | 'choropleth' | 'filters' | 'selection' | 'language'>;

export interface MapPark {
  properties: ParkProperties;
  position: LonLat;
  /** Radius of the precision ring in metres; 0 for a site-precise position. */
  ringMetres: number;
  /**
   * Screen offset (px) of the symbol from `position`. Parks that share one point (all parks placed at a board's
   * label point) are fanned out around it so each stays visible and clickable; the offset is a drawing aid,
   * the position and its ring are unchanged.
   */
  pixelOffset: [number, number];
}

export interface ApproximateBoard {
  properties: DistrictProperties;
  position: LonLat;
  ringMetres: number;
}

export interface MapModel {
  data: MapData;
  parks: MapPark[];
  /** Boards without a polygon (无锡经开区): an approximate point, drawn as a marker and ring, never as an area. */
  approximateBoards: ApproximateBoard[];
  boards: DistrictProperties[];
  allocation: AllocationContext;
  childrenOf: (industry: string) => readonly string[];
  /** Parent cluster of a sub-item (iov → iot): what the one park filter (src/domain/park-filter.ts) reads. */
  parentOf: (industry: string) => string | undefined;
}

function isPoint(f: Feature<Polygon | MultiPolygon | Point, DistrictProperties>): f is Feature<Point, DistrictProperties> {
  return f.geometry.type === 'Point';
}

export function buildMapModel(data: MapData): MapModel {
  const children = new Map<string, string[]>();
  for (const industry of data.industries) {
    if (industry.parent) children.set(industry.parent, [...(children.get(industry.parent) ?? []), industry.id]);
  }
  const childrenOf = (id: string): readonly string[] => children.get(id) ?? [];
  const parents = new Map(data.industries.filter((i) => i.parent).map((i) => [i.id, i.parent!]));
  const parentOf = (id: string): string | undefined => parents.get(id);

  const boardFeatures = new Map<BoardId, Feature<Polygon | MultiPolygon | Point, DistrictProperties>>();
  for (const f of data.districts.features) boardFeatures.set(f.properties.id, f);

  const labelPoints = data.districts.features.map((f) => f.properties.label_point);
  const placed = data.parks.features.map((f) => [f.geometry.coordinates[0]!, f.geometry.coordinates[1]!] as const);
  const offsets = fanOffsets(placed, labelPoints);
  const parks: MapPark[] = data.parks.features.map((f, i) => ({
    properties: f.properties,
    position: placed[i]!,
    ringMetres: approximateRadiusMetres(f.properties.precision, boardFeatures.get(f.properties.board)),
    pixelOffset: offsets[i]!,
  }));

  const approximateBoards: ApproximateBoard[] = data.districts.features.filter(isPoint).map((f) => ({
    properties: f.properties,
    position: [f.geometry.coordinates[0]!, f.geometry.coordinates[1]!] as const,
    ringMetres: approximateRadiusMetres('district', f),
  }));

  const boardPoints: Partial<Record<BoardId, LonLat>> = {};
  for (const f of data.districts.features) boardPoints[f.properties.id] = f.properties.label_point;

  const allocationParks: AllocationPark[] = parks.map((p) => ({
    id: p.properties.id,
    board: p.properties.board,
    lead_industries: p.properties.lead_industries,
    position: p.position,
    precision: p.properties.precision,
  }));

  return {
    data,
    parks,
    approximateBoards,
    boards: data.districts.features.map((f) => f.properties),
    allocation: { parks: allocationParks, boardPoints, childrenOf },
    childrenOf,
    parentOf,
  };
}

const FAN_BASE_RADIUS_PX = 16;
const FAN_RADIUS_PER_PARK_PX = 3;
const GRID_STEP_PX = 22;
const GRID_COLUMNS = 5;
/** Space between a board's label (drawn on its label point) and the first row of parks placed there. */
const GRID_TOP_PX = 20;

function pointKey(p: readonly number[]): string {
  return `${p[0]!.toFixed(5)},${p[1]!.toFixed(5)}`;
}

/**
 * Offsets for points that coincide. Parks on a board's label point are laid out in rows of up to five just below
 * the board's label; other groups of n parks on one point are spread evenly on a small circle, starting at the top.
 * Deterministic: the order of the register decides the slot.
 */
export function fanOffsets(
  points: ReadonlyArray<readonly [number, number]>,
  labelPoints: ReadonlyArray<readonly [number, number]>,
): Array<[number, number]> {
  const groups = new Map<string, number[]>();
  points.forEach((p, i) => groups.set(pointKey(p), [...(groups.get(pointKey(p)) ?? []), i]));
  const labels = new Set(labelPoints.map(pointKey));
  const offsets: Array<[number, number]> = points.map(() => [0, 0]);
  for (const [key, members] of groups) {
    if (labels.has(key)) {
      const columns = Math.min(GRID_COLUMNS, members.length);
      members.forEach((index, slot) => {
        const row = Math.floor(slot / columns);
        const inRow = Math.min(columns, members.length - row * columns);
        const col = slot % columns;
        offsets[index] = [Math.round((col - (inRow - 1) / 2) * GRID_STEP_PX), GRID_TOP_PX + row * GRID_STEP_PX];
      });
    } else if (members.length > 1) {
      const radius = FAN_BASE_RADIUS_PX + FAN_RADIUS_PER_PARK_PX * members.length;
      members.forEach((index, slot) => {
        const angle = (slot * Math.PI * 2) / members.length;
        offsets[index] = [Math.round(Math.sin(angle) * radius), Math.round(-Math.cos(angle) * radius)];
      });
    }
  }
  return offsets;
}
