export * from './types';
export * from './defaults';
export type { AppState } from './slices';
export type { ProjectFilters } from './imports-slice';
export { DEFAULT_PROJECT_FILTERS } from './imports-slice';
export { appStore, createAppStore, useAppState, type AppStore } from './store';
export type { FitBox } from './fit-slice';
