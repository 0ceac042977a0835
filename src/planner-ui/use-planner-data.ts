import { useMemo } from 'react';
import type { AppIndex } from '../app/app-data';
import { buildCoverage, type PlannerSourceData } from '../planner/planner-data';
import type { Coverage } from '../planner/coverage';

/** The app's loaded data in the shape the planner's pure functions read. */
export function plannerSourceData(index: AppIndex): PlannerSourceData {
  return {
    parks: index.parks,
    boards: index.boards,
    taxonomy: index.data.taxonomy,
    tables: index.data.tables,
    futureParkPlans: index.data.futureParkPlans,
    chainChiefs: index.data.chainChiefs,
    documents: index.data.documents,
    parentOf: index.parentOf,
  };
}

/** Coverage over the app's data, rebuilt only when the data changes (e.g. a user's site moves a park). */
export function useCoverage(index: AppIndex): { data: PlannerSourceData; coverage: Coverage } {
  return useMemo(() => {
    const data = plannerSourceData(index);
    return { data, coverage: buildCoverage(data) };
  }, [index]);
}
