/**
 * The innovation-platform layer: one symbol per drawn platform (a hexagon, unlike any park symbol), a halo on the
 * selected one. Pure: data and the symbol atlas come in as arguments (the atlas is drawn by src/map/platform-symbol.ts).
 * Every platform is at an approximate position (town seat or board point), so the symbol is always the hollow kind.
 */
import type { Layer } from '@deck.gl/core';
import { IconLayer } from '@deck.gl/layers';
import type { PlatformPoint } from '../platforms/platform-model';
import { iconAtlasProp, type SymbolAtlas } from './symbol-atlas';
import { PLATFORM_LAYER_IDS } from './platform-ids';

export { PLATFORM_LAYER_IDS };

export const PLATFORM_SYMBOL_ID = 'platform-hollow';
export const PLATFORM_HALO_ID = 'platform-halo';
const SIZE_PX = 20;
const SELECTED_SIZE_PX = 28;
const DIMMED_ALPHA = 70;

export function buildPlatformLayers(points: readonly PlatformPoint[], atlas: SymbolAtlas, selectedId: string | null): Layer[] {
  const layers: Layer[] = [
    new IconLayer<PlatformPoint>({
      id: PLATFORM_LAYER_IDS.symbols,
      data: points,
      getPosition: (d) => d.position,
      getPixelOffset: (d) => d.offset,
      iconAtlas: iconAtlasProp(atlas),
      iconMapping: atlas.mapping,
      getIcon: () => PLATFORM_SYMBOL_ID,
      getSize: (d) => (d.id === selectedId ? SELECTED_SIZE_PX : SIZE_PX),
      sizeUnits: 'pixels',
      getColor: (d) => [0, 0, 0, d.dimmed ? DIMMED_ALPHA : 255],
      pickable: true,
      updateTriggers: { getSize: [selectedId] },
    }),
  ];
  const selected = points.find((p) => p.id === selectedId);
  if (selected) {
    layers.push(
      new IconLayer<PlatformPoint>({
        id: PLATFORM_LAYER_IDS.selected,
        data: [selected],
        getPosition: (d) => d.position,
        getPixelOffset: (d) => d.offset,
        iconAtlas: iconAtlasProp(atlas),
        iconMapping: atlas.mapping,
        getIcon: () => PLATFORM_HALO_ID,
        getSize: 44,
        sizeUnits: 'pixels',
        pickable: false,
      }),
    );
  }
  return layers;
}
