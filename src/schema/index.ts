export * from './common';
export * from './documents';
export * from './taxonomy';
export * from './targets';
export * from './indicators';
export * from './programme';
export * from './geo';
export * from './imports';
