/**
 * The store-derived inputs both the map and its legends need: the choropleth classes and the heat surface,
 * memoised on the store fields they read (reference equality, no deep comparisons).
 */
import { useMemo } from 'react';
import { useAppState } from '../store';
import { buildChoropleth, type Choropleth } from '../layers/choropleth';
import { buildHeatSurface, type HeatSurface } from '../domain/heat-points';
import type { MapModel } from '../layers/map-model';
import { useProjectIndex } from './use-imported';

export function useChoropleth(model: MapModel | null): Choropleth | null {
  const choropleth = useAppState((s) => s.choropleth);
  return useMemo(() => (model ? buildChoropleth(model.data.rows, choropleth) : null), [model, choropleth]);
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
              // Only the investment surface reads imported projects; target density never does.
              projectIndex: kind === 'investment' ? projectIndex : null,
              projectFilters,
              parentOf: model.parentOf,
              filters: { boards: filters.boards, industries: filters.industries },
            },
          )
        : null,
    // projectFilters/projectIndex only matter for the investment surface; listing them is cheap either way.
    [model, kind, industry, metric, filters.boards, filters.industries, projectFilters, projectIndex],
  );
}
