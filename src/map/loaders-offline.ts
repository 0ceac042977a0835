import { setLoaderOptions } from '@loaders.gl/core';

/**
 * deck.gl loads images and JSON through loaders.gl, whose defaults would fetch a loader's worker script, or a
 * decoder library, from a public CDN. No loader the map uses has a worker today, but the app
 * promises that no request ever leaves its origin (and its Content-Security-Policy would block one): parse on the
 * main thread and never build a CDN address, whatever loader a future layer brings in.
 */
setLoaderOptions({ core: { worker: false, useLocalLibraries: true, CDN: '' } });
