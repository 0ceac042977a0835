export * from './types';
export * from './defaults';
export type { AppState } from './slices';
export { appStore, createAppStore, useAppState, type AppStore } from './store';
