import { appStore } from '../store';

/**
 * Can this browser draw the map? MapLibre 6 needs WebGL2; without it `new Map` throws. Checked once before the
 * map is created, so a browser without WebGL gets a clear message instead of a crash.
 */
export function webgl2Available(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    if (!gl) return false;
    // Give the probe's context back at once: browsers cap live WebGL contexts per page.
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}

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
