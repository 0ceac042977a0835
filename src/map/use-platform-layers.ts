import { createElement, lazy, Suspense, useState, type ReactNode } from 'react';
import type { Layer } from '@deck.gl/core';
import type { MapModel } from '../layers/map-model';

const PlatformLayerSource = lazy(() => import('./PlatformLayerSource'));
const NONE: Layer[] = [];

/**
 * The innovation-platform layer for the bridge: its deck layers, and an element to render that produces them.
 * The register is a fetched asset and the layer code a lazy chunk, both requested as soon as the map has its
 * model, so the symbols are on the first screen without adding to the initial JavaScript.
 */
export function usePlatformLayers(model: MapModel | null): [Layer[], ReactNode] {
  const [layers, setLayers] = useState<Layer[]>(NONE);
  const source = model ? createElement(Suspense, { fallback: null }, createElement(PlatformLayerSource, { model, onLayers: setLayers })) : null;
  return [layers, source];
}
