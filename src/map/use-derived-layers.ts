/**
 * The store-derived inputs both the map and its legends need: the choropleth classes, the active thematic
 * surface, the per-board target values and the project heat, memoised on the store fields they read
 * (reference equality, no deep comparisons).
 */
import { useMemo } from 'react';
import { useAppState } from '../store';
import { buildChoropleth, type Choropleth } from '../layers/choropleth';
import { buildHeatSurface, type HeatSurface } from '../domain/heat-points';
import { buildBoardValues, type BoardValues } from '../domain/board-values';
import { resolveThematic, type ThematicSurface } from '../domain/thematic';
import type { MapModel } from '../layers/map-model';
import { useProjectIndex } from './use-imported';

export function useChoropleth(model: MapModel | null): Choropleth | null {
  const choropleth = useAppState((s) => s.choropleth);
  return useMemo(() => (model ? buildChoropleth(model.data.rows, choropleth) : null), [model, choropleth]);
}

/** What the heat settings draw, given whether projects are imported (project investment needs them). */
export function useThematic(): ThematicSurface {
  const kind = useAppState((s) => s.heat.kind);
  const metric = useAppState((s) => s.heat.metric);
  const industry = useAppState((s) => s.heat.industry);
  const hasProjects = useProjectIndex() !== null;
  return useMemo(() => resolveThematic({ kind, metric, industry }, hasProjects), [kind, metric, industry, hasProjects]);
}

/** Target intensity per board, or null when that surface is not on. */
export function useBoardValues(model: MapModel | null): BoardValues | null {
  const surface = useThematic();
  const boards = useAppState((s) => s.filters.boards);
  const industries = useAppState((s) => s.filters.industries);
  return useMemo(
    () =>
      model && surface?.kind === 'targets'
        ? buildBoardValues(surface.metric, surface.industry, { rows: model.data.rows, childrenOf: model.childrenOf, filters: { boards, industries } })
        : null,
    [model, surface, boards, industries],
  );
}

export function useHeatSurface(model: MapModel | null): HeatSurface | null {
  const heat = useAppState((s) => s.heat);
  const filters = useAppState((s) => s.filters);
  const projectFilters = useAppState((s) => s.projectFilters);
  const projectIndex = useProjectIndex();
  const { kind, industry, metric } = heat;
  return useMemo(
    () =>
      model
        ? buildHeatSurface(
            { kind, industry, metric },
            {
              rows: model.data.rows,
              allocation: model.allocation,
              // Only project investment reads imported projects; target intensity never does.
              projectIndex: kind === 'projects' ? projectIndex : null,
              projectFilters,
              parentOf: model.parentOf,
              filters: { boards: filters.boards, industries: filters.industries },
            },
          )
        : null,
    // projectFilters/projectIndex only matter for project investment; listing them is cheap either way.
    [model, kind, industry, metric, filters.boards, filters.industries, projectFilters, projectIndex],
  );
}
