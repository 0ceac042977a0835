import { HEAT_COLOR_RANGE } from './palette';
import type { MapLayerState } from './map-model';

/**
 * What every heat surface looks like (modelled or imported), so the two read alike under one legend.
 * Board totals and project amounts are very skewed (新吴 dominates most clusters; a few very large projects):
 * with intensity 1 everything else sits in the palest band. Intensity 3 saturates the top third so the smaller
 * values read as colour too; the legend calls the scale relative, low → high, without numbers.
 */
export function heatLook(state: MapLayerState) {
  return {
    aggregation: 'SUM' as const,
    radiusPixels: state.heat.radiusPixels,
    opacity: state.heat.opacity,
    intensity: 3,
    threshold: 0.05,
    colorRange: HEAT_COLOR_RANGE,
    pickable: false,
  };
}
