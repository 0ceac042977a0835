/**
 * Which thematic surface the map draws for the store's heat settings. Project investment exists only once
 * projects are imported; a link or state asking for it without any (an old "investment" link, or data removed
 * since) shows the target intensity of its metric instead — for old links that is Annex 2 "new projects ≥ 5 亿元",
 * exactly what they showed before a project list existed.
 */
import type { HeatSettings, HeatTargetMetric } from '../store';

export type ThematicSurface =
  | { kind: 'targets'; metric: HeatTargetMetric; industry: string | null }
  | { kind: 'projects'; industry: string | null }
  | null;

export function resolveThematic(heat: Pick<HeatSettings, 'kind' | 'metric' | 'industry'>, hasProjects: boolean): ThematicSurface {
  if (heat.kind === null) return null;
  if (heat.kind === 'projects' && hasProjects) return { kind: 'projects', industry: heat.industry };
  return { kind: 'targets', metric: heat.metric, industry: heat.industry };
}
