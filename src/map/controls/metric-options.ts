/** Which metrics each picker offers, and which industries have a row for a metric (pure, from the tables). */
import type { ChoroplethMetric, HeatTargetMetric } from '../../store';
import type { Industry, TargetRow } from '../../schema';
import { primaryRows } from '../../domain/allocation';

export const CHOROPLETH_METRICS: readonly ChoroplethMetric[] = [
  'revenue_target',
  'revenue_growth_target',
  'new_firms_projects',
  'new_projects_over_5yi',
];

/** Additive metrics only: growth rates (%) are not heated. */
export const HEAT_TARGET_METRICS: readonly HeatTargetMetric[] = ['revenue_target', 'new_firms_projects', 'innovation_platforms', 'new_projects_over_5yi'];

/** Industries (taxonomy order) with at least one non-null board cell for the metric. */
export function industriesWithMetric(rows: readonly TargetRow[], industries: readonly Industry[], metric: string): Industry[] {
  return industries.filter((industry) =>
    primaryRows(rows, metric, industry.id).some((row) =>
      Object.entries(row.values).some(([column, v]) => column !== 'city' && v !== null && v !== undefined),
    ),
  );
}
