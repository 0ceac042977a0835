/**
 * deck.gl layers for the scale path, as a pure function of the controller's state (stable ids, so deck diffs
 * them): the overview grid below `minZoom`, the points of the visible box above it. Binary attributes: no
 * per-point JS objects, colours computed once per read.
 */
import { ScatterplotLayer } from '@deck.gl/layers';
import type { Layer } from '@deck.gl/core';
import type { ScalePoints } from './fgb-bbox-reader';
import type { OverviewGrid } from './overview-grid';
import type { ScaleState } from './scale-points-controller';
import { HEAT_RAMP, hexToRgba, type Rgba } from '../layers/palette';

export const SCALE_LAYER_IDS = { overview: 'scale-overview', points: 'scale-points' } as const;

/** Okabe–Ito, repeated: categories are a hint here, the panel/legend of the host layer names them. */
const CATEGORY_COLOURS: readonly Rgba[] = ['#0072B2', '#D55E00', '#009E73', '#E69F00', '#CC79A7', '#56B4E9', '#F0E442', '#000000'].map(
  (hex) => hexToRgba(hex, 200),
);

const colourCache = new WeakMap<ScalePoints, Uint8Array>();

export function pointColours(points: ScalePoints): Uint8Array {
  let colours = colourCache.get(points);
  if (colours) return colours;
  colours = new Uint8Array(points.count * 4);
  for (let i = 0; i < points.count; i++) {
    const c = CATEGORY_COLOURS[points.categoryIndex[i]! % CATEGORY_COLOURS.length]!;
    colours.set(c, i * 4);
  }
  colourCache.set(points, colours);
  return colours;
}

interface OverviewAttributes {
  positions: Float64Array;
  colours: Uint8Array;
  count: number;
}
const overviewCache = new WeakMap<OverviewGrid, OverviewAttributes>();

export function overviewAttributes(grid: OverviewGrid): OverviewAttributes {
  let attributes = overviewCache.get(grid);
  if (attributes) return attributes;
  const count = Math.floor(grid.cells.length / 3);
  let max = 1;
  for (let i = 0; i < count; i++) max = Math.max(max, grid.cells[i * 3 + 2]!);
  const positions = new Float64Array(count * 2);
  const colours = new Uint8Array(count * 4);
  const ramp = HEAT_RAMP.map((hex) => hexToRgba(hex, 210));
  for (let i = 0; i < count; i++) {
    positions[i * 2] = grid.cells[i * 3]!;
    positions[i * 2 + 1] = grid.cells[i * 3 + 1]!;
    // Log scale: counts span orders of magnitude between the centre and the edge of a cluster.
    const t = Math.log1p(grid.cells[i * 3 + 2]!) / Math.log1p(max);
    colours.set(ramp[Math.min(ramp.length - 1, Math.floor(t * ramp.length))]!, i * 4);
  }
  attributes = { positions, colours, count };
  overviewCache.set(grid, attributes);
  return attributes;
}

export function buildScaleLayers(state: Pick<ScaleState, 'mode' | 'overview' | 'points'>): Layer[] {
  const layers: Layer[] = [];
  const showOverview = state.mode === 'overview' || (state.mode === 'loading' && !state.points);
  if (state.overview) {
    const grid = overviewAttributes(state.overview);
    layers.push(
      new ScatterplotLayer({
        id: SCALE_LAYER_IDS.overview,
        visible: showOverview,
        data: {
          length: grid.count,
          attributes: {
            getPosition: { value: grid.positions, size: 2 },
            getFillColor: { value: grid.colours, size: 4 },
          },
        },
        // Half a cell in metres (cell is in degrees; ~111 km per degree of latitude).
        getRadius: (state.overview.cell * 111_000) / 2,
        radiusUnits: 'meters',
        stroked: false,
      }),
    );
  }
  if (state.points) {
    const points = state.points;
    layers.push(
      new ScatterplotLayer({
        id: SCALE_LAYER_IDS.points,
        visible: !showOverview,
        data: {
          length: points.count,
          attributes: {
            getPosition: { value: points.positions, size: 2 },
            getFillColor: { value: pointColours(points), size: 4 },
          },
        },
        getRadius: 3,
        radiusUnits: 'pixels',
        radiusMinPixels: 2,
        stroked: false,
      }),
    );
  }
  return layers;
}
