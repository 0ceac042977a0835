import { CollisionFilterExtension } from '@deck.gl/extensions';

/**
 * Every TextLayer on the map carries the collision extension, so all of them share one set of GPU programs.
 *
 * The extension adds a shader module: a TextLayer with it and one without are two programs, and so are their
 * background sub-layers. On software WebGL (SwiftShader, the machines without a GPU) each program is compiled when
 * it first draws, a few hundred milliseconds each, on the way to the first idle map. Text that must not take part
 * in the collision (badges, values, names laid out apart) turns the extension off: such layers are left out of
 * the collision pass and their shader skips the test.
 *
 * Spread these into a TextLayer's props (the extension's props are not in TextLayer's prop type; a spread of a
 * variable skips the excess-property check).
 */
const collisionExtension = new CollisionFilterExtension();

/** Text drawn as is, never hidden by another label. */
export const PLAIN_TEXT = { extensions: [collisionExtension], collisionEnabled: false };

/** Labels that hide each other where they overlap, keeping the higher `getCollisionPriority`. */
export const COLLIDING_TEXT = { extensions: [collisionExtension], collisionEnabled: true, collisionGroup: 'labels' };
