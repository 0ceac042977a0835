/**
 * Heat surfaces as data: which weighted points a heat layer draws, and what they are.
 *
 * - 'targets': Annex 1/2 targets of the chosen metric, placed by the allocation rule (allocation.ts).
 *   Growth rates (%) are not additive and are never heated.
 * - 'investment': with no imported projects, Annex 2 "new projects over 5 亿元" per board × cluster, placed by
 *   the same rule and labelled as modelled from targets. When a project list is imported (issue 5), the
 *   projects' own points weighted by investment replace it and the surface is labelled as imported data.
 */
import type { HeatSettings, ProjectFilters } from '../store';
import type { BoardId, TargetRow } from '../schema';
import { allocateMetric, type AllocatedPoint, type AllocationContext, type LonLat } from './allocation';
import { keptHeatData, type ProjectHeatData, type ProjectIndex } from './project-index';
import { noParent, type ParentOf } from './park-filter';

/** The Annex 2 row metric the default investment surface is modelled from. */
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

function fromAllocation(points: AllocatedPoint[]): HeatPoint[] {
  return points.map((p) => ({ position: p.position, weight: p.value, sourceId: p.rowId, target: p.target, board: p.board }));
}

function summarise(basis: HeatBasis, metric: string, industry: string | null, points: HeatPoint[], skipped = 0): HeatSurface {
  return {
    basis,
    metric,
    industry,
    points,
    total: points.reduce((sum, p) => sum + p.weight, 0),
    rowIds: basis === 'modelled_from_targets' ? [...new Set(points.map((p) => p.sourceId))] : [],
    skippedProjects: skipped,
  };
}

export interface HeatInputs {
  rows: readonly TargetRow[];
  allocation: AllocationContext;
  /** Visible imported projects as columns (issue 5); when non-empty they drive the investment surface. */
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

function applyFilters(points: HeatPoint[], filters: HeatInputs['filters']): HeatPoint[] {
  if (!filters || filters.boards.length === 0) return points;
  return points.filter((p) => p.board !== null && filters.boards.includes(p.board));
}

/** Industries a surface covers: the chosen one, or (for "all") the industry filter's choice when there is one. */
function industryScope(industry: string | null, inputs: HeatInputs): (string | null)[] {
  if (industry !== null) return [industry];
  const chosen = inputs.filters?.industries ?? [];
  if (chosen.length === 0) return [null];
  // A sub-item chosen together with its cluster is already inside the cluster's figure: count it once.
  const covered = new Set(chosen.flatMap((id) => inputs.allocation.childrenOf(id)));
  return chosen.filter((id) => !covered.has(id));
}

/** The surface for the store's heat settings, or null when heat is off. */
export function buildHeatSurface(settings: Pick<HeatSettings, 'kind' | 'industry' | 'metric'>, inputs: HeatInputs): HeatSurface | null {
  if (settings.kind === null) return null;
  const scope = industryScope(settings.industry, inputs);
  const allocate = (metric: string) =>
    applyFilters(
      scope.flatMap((industry) => fromAllocation(allocateMetric(inputs.rows, metric, industry, inputs.allocation))),
      inputs.filters,
    );
  if (settings.kind === 'targets') {
    return summarise('modelled_from_targets', settings.metric, settings.industry, allocate(settings.metric));
  }
  const index = inputs.projectIndex;
  if (index && index.count > 0) {
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
  return summarise('modelled_from_targets', INVESTMENT_METRIC, settings.industry, allocate(INVESTMENT_METRIC));
}
