export * from './tables';
export * from './selectors';
