import { createElement, lazy, Suspense, useState, type ReactNode } from 'react';
import type { Layer } from '@deck.gl/core';
import type { MapModel } from '../layers/map-model';
import { useAfterFirstDraw } from '../app/use-after-first-draw';

const PlatformLayerSource = lazy(() => import('./PlatformLayerSource'));
const NONE: Layer[] = [];

/**
 * The innovation-platform layer for the bridge: its deck layers, and an element to render that produces them.
 * The register is a fetched asset and the layer code a lazy chunk, both requested once the map has drawn its
 * default layers: on software WebGL a layer arriving mid start-up costs the first draw extra frames.
 */
export function usePlatformLayers(model: MapModel | null): [Layer[], ReactNode] {
  const [layers, setLayers] = useState<Layer[]>(NONE);
  const [wanted] = useAfterFirstDraw();
  const source =
    model && wanted ? createElement(Suspense, { fallback: null }, createElement(PlatformLayerSource, { model, onLayers: setLayers })) : null;
  return [layers, source];
}
