import { createContext, useContext } from 'react';
import type { GeoData } from '../data/geo';
import type { ChainChief, FutureParkPlan, Industry, ParkProperties, SourceDocument, TargetTable, DistrictProperties, BoardId } from '../schema';

/** Everything the panels, list and search read, loaded once and passed down (so tests can give fixtures). */
export interface AppData {
  geo: GeoData;
  taxonomy: readonly Industry[];
  tables: readonly TargetTable[];
  chainChiefs: readonly ChainChief[];
  documents: readonly SourceDocument[];
  futureParkPlans: readonly FutureParkPlan[];
}

export interface ParkEntry {
  props: ParkProperties;
  /** [lon, lat] */
  point: [number, number];
}

/** Look-ups built once from AppData. */
export interface AppIndex {
  data: AppData;
  parks: readonly ParkEntry[];
  parkById: ReadonlyMap<string, ParkEntry>;
  boards: readonly DistrictProperties[];
  boardById: ReadonlyMap<BoardId, DistrictProperties>;
  industryById: ReadonlyMap<string, Industry>;
  parentOf: (industryId: string) => string | undefined;
}

export function buildAppIndex(data: AppData): AppIndex {
  const parks: ParkEntry[] = data.geo.parks.features.map((f) => ({
    props: f.properties,
    point: [f.geometry.coordinates[0]!, f.geometry.coordinates[1]!],
  }));
  const boards = data.geo.districts.features.map((f) => f.properties);
  const industryById = new Map(data.taxonomy.map((i) => [i.id, i]));
  return {
    data,
    parks,
    parkById: new Map(parks.map((p) => [p.props.id, p])),
    boards,
    boardById: new Map(boards.map((b) => [b.id, b])),
    industryById,
    parentOf: (id) => industryById.get(id)?.parent,
  };
}

export const AppIndexContext = createContext<AppIndex | null>(null);

export function useAppIndex(): AppIndex {
  const index = useContext(AppIndexContext);
  if (!index) throw new Error('useAppIndex outside the data provider');
  return index;
}
