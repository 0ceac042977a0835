/**
 * Optional link key `plan=coverage|qa`: the planner view that is open. A link without it opens as before; an
 * unreadable value falls back to closed and is reported like any other unreadable part.
 */
import { plannerViews, type PlannerView } from '../store/planner-slice';

export function encodePlannerParam(p: URLSearchParams, view: PlannerView | null | undefined): void {
  if (view) p.set('plan', view);
}

/** undefined when the link has no `plan` key. */
export function decodePlannerParam(p: URLSearchParams, problems: string[]): PlannerView | undefined {
  const value = p.get('plan');
  if (value === null) return undefined;
  if ((plannerViews as readonly string[]).includes(value)) return value as PlannerView;
  problems.push('plan');
  return undefined;
}
