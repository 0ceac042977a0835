/**
 * React hook for the host map: follows the given MapLibre map and returns the deck.gl layers to add to the
 * overlay (and the state, for a status line or a legend). Mount only when a scale source is configured,
 * e.g. `VITE_SCALE_POINTS_URL` (see docs/performance.md).
 */
import { useEffect, useMemo, useState } from 'react';
import type { Layer } from '@deck.gl/core';
import { attachScalePoints, type AttachOptions, type MapLike, type ScaleSource, type ScaleState } from './scale-points-controller';
import { buildScaleLayers } from './scale-layers';

export function useScalePoints(
  map: MapLike | null,
  source: ScaleSource | null,
  options?: AttachOptions,
): { state: ScaleState | null; layers: Layer[] } {
  const [state, setState] = useState<ScaleState | null>(null);
  const fgbUrl = source?.fgbUrl;
  const overviewUrl = source?.overviewUrl;
  useEffect(() => {
    if (!map || !fgbUrl || !overviewUrl) return;
    return attachScalePoints(map, { fgbUrl, overviewUrl }, setState, options);
    // options are read once per map/source: callers pass a constant.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, fgbUrl, overviewUrl]);
  const layers = useMemo(() => (state ? buildScaleLayers(state) : []), [state]);
  return { state, layers };
}

/** The source configured at build time, or null (the default build has none). */
export function configuredScaleSource(): ScaleSource | null {
  const fgbUrl = import.meta.env.VITE_SCALE_POINTS_URL as string | undefined;
  if (!fgbUrl) return null;
  const overviewUrl = (import.meta.env.VITE_SCALE_OVERVIEW_URL as string | undefined) ?? fgbUrl.replace(/\.fgb$/, '.overview.json');
  return { fgbUrl, overviewUrl };
}
