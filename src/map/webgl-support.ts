import { appStore } from '../store';

/**
 * MapLibre reports a missing or refused WebGL context with an error named GPUInitializationError (its class is not
 * exported); older wording mentions WebGL in the message.
 */
export function isWebglStartError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return error.name === 'GPUInitializationError' || /webgl/i.test(error.message);
}

/**
 * Creates the map, or records why it could not be created (in the store's mapFault) and returns null: a throw
 * from `new Map` must not take the rest of the app down with it.
 */
export function startMap<T>(create: () => T): T | null {
  try {
    return create();
  } catch (error) {
    appStore.getState().setMapFault(isWebglStartError(error) ? 'no-webgl' : 'failed');
    return null;
  }
}
