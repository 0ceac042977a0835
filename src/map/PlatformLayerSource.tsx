import { useEffect, useMemo } from 'react';
import type { Layer } from '@deck.gl/core';
import { useAppState } from '../store';
import { usePlatforms } from '../data/platforms';
import type { MapModel } from '../layers/map-model';
import { buildPlatformLayers } from '../layers/platform-layers';
import { platformMatchesFilters, platformPoints, type PlatformPoint } from '../platforms/platform-model';
import { drawPlatformAtlas } from './platform-symbol';

declare global {
  interface Window {
    /** Test-only (tests/e2e): the platform symbols drawn now, with their point and pixel offset. */
    __wuximapPlatforms?: () => readonly PlatformPoint[];
  }
}

/**
 * Renders nothing: turns the register and the store into the platform layer's deck layers and hands them to the
 * bridge (src/map/use-platform-layers.ts), which draws them with the rest.
 */
export default function PlatformLayerSource({ model, onLayers }: { model: MapModel; onLayers: (layers: Layer[]) => void }) {
  const data = usePlatforms();
  const visible = useAppState((s) => s.platformsVisible);
  const kinds = useAppState((s) => s.platformKinds);
  const filters = useAppState((s) => s.filters);
  const selection = useAppState((s) => s.selection);
  const atlas = useMemo(drawPlatformAtlas, []);
  const selectedId = selection?.kind === 'platform' ? selection.id : null;
  const selectedIndustry = selection?.kind === 'industry' ? selection.id : null;
  const points = useMemo(() => {
    if (!data || !visible) return [];
    const keep = (p: Parameters<typeof platformMatchesFilters>[0]) => platformMatchesFilters(p, filters, kinds, model.parentOf);
    return platformPoints(data.platforms, keep, selectedId, selectedIndustry, model.parentOf);
  }, [data, model, visible, filters, kinds, selectedId, selectedIndustry]);
  useEffect(() => {
    window.__wuximapPlatforms = () => points;
    onLayers(buildPlatformLayers(points, atlas, selectedId));
  }, [points, atlas, selectedId, onLayers]);
  return null;
}
