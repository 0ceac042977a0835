/**
 * Imported data as the map and its legends read it, memoised on the store's references so every component
 * shares ONE project index per set of visible datasets (built once per import/remove/hide, never per filter).
 */
import { useEffect, useMemo } from 'react';
import type { ImportedDataset, ImportedZone } from '../schema';
import { appStore, useAppState, type AppState } from '../store';
import { concatProjectIndexes, projectIndexOf, type ProjectFilterSpec, type ProjectIndex } from '../domain/project-index';
import { findImported, visibleZones } from '../domain/imported';

function lastArgs<T>(build: (datasets: readonly ImportedDataset[], hidden: readonly string[]) => T) {
  let memo: { datasets: readonly ImportedDataset[]; hidden: readonly string[]; value: T } | null = null;
  return (state: Pick<AppState, 'importedDatasets' | 'hiddenDatasets'>): T => {
    if (memo && memo.datasets === state.importedDatasets && memo.hidden === state.hiddenDatasets) return memo.value;
    const value = build(state.importedDatasets, state.hiddenDatasets);
    memo = { datasets: state.importedDatasets, hidden: state.hiddenDatasets, value };
    return value;
  };
}

/**
 * Null while no visible dataset holds a project. Each dataset's index is built once (or during its import,
 * chunk by chunk) and remembered; showing/hiding a dataset only concatenates typed arrays.
 */
export const selectProjectIndex = lastArgs((datasets, hidden): ProjectIndex | null => {
  const parts = datasets.flatMap((d) => (d.kind === 'projects' && d.projects.count && !hidden.includes(d.meta.id) ? [projectIndexOf(d.projects)] : []));
  return parts.length ? concatProjectIndexes(parts) : null;
});

export const selectVisibleZones = lastArgs((datasets, hidden): ImportedZone[] => visibleZones(datasets, hidden));

export function useProjectIndex(): ProjectIndex | null {
  return useAppState(selectProjectIndex);
}

export function useVisibleZones(): ImportedZone[] {
  return useAppState(selectVisibleZones);
}

/** The points' filter: shared industry/board filters plus the imports slice's stage/date filters. */
export function useProjectFilterSpec(): ProjectFilterSpec {
  const industries = useAppState((s) => s.filters.industries);
  const boards = useAppState((s) => s.filters.boards);
  const pf = useAppState((s) => s.projectFilters);
  return useMemo(
    () => ({ industries, boards, stages: pf.stages, dateFrom: pf.dateFrom, dateTo: pf.dateTo }),
    [industries, boards, pf],
  );
}

/**
 * A link may select an imported project/zone (`sel=project:<id>`). Imported data loads from storage after the
 * link is read, so the id is checked here once loading is over: unknown → no selection and the usual
 * "parts of this link could not be read" notice (as for an unknown park id).
 */
export function useImportedSelectionGuard(): void {
  const selection = useAppState((s) => s.selection);
  const status = useAppState((s) => s.importsStatus);
  const datasets = useAppState((s) => s.importedDatasets);
  useEffect(() => {
    if (status === 'loading' || (selection?.kind !== 'project' && selection?.kind !== 'zone')) return;
    if (findImported(datasets, selection.kind, selection.id)) return;
    const s = appStore.getState();
    s.select(null);
    s.showNotice({ key: 'notice.urlProblems', detail: 'sel' });
  }, [selection, status, datasets]);
}
