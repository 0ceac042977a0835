import type { Map as MaplibreMap } from 'maplibre-gl';
import type { MapPark } from '../layers/map-model';
import type { ParkLayout } from '../layers/park-groups';

/** Screen position (container px) of a park as drawn, or null when it is inside a collapsed badge / not drawn. */
export function parkScreenPoint(map: MaplibreMap, park: MapPark, layout: ParkLayout): [number, number] | null {
  const offset = layout.offsets.get(park.properties.id);
  if (!offset) return null;
  const p = map.project([park.position[0], park.position[1]]);
  return [p.x + offset[0], p.y + offset[1]];
}
