/** deck layer ids of the innovation-platform layer (src/layers/platform-layers.ts); the bridge picks from them. */
export const PLATFORM_LAYER_IDS = {
  symbols: 'platform-symbols',
  selected: 'platform-selected',
} as const;
