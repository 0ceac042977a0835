/**
 * Heat surfaces as data: heat is for point data only. Imported projects are points weighted by investment
 * ('projects'); the target tables have one value per board and are drawn as proportional symbols or board
 * colours instead (board-values.ts), never as a heat blob.
 */
import type { HeatSettings, ProjectFilters } from '../store';
import type { BoardId, TargetRow } from '../schema';
import type { AllocationContext, LonLat } from './allocation';
import { keptHeatData, type ProjectHeatData, type ProjectIndex } from './project-index';
import { noParent, type ParentOf } from './park-filter';

/** Annex 2 "new projects ≥ 5 亿元": a target-intensity variant (what old investment links showed before any import). */
export const INVESTMENT_METRIC = 'new_projects_over_5yi';

export type HeatBasis = 'modelled_from_targets' | 'imported_projects';

export interface HeatPoint {
  position: LonLat;
  weight: number;
  /** Table row id (modelled) or imported project id. */
  sourceId: string;
  /** Park id, 'board', or 'project'. */
  target: string;
  /** The board the value belongs to (null for an imported project without one). */
  board: BoardId | null;
}

export interface HeatSurface {
  basis: HeatBasis;
  metric: string;
  industry: string | null;
  points: HeatPoint[];
  /** Sum of weights: equals the sum of the cells used (the rule moves values, never creates them). */
  total: number;
  /** Distinct table rows the surface was built from (for the "how computed" note). */
  rowIds: string[];
  /** Imported projects left out because they carry no investment amount. */
  skippedProjects: number;
  /**
   * Imported basis only: the kept projects packed in typed arrays (positions, 0–1 weights), drawn as binary
   * attributes; `points` stays empty so 100 k projects never become 100 k objects on a filter change.
   */
  projectData?: ProjectHeatData;
}

/** Points the heat layer would draw, whichever form they are in. */
export function heatPointCount(surface: HeatSurface | null): number {
  if (!surface) return 0;
  return surface.projectData ? surface.projectData.length : surface.points.length;
}

export interface HeatInputs {
  rows: readonly TargetRow[];
  allocation: AllocationContext;
  /** Visible imported projects as columns; when non-empty they drive the investment surface. */
  projectIndex?: ProjectIndex | null;
  /** The imports slice's stage and date filters for imported projects. */
  projectFilters?: Pick<ProjectFilters, 'stages' | 'dateFrom' | 'dateTo'>;
  /** Sub-item → cluster, so a 车联网 project counts for 物联网 (the one park filter's rule). */
  parentOf?: ParentOf;
  /**
   * The store's board and industry filters. Heat follows them: only the chosen boards' cells, and with heat on
   * "all industries", only the chosen industries. Category and status filters do not apply: targets are set per
   * board, not per park category.
   */
  filters?: { boards: readonly BoardId[]; industries: readonly string[] };
}

/** The project-investment heat for the store's settings; null when off or when no projects are imported. */
export function buildHeatSurface(settings: Pick<HeatSettings, 'kind' | 'industry' | 'metric'>, inputs: HeatInputs): HeatSurface | null {
  if (settings.kind !== 'projects') return null;
  const index = inputs.projectIndex;
  if (!index || index.count === 0) return null;
  // The heat's own industry choice narrows it to one cluster; otherwise the shared industry filter applies.
  const industries = settings.industry !== null ? [settings.industry] : (inputs.filters?.industries ?? []);
  const data = keptHeatData(
    index,
    {
      industries,
      boards: inputs.filters?.boards ?? [],
      stages: inputs.projectFilters?.stages ?? [],
      dateFrom: inputs.projectFilters?.dateFrom ?? null,
      dateTo: inputs.projectFilters?.dateTo ?? null,
    },
    inputs.parentOf ?? noParent,
  );
  return {
    basis: 'imported_projects',
    metric: 'investment_yi',
    industry: settings.industry,
    points: [],
    total: data.total,
    rowIds: [],
    skippedProjects: data.skipped,
    projectData: data,
  };
}
