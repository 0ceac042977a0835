import { useMemo } from 'react';
import type { Layer } from '@deck.gl/core';
import { useAppState } from '../store';
import type { MapModel } from '../layers/map-model';
import { buildItineraryLayers, type ItineraryStopDatum } from '../layers/itinerary-layers';

/** The itinerary's stops (park ids in order) → deck layers, at the parks' map positions. */
export function useItineraryLayers(model: MapModel | null): Layer[] {
  const ids = useAppState((s) => s.itinerary);
  return useMemo(() => {
    if (!model || !ids.length) return [];
    const byId = new Map(model.parks.map((p) => [p.properties.id, p]));
    const stops: ItineraryStopDatum[] = ids.flatMap((id) => {
      const p = byId.get(id);
      return p ? [{ n: 0, position: [p.position[0], p.position[1]], approximate: p.properties.precision !== 'site' }] : [];
    });
    stops.forEach((s, i) => (s.n = i + 1));
    return buildItineraryLayers(stops);
  }, [model, ids]);
}
