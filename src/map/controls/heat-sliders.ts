/** Descriptors drive the heat sliders (one table, one generic control): range, step, label key, formatting. */
import { HEAT_OPACITY_RANGE, HEAT_RADIUS_RANGE, type HeatSettings } from '../../store';

export interface SliderDescriptor {
  key: 'opacity' | 'radiusPixels';
  labelKey: string;
  min: number;
  max: number;
  step: number;
  format: (value: number) => string;
}

export const HEAT_SLIDERS: readonly SliderDescriptor[] = [
  { key: 'opacity', labelKey: 'map.heat.opacity', ...HEAT_OPACITY_RANGE, format: (v) => `${Math.round(v * 100)}%` },
  { key: 'radiusPixels', labelKey: 'map.heat.radius', ...HEAT_RADIUS_RANGE, format: (v) => `${v} px` },
];

export type SliderValues = Pick<HeatSettings, SliderDescriptor['key']>;
