/**
 * Colours and symbol shapes. Category colours are the Okabe–Ito set and every category also has its own
 * shape, so categories stay apart for colour-blind readers and in greyscale print. Sequential ramps are
 * ColorBrewer schemes marked colour-blind safe: YlGnBu (cool) for the choropleth, YlOrRd (warm) for heat,
 * so the two never read as one scale when both are on.
 */
import type { ParkCategory } from '../schema';

export type Rgba = [number, number, number, number];
export type SymbolShape = 'star' | 'circle' | 'diamond' | 'square' | 'triangle';

export const CATEGORY_STYLE: Readonly<Record<ParkCategory, { colour: string; shape: SymbolShape }>> = {
  future_park: { colour: '#D55E00', shape: 'star' },
  characteristic_park: { colour: '#0072B2', shape: 'circle' },
  innovation_hub: { colour: '#009E73', shape: 'diamond' },
  connected_zone: { colour: '#E69F00', shape: 'square' },
  upgrade_zone: { colour: '#CC79A7', shape: 'triangle' },
};

/**
 * Imported records. Extra parks have no category in the documents: a neutral grey circle. Projects are coloured
 * by pipeline stage along a sequential ramp (light = early talks, dark = at capacity): ColorBrewer PuBu, 8 classes,
 * colour-blind safe and apart from the warm heat ramp and the category colours.
 */
export const IMPORTED_EXTRA_PARK_STYLE = { colour: '#6b7280', shape: 'circle' as SymbolShape };
export const STAGE_RAMP = ['#d0d1e6', '#a6bddb', '#74a9cf', '#3690c0', '#0570b0', '#045a8d', '#023858', '#01253d'] as const;

/** YlGnBu, 5 classes (ColorBrewer, colour-blind safe). */
export const CHOROPLETH_RAMP = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'] as const;
/** YlOrRd, 6 classes (ColorBrewer, colour-blind safe); low end first. */
export const HEAT_RAMP = ['#ffffb2', '#fed976', '#feb24c', '#fd8d3c', '#f03b20', '#bd0026'] as const;

/** The ramp as deck.gl's colorRange, built once: HeatmapLayer rebuilds its colour texture whenever it gets a new array. */
export const HEAT_COLOR_RANGE: [number, number, number][] = HEAT_RAMP.map((hex) => hexToRgba(hex).slice(0, 3) as [number, number, number]);

export const BASE_COLOURS = {
  background: '#e9eef2',
  districtFill: '#f7f4ec',
  districtOutline: '#8a8f98',
  districtSelected: '#1b1f24',
  water: '#b9d3e6',
  waterLine: '#8fb6d4',
  noDataFill: '#d9d9d9',
  noDataHatch: '#8c8c8c',
  labelText: '#1b1f24',
  labelHalo: '#ffffff',
  selectionHalo: '#1b1f24',
  precisionRing: '#4b5563',
} as const;

export function hexToRgba(hex: string, alpha = 255): Rgba {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, alpha];
}

/** `count` colours spread evenly over a ramp (both ends kept). */
export function pickFromRamp(ramp: readonly string[], count: number): string[] {
  if (count <= 0) return [];
  if (count === 1) return [ramp[Math.floor(ramp.length / 2)]!];
  return Array.from({ length: count }, (_, i) => ramp[Math.round((i * (ramp.length - 1)) / (count - 1))]!);
}
