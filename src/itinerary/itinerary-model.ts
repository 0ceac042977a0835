/**
 * A delegation's visit plan as data: stops in order with their positions and how precise they are, the
 * straight-line (great-circle) distance of each leg and the total. Straight lines, not road routes: the UI says so.
 */
import distance from '@turf/distance';
import type { LineString, Point } from 'geojson';
import type { PositionPrecision } from '../schema';

export interface StopInput {
  id: string;
  name_zh: string;
  name_en: string;
  /** [lon, lat] */
  point: [number, number];
  precision: PositionPrecision;
}

export interface ItineraryStop extends StopInput {
  /** 1-based visiting order. */
  n: number;
  /** A park placed at its town's seat or its board's point: the stop is approximate. */
  approximate: boolean;
}

export interface ItineraryLeg {
  from: number;
  to: number;
  km: number;
}

export interface Itinerary {
  stops: ItineraryStop[];
  legs: ItineraryLeg[];
  totalKm: number;
}

export const roundKm = (km: number) => Math.round(km * 10) / 10;

export function buildItinerary(inputs: readonly StopInput[]): Itinerary {
  const stops = inputs.map((s, i) => ({ ...s, n: i + 1, approximate: s.precision !== 'site' }));
  const legs: ItineraryLeg[] = [];
  for (let i = 1; i < stops.length; i++) {
    legs.push({ from: i, to: i + 1, km: distance(stops[i - 1]!.point, stops[i]!.point, { units: 'kilometers' }) });
  }
  return { stops, legs, totalKm: legs.reduce((sum, l) => sum + l.km, 0) };
}

type ItineraryFeature =
  | { type: 'Feature'; geometry: Point; properties: { kind: 'stop'; order: number; id: string; name_zh: string; name_en: string; precision: PositionPrecision } }
  | { type: 'Feature'; geometry: LineString; properties: { kind: 'leg'; from: number; to: number; straight_line_km: number } };

/** GeoJSON (WGS84): one Point per stop, one straight LineString per leg, with the note that legs are not roads. */
export interface ItineraryGeoJson {
  type: 'FeatureCollection';
  features: ItineraryFeature[];
  note: string;
}

export function itineraryGeoJson(itinerary: Itinerary): ItineraryGeoJson {
  const features: ItineraryFeature[] = itinerary.stops.map((s) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [s.point[0], s.point[1]] },
    properties: { kind: 'stop', order: s.n, id: s.id, name_zh: s.name_zh, name_en: s.name_en, precision: s.precision },
  }));
  for (const leg of itinerary.legs) {
    const a = itinerary.stops[leg.from - 1]!.point;
    const b = itinerary.stops[leg.to - 1]!.point;
    features.push({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: [[a[0], a[1]], [b[0], b[1]]] },
      properties: { kind: 'leg', from: leg.from, to: leg.to, straight_line_km: roundKm(leg.km) },
    });
  }
  return { type: 'FeatureCollection', features, note: 'Legs are straight lines between stops, not road routes.' };
}
