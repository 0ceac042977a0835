import { useMemo } from 'react';
import type { AppIndex } from '../app/app-data';
import { useAppState } from '../store';
import { buildItinerary, type Itinerary, type StopInput } from './itinerary-model';

export function stopInputs(index: AppIndex, ids: readonly string[]): StopInput[] {
  return ids.flatMap((id) => {
    const park = index.parkById.get(id);
    return park
      ? [{ id, name_zh: park.props.name_zh, name_en: park.props.name_en, point: park.point, precision: park.props.precision }]
      : [];
  });
}

export function useItinerary(index: AppIndex): Itinerary {
  const ids = useAppState((s) => s.itinerary);
  return useMemo(() => buildItinerary(stopInputs(index, ids)), [index, ids]);
}
