/**
 * The badge of a group of parks sharing one approximate point ("滨湖 · 9 个园区"): a deck TextLayer with a
 * rounded background, so it is drawn with the same app-served font as every other label (see fonts.ts) and picked
 * through its background (a click or tap opens the list of the group's parks).
 * Badges are outside the label collision: they stand for parks, and are never hidden by a name.
 */
import type { Layer } from '@deck.gl/core';
import { TextLayer } from '@deck.gl/layers';
import { DECK_LAYER_IDS } from './ids';
import { LABEL_FONT_FAMILY, LABEL_FONT_WEIGHT } from './fonts';
import { BASE_COLOURS, hexToRgba } from './palette';
import { PLAIN_TEXT } from './text-program';
import type { ParkGroup } from './park-groups';

export interface BadgeDatum {
  group: ParkGroup;
  text: string;
  /** The group holds the selected park, or the group's list is open. */
  active: boolean;
}

export function parkGroupBadgeLayer(badges: readonly BadgeDatum[], language: string): Layer {
  return new TextLayer<BadgeDatum>({
    ...PLAIN_TEXT,
    id: DECK_LAYER_IDS.parkGroups,
    data: badges,
    fontFamily: LABEL_FONT_FAMILY,
    fontWeight: LABEL_FONT_WEIGHT,
    characterSet: 'auto',
    fontSettings: { sdf: true, fontSize: 48, buffer: 8, radius: 12 },
    getPosition: (d) => [d.group.position[0], d.group.position[1]],
    getPixelOffset: (d) => d.group.badgeOffset,
    getText: (d) => d.text,
    getSize: 12,
    sizeUnits: 'pixels',
    getColor: hexToRgba(BASE_COLOURS.labelText),
    getTextAnchor: 'middle',
    getAlignmentBaseline: 'center',
    background: true,
    backgroundBorderRadius: 9,
    backgroundPadding: [7, 3, 7, 3],
    getBackgroundColor: hexToRgba(BASE_COLOURS.labelHalo, 240),
    getBorderColor: (d) => hexToRgba(d.active ? BASE_COLOURS.selectionHalo : BASE_COLOURS.precisionRing, 255),
    getBorderWidth: (d) => (d.active ? 2.5 : 1.25),
    pickable: true,
    updateTriggers: { getText: [language], getBorderColor: [badges], getBorderWidth: [badges] },
  });
}
