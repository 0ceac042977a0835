/** What the platform layer needs beyond its data, fetched as one small chunk when the map mounts. */
export { buildPlatformLayers } from '../layers/platform-layers';
export { drawPlatformAtlas } from './platform-symbol';
export { platformMatchesFilters, platformPoints } from '../platforms/platform-model';
