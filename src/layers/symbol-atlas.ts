/**
 * The park symbols as one pre-packed image for deck's IconLayer (drawn at runtime by src/map/symbols.ts; tests
 * pass a stub). 'imported_park' is the neutral symbol of an imported extra park (no category in the documents).
 */
import type { IconLayerProps } from '@deck.gl/layers';
import type { ParkCategory } from '../schema';

export type SymbolKind = ParkCategory | 'imported_park';

export interface SymbolAtlas {
  /** An image-like object deck turns into a texture (the form TextLayer hands IconLayer its own font atlas in). */
  image: { data: HTMLCanvasElement | ImageData; width: number; height: number };
  /** symbolId → where that symbol sits in the image (deck's pre-packed icon mapping). */
  mapping: Record<string, { x: number; y: number; width: number; height: number; mask: boolean }>;
}

/** Hollow = approximate position (town / district), filled = a site of its own. */
export function symbolId(kind: SymbolKind, hollow: boolean): string {
  return `${kind}-${hollow ? 'hollow' : 'filled'}`;
}

/**
 * The atlas as IconLayer's `iconAtlas`. deck's prop type names only URLs and textures, but image props also take
 * image-like objects (TextLayer hands IconLayer its font atlas that way); the one cast lives here.
 */
export function iconAtlasProp(atlas: SymbolAtlas): NonNullable<IconLayerProps['iconAtlas']> {
  return atlas.image as unknown as NonNullable<IconLayerProps['iconAtlas']>;
}
