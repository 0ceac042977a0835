/**
 * Thematic layers for values that exist once per board, as pure functions: proportional circles (area ∝ value)
 * at each board's label point with a value label, "no target" markers for boards printed "-", the choropleth's
 * value labels, and imported projects counted per board at city zoom (points take over when zoomed in).
 * Sizes are in pixels so a circle reads the same at every zoom; the legend shows the scale.
 */
import type { Layer } from '@deck.gl/core';
import { ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import type { BoardId } from '../schema';
import { boardIds } from '../schema/constants';
import type { BoardValues } from '../domain/board-values';
import type { ProjectIndex } from '../domain/project-index';
import type { Choropleth } from './choropleth';
import { DECK_LAYER_IDS } from './ids';
import { BASE_COLOURS, STAGE_RAMP, hexToRgba } from './palette';
import { formatValue, type ValueUnit } from './format-value';
import { LABEL_FONT_FAMILY, LABEL_FONT_WEIGHT } from './fonts';
import { PLAIN_TEXT } from './text-program';
import type { MapLayerState, MapModel } from './map-model';

/** Radius of the largest circle; the others scale by √(value / max) so their areas compare like the values. */
export const MAX_SYMBOL_RADIUS_PX = 34;
export const NO_TARGET_RADIUS_PX = 5;
export const TARGET_SYMBOL_COLOUR = '#d95f0e';
export const PROJECT_COUNT_COLOUR = STAGE_RAMP[5];

/** Circle radius (px) for a value: area proportional to the value, the largest value at `maxRadius`. */
export function proportionalRadius(value: number, max: number, maxRadius = MAX_SYMBOL_RADIUS_PX): number {
  if (!(max > 0) || !(value > 0)) return 0;
  return maxRadius * Math.sqrt(value / max);
}

export interface BoardSymbol {
  board: BoardId;
  position: [number, number];
  /** null: no target ("-"). */
  value: number | null;
  radius: number;
  label: string;
}

function labelPoints(model: MapModel): Map<BoardId, [number, number]> {
  return new Map(model.boards.map((b) => [b.id, [b.label_point[0], b.label_point[1]] as [number, number]]));
}

/** One symbol per board in `values` (already through the board filter), with its label text. */
export function boardSymbols(values: BoardValues, model: MapModel, language: MapLayerState['language'], noTargetText: string): BoardSymbol[] {
  const points = labelPoints(model);
  const unit: ValueUnit | undefined = values.rows[0];
  return values.values.flatMap(({ board, value }) => {
    const position = points.get(board);
    if (!position) return [];
    return [
      {
        board,
        position,
        value,
        radius: value === null ? NO_TARGET_RADIUS_PX : proportionalRadius(value, values.max),
        label: value === null ? noTargetText : formatValue(value, unit, language),
      },
    ];
  });
}

const textCommon = {
  ...PLAIN_TEXT,
  fontFamily: LABEL_FONT_FAMILY,
  fontWeight: LABEL_FONT_WEIGHT,
  characterSet: 'auto' as const,
  fontSettings: { sdf: true, fontSize: 48, buffer: 8, radius: 12 },
  outlineWidth: 4,
  outlineColor: hexToRgba(BASE_COLOURS.labelHalo, 235),
  sizeUnits: 'pixels' as const,
  getTextAnchor: 'middle' as const,
  // Values stack above the board's name (the name sits on the label point; parks are laid out below it).
  getAlignmentBaseline: 'bottom' as const,
};

/** Vertical offset (px) of the n-th value line above a board's name. */
export function valueLineOffset(line: number): [number, number] {
  return [0, -11 - 16 * line];
}

/** Proportional circles and their value labels (labels only once the label font is in). */
export function targetSymbolLayers(symbols: readonly BoardSymbol[], fontsReady: boolean, selected: BoardId | null, valueLine = 0): Layer[] {
  const fill = hexToRgba(TARGET_SYMBOL_COLOUR, 120);
  const line = hexToRgba(TARGET_SYMBOL_COLOUR, 230);
  const none = hexToRgba(BASE_COLOURS.precisionRing, 200);
  const layers: Layer[] = [
    new ScatterplotLayer<BoardSymbol>({
      id: DECK_LAYER_IDS.targetSymbols,
      data: symbols,
      getPosition: (d) => d.position,
      getRadius: (d) => d.radius,
      radiusUnits: 'pixels',
      stroked: true,
      filled: true,
      // "No target" is a small hollow grey ring: visibly not a small value.
      getFillColor: (d) => (d.value === null ? [255, 255, 255, 200] : fill),
      getLineColor: (d) => (d.value === null ? none : line),
      lineWidthUnits: 'pixels',
      getLineWidth: (d) => (d.board === selected ? 3 : 1.5),
      pickable: true,
      updateTriggers: { getLineWidth: [selected] },
    }),
  ];
  if (fontsReady) {
    layers.push(
      new TextLayer<BoardSymbol>({
        ...textCommon,
        id: DECK_LAYER_IDS.targetValueLabels,
        data: symbols,
        getPosition: (d) => d.position,
        getText: (d) => d.label,
        getSize: 13,
        getColor: (d) => (d.value === null ? hexToRgba('#4a525b') : hexToRgba('#7a2e00')),
        getPixelOffset: valueLineOffset(valueLine),
        pickable: false,
      }),
    );
  }
  return layers;
}

/** The choropleth's printed value on each board, above the board name (one line further up when target values show too). */
export function choroplethValueLabels(
  choropleth: Choropleth,
  model: MapModel,
  language: MapLayerState['language'],
  keepBoards: readonly BoardId[],
  line = 0,
): Layer {
  const points = labelPoints(model);
  const data = boardIds.flatMap((board) => {
    const value = choropleth.values[board];
    const position = points.get(board);
    if (value === undefined || !position || (keepBoards.length > 0 && !keepBoards.includes(board))) return [];
    return [{ position, text: formatValue(value, choropleth.row, language) }];
  });
  return new TextLayer<{ position: [number, number]; text: string }>({
    ...textCommon,
    id: DECK_LAYER_IDS.choroplethValueLabels,
    data,
    getPosition: (d) => d.position,
    getText: (d) => d.text,
    getSize: 13,
    getColor: hexToRgba('#253494'),
    getPixelOffset: valueLineOffset(line),
    pickable: false,
  });
}

export interface BoardCount {
  board: BoardId;
  position: [number, number];
  count: number;
}

/** Kept projects per board (one pass over the filter mask; no per-project allocation). Projects without a board are left out. */
export function projectCountsByBoard(index: ProjectIndex, mask: Float32Array, model: MapModel): BoardCount[] {
  const counts = new Array<number>(boardIds.length).fill(0);
  for (let i = 0; i < index.count; i++) {
    if (mask[i]! > 0.5) {
      const b = index.board[i]!;
      if (b < boardIds.length) counts[b]! += 1;
    }
  }
  const points = labelPoints(model);
  return boardIds.flatMap((board, i) => {
    const position = points.get(board);
    return counts[i]! > 0 && position ? [{ board, position, count: counts[i]! }] : [];
  });
}

/** Imported projects at city zoom: one circle per board, area ∝ number of kept projects, the count labelled. */
export function projectCountLayers(counts: readonly BoardCount[], fontsReady: boolean, countText: (n: number) => string, visible: boolean, line = 0): Layer[] {
  const max = counts.reduce((m, c) => Math.max(m, c.count), 0);
  const layers: Layer[] = [
    new ScatterplotLayer<BoardCount>({
      id: DECK_LAYER_IDS.projectCounts,
      data: counts,
      visible,
      getPosition: (d) => d.position,
      getRadius: (d) => Math.max(4, proportionalRadius(d.count, max, 26)),
      radiusUnits: 'pixels',
      stroked: true,
      filled: true,
      getFillColor: hexToRgba(PROJECT_COUNT_COLOUR, 70),
      getLineColor: hexToRgba(PROJECT_COUNT_COLOUR, 240),
      lineWidthUnits: 'pixels',
      getLineWidth: 2,
      pickable: true,
      updateTriggers: { getRadius: [max] },
    }),
  ];
  if (fontsReady && visible) {
    layers.push(
      new TextLayer<BoardCount>({
        ...textCommon,
        id: DECK_LAYER_IDS.projectCountLabels,
        data: counts,
        getPosition: (d) => d.position,
        getText: (d) => countText(d.count),
        getSize: 13,
        getColor: hexToRgba(PROJECT_COUNT_COLOUR),
        getPixelOffset: valueLineOffset(line),
        pickable: false,
        updateTriggers: { getText: [countText] },
      }),
    );
  }
  return layers;
}
