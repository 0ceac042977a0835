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

  const placed = data.parks.features.map((f) => [f.geometry.coordinates[0]!, f.geometry.coordinates[1]!] as const);
  const parks: MapPark[] = data.parks.features.map((f, i) => ({
    properties: f.properties,
    position: placed[i]!,
    ringMetres: approximateRadiusMetres(f.properties.precision, boardFeatures.get(f.properties.board)),
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
