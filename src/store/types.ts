import type { BoardId, ParkCategory, ParkStatus } from '../schema';
import type { choroplethClassifications, choroplethMetrics, heatKinds, heatTargetMetrics } from '../schema/constants';

export type Language = 'zh' | 'en';

export interface MapView {
  longitude: number;
  latitude: number;
  zoom: number;
  bearing: number;
  pitch: number;
}

/** Who moved the camera last, so map → store → map updates never echo. */
export type ViewOrigin = 'map' | 'app';

export type Selection =
  | { kind: 'park'; id: string }
  | { kind: 'board'; id: BoardId }
  | { kind: 'industry'; id: string }
  /** Imported records: ids are the imports slice's `<datasetId>:<source row>`. */
  | { kind: 'project'; id: string }
  | { kind: 'zone'; id: string }
  /** An innovation platform (data/platforms.json); `funds` opens the funds panel at a fund id or at `all`. */
  | { kind: 'platform'; id: string }
  | { kind: 'funds'; id: string }
  | null;

/**
 * The thematic surface: 'targets' = target intensity (modelled from the tables, one value per board);
 * 'projects' = project investment, which exists only once a project list is imported.
 */
export type HeatKind = (typeof heatKinds)[number];

/** Metrics the target intensity and the choropleth can show (ids of src/schema/targets.ts). The last is Annex 2's. */
export type HeatTargetMetric = (typeof heatTargetMetrics)[number];

/** How board colours are classed: Jenks natural breaks (keeps outliers apart) or equal-count quantiles. */
export type ChoroplethClassification = (typeof choroplethClassifications)[number];
export type ChoroplethMetric = (typeof choroplethMetrics)[number];

export interface HeatSettings {
  kind: HeatKind | null;
  /** Industry id, or null for all industries together. */
  industry: string | null;
  metric: HeatTargetMetric;
  opacity: number;
  radiusPixels: number;
}

export interface ChoroplethSettings {
  metric: ChoroplethMetric | null;
  /** Industry id whose row colours the boards; null = none. */
  industry: string | null;
  classification: ChoroplethClassification;
}

export interface LayerVisibility {
  districts: boolean;
  water: boolean;
  parks: boolean;
  labels: boolean;
}

export interface Filters {
  categories: ParkCategory[];
  industries: string[];
  boards: BoardId[];
  statuses: ParkStatus[];
}

export type PanelTab = 'details' | 'list' | 'layers' | 'about';
