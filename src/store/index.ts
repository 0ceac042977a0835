export * from './types';
export * from './defaults';
export type { AppState } from './slices';
export type { ProjectFilters } from './imports-slice';
export { DEFAULT_PROJECT_FILTERS } from './imports-slice';
export { appStore, createAppStore, useAppState, type AppStore } from './store';
export type { PrintSubject } from './print-slice';
export type { CompareKind, CompareSet } from './compare-slice';
export { MAX_COMPARE } from './compare-slice';
