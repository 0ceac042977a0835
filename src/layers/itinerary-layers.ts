/**
 * The delegation itinerary on the map: straight legs between stops, then a numbered disc per stop (solid for a
 * park at its site, white with a dark ring for an approximate position). A pure function of the stops; drawn
 * above the parks so the order reads at a glance.
 */
import { LineLayer, ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import type { Layer } from '@deck.gl/core';
import { PLAIN_TEXT } from './text-program';

type LonLat = [number, number];

export const ITINERARY_LAYER_IDS = {
  legs: 'itinerary-legs',
  stops: 'itinerary-stops',
  numbers: 'itinerary-numbers',
} as const;

export interface ItineraryStopDatum {
  n: number;
  position: LonLat;
  approximate: boolean;
}

const INK: [number, number, number, number] = [18, 52, 63, 255];
const WHITE: [number, number, number, number] = [255, 255, 255, 255];

export function buildItineraryLayers(stops: readonly ItineraryStopDatum[]): Layer[] {
  if (!stops.length) return [];
  const legs = stops.slice(1).map((s, i) => ({ from: stops[i]!.position, to: s.position }));
  return [
    new LineLayer<{ from: LonLat; to: LonLat }>({
      id: ITINERARY_LAYER_IDS.legs,
      data: legs,
      getSourcePosition: (d) => d.from,
      getTargetPosition: (d) => d.to,
      getColor: [18, 52, 63, 200],
      getWidth: 3,
      widthUnits: 'pixels',
    }),
    new ScatterplotLayer<ItineraryStopDatum>({
      id: ITINERARY_LAYER_IDS.stops,
      data: stops,
      getPosition: (d) => d.position,
      getRadius: 11,
      radiusUnits: 'pixels',
      stroked: true,
      getLineWidth: 2,
      lineWidthUnits: 'pixels',
      getFillColor: (d) => (d.approximate ? WHITE : INK),
      getLineColor: (d) => (d.approximate ? INK : WHITE),
    }),
    new TextLayer<ItineraryStopDatum>({
      ...PLAIN_TEXT,
      id: ITINERARY_LAYER_IDS.numbers,
      data: stops,
      getPosition: (d) => d.position,
      getText: (d) => String(d.n),
      getSize: 13,
      getColor: (d) => (d.approximate ? INK : WHITE),
      fontWeight: 700,
      getTextAnchor: 'middle',
      getAlignmentBaseline: 'center',
    }),
  ];
}
