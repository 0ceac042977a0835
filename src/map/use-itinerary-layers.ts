import { useEffect, useMemo, useState } from 'react';
import type { Layer } from '@deck.gl/core';
import { useAppState } from '../store';
import type { MapModel } from '../layers/map-model';
import type { ItineraryStopDatum, buildItineraryLayers } from '../layers/itinerary-layers';

type Builder = typeof buildItineraryLayers;

/**
 * The itinerary's stops (park ids in order) → deck layers at the parks' map positions. The layer code (deck's
 * LineLayer is used nowhere else) is fetched the first time an itinerary has a stop.
 */
export function useItineraryLayers(model: MapModel | null): Layer[] {
  const ids = useAppState((s) => s.itinerary);
  const [build, setBuild] = useState<Builder | null>(null);
  const wanted = ids.length > 0;
  useEffect(() => {
    if (!wanted || build) return;
    let cancelled = false;
    void import('../layers/itinerary-layers').then((m) => !cancelled && setBuild(() => m.buildItineraryLayers));
    return () => {
      cancelled = true;
    };
  }, [wanted, build]);
  return useMemo(() => {
    if (!model || !ids.length || !build) return [];
    const byId = new Map(model.parks.map((p) => [p.properties.id, p]));
    const stops: ItineraryStopDatum[] = ids.flatMap((id) => {
      const p = byId.get(id);
      return p ? [{ n: 0, position: [p.position[0], p.position[1]] as [number, number], approximate: p.properties.precision !== 'site' }] : [];
    });
    stops.forEach((s, i) => (s.n = i + 1));
    return build(stops);
  }, [model, ids, build]);
}
