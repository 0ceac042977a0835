import { useEffect, useMemo, useState } from 'react';
import type { Layer } from '@deck.gl/core';
import { useAppState } from '../store';
import { usePlatforms } from '../data/platforms';
import type { MapModel } from '../layers/map-model';
import type { PlatformPoint } from '../platforms/platform-model';

type Chunk = typeof import('./platform-layer-chunk');

declare global {
  interface Window {
    /** Test-only (tests/e2e): the platform symbols drawn now, with their point and pixel offset. */
    __wuximapPlatforms?: () => readonly PlatformPoint[];
  }
}

/**
 * The platform layer as deck layers, from the store and the register. The register is a fetched asset and the
 * layer code a small chunk, both requested as soon as the map mounts, so the symbols are on the first screen
 * without adding to the initial JavaScript.
 */
export function usePlatformLayers(model: MapModel | null): Layer[] {
  const data = usePlatforms();
  const [chunk, setChunk] = useState<Chunk | null>(null);
  const visible = useAppState((s) => s.platformsVisible);
  const kinds = useAppState((s) => s.platformKinds);
  const filters = useAppState((s) => s.filters);
  const selection = useAppState((s) => s.selection);
  useEffect(() => {
    let live = true;
    void import('./platform-layer-chunk').then((m) => live && setChunk(m));
    return () => {
      live = false;
    };
  }, []);
  const atlas = useMemo(() => chunk?.drawPlatformAtlas() ?? null, [chunk]);
  const selectedId = selection?.kind === 'platform' ? selection.id : null;
  const selectedIndustry = selection?.kind === 'industry' ? selection.id : null;
  const points = useMemo(() => {
    if (!chunk || !data || !model || !visible) return [];
    const keep = (p: Parameters<Chunk['platformMatchesFilters']>[0]) => chunk.platformMatchesFilters(p, filters, kinds, model.parentOf);
    return chunk.platformPoints(data.platforms, keep, selectedId, selectedIndustry, model.parentOf);
  }, [chunk, data, model, visible, filters, kinds, selectedId, selectedIndustry]);
  useEffect(() => {
    window.__wuximapPlatforms = () => points;
  }, [points]);
  return useMemo(() => (chunk && atlas ? chunk.buildPlatformLayers(points, atlas, selectedId) : []), [chunk, atlas, points, selectedId]);
}
