/**
 * deck.gl layers as a pure function of (store state, model): stable ids, deck diffs them.
 *
 * Why points and labels are deck layers: the overlay runs non-interleaved (its own canvas above the map).
 * @deck.gl/mapbox 9.4's interleaved mode reads `map.transform`, which maplibre-gl 6 removed, and a shim would
 * reach into more private internals (painter, style order). Non-interleaved, anything MapLibre draws lies under
 * the heat surface — so the areas stay in MapLibre (readable through the heat's moderate opacity) while parks,
 * precision rings, the selection and all labels are drawn here, above the heat, where nothing hides them.
 * Order, bottom to top: heat → rings → approximate boards → target circles → project counts (city zoom) →
 * imported zone points → park symbols → imported project points (high zoom) → selection → labels → values.
 */
import type { Layer } from '@deck.gl/core';
import { HeatmapLayer } from '@deck.gl/aggregation-layers';
import { IconLayer, ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import type { BoardId, ParkCategory } from '../schema';
import type { HeatPoint, HeatSurface } from '../domain/heat-points';
import type { ProjectIndex } from '../domain/project-index';
import { heatLook } from './heat-look';
import { projectHeatLayer, projectPointLayers, warmProjectHeatLayer, warmProjectPointsLayer, zonePointsLayer, type ZonePoint } from './imported-layers';
import type { Choropleth } from './choropleth';
import { DECK_LAYER_IDS } from './ids';
import { BASE_COLOURS, CATEGORY_STYLE, hexToRgba, type Rgba } from './palette';
import { iconAtlasProp, symbolId, type SymbolAtlas } from './symbol-atlas';
import { LABEL_FONT_FAMILY, LABEL_FONT_WEIGHT } from './fonts';
import { COLLIDING_TEXT, PLAIN_TEXT } from './text-program';
import type { ApproximateBoard, MapLayerState, MapModel, MapPark } from './map-model';
import { parkMatchesFilters, parkMatchesIndustry } from '../domain/park-filter';
import { BADGE_BELOW_LABEL_PX, EXPAND_GROUPS_ZOOM, SELECTED_BELOW_BADGE_PX, layoutParks, pointKey, type ParkGroup, type ParkLayout } from './park-groups';
import { placeCityLabels, textWidthPx, type PlacedBadge, type PlacedName } from './city-placement';
import type { LonLat } from '../domain/allocation';
import { parkGroupBadgeLayer } from './park-group-layers';
import type { BoardValues } from '../domain/board-values';
import { boardSymbols, choroplethValueLabels, projectCountLayers, targetSymbolLayers, type BoardCount } from './thematic-layers';

export interface DeckLayerInputs {
  state: MapLayerState;
  model: MapModel;
  choropleth: Choropleth | null;
  heat: HeatSurface | null;
  symbols: SymbolAtlas;
  /** False until the label font faces have loaded; labels wait so the text atlas is built once, in the right font. */
  fontsReady: boolean;
  /** False until the park names' font faces are in too (they are loaded after the first draw); default true. */
  parkNamesReady?: boolean;
  /** Imported data; absent or null when nothing is imported. */
  imported?: {
    /** `mask`: 1 per project the filters keep (keptMask). */
    projects: { index: ProjectIndex; mask: Float32Array; visible: boolean } | null;
    /** Imported zones given as points, already through the filters. */
    zonePoints: readonly ZonePoint[];
    /** The user is about to import (the import dialog is open): declare the project layers early, empty. */
    prepare?: boolean;
  };
  /** The camera's zoom: park names and spread groups from EXPAND_GROUPS_ZOOM on. Default: city view. */
  zoom?: number;
  /** Key of the group whose list is open (its badge is highlighted). */
  openGroup?: string | null;
  /** A badge's text ("滨湖 · 9 个园区"), in the UI language; the bridge passes it from the translations. */
  groupText?: (group: ParkGroup) => string;
  /** Values drawn once per board (thematic-layers.ts); absent in callers that draw none. */
  thematic?: ThematicInputs;
  /**
   * The camera's zoom (rounded to a quarter) and visible box while parks are collapsed into badges: names and
   * badges are then placed so they do not overlap (city-placement.ts). Absent: badges hang below their board's name.
   */
  cityView?: { zoom: number; view: readonly [number, number, number, number] } | null;
  /** A board's short name ("Jiangyin"), in the UI language: English board names at city view. */
  shortName?: (board: BoardId) => string;
  /** Map markers badges keep clear of (the airport), with the zoom they are drawn from. */
  obstacles?: ReadonlyArray<{ at: LonLat; minZoom: number }>;
}

export interface ThematicInputs {
  /** Target intensity per board, or null when that surface is not on. */
  targets: BoardValues | null;
  /** Kept imported projects per board, or null without projects; drawn below the points' zoom. */
  projectCounts: readonly BoardCount[] | null;
  projectCountsVisible: boolean;
  texts: { noTarget: string; projectCount: (count: number) => string };
}

const SYMBOL_SIZE_PX = 20;
const SELECTED_SYMBOL_SIZE_PX = 28;
const DIMMED_ALPHA = 70;

/** Parks the map draws: those the filters keep, plus the selected park even if filtered out. */
export function visibleParks(state: MapLayerState, model: MapModel): MapPark[] {
  const selectedId = state.selection?.kind === 'park' ? state.selection.id : null;
  return model.parks.filter(
    (p) => p.properties.id === selectedId || parkMatchesFilters(p.properties, state.filters, model.parentOf),
  );
}

/** When an industry is selected, parks that do not serve it are dimmed (not hidden) so the rest stays legible. */
function isDimmed(park: MapPark, state: MapLayerState, model: MapModel): boolean {
  if (state.selection?.kind !== 'industry') return false;
  return !parkMatchesIndustry(park.properties, [state.selection.id], model.parentOf);
}

function name(props: { name_zh: string; name_en: string }, language: MapLayerState['language']): string {
  return language === 'en' ? props.name_en : props.name_zh;
}

const BOARD_LABEL_SIZE_PX = 15;
const BADGE_TEXT_SIZE_PX = 12;
/** Room kept around the airport's marker (its plane icon, ~18 px at city zoom). */
const OBSTACLE_SIZE = { w: 24, h: 24 } as const;

/**
 * A board's name on the map. 无锡经开区 has no boundary: its label says the position is approximate. In English at
 * city view the short form ("Jiangyin", "Wuxi EDZ"): the full names ("Jiangyin (county-level city)") are two to
 * three times as wide as the Chinese ones and bury the centre; the panel and tooltip give the full name.
 */
function boardLabelText(b: MapModel['boards'][number], inputs: Pick<DeckLayerInputs, 'state' | 'cityView' | 'shortName'>): string {
  const language = inputs.state.language;
  const text = language === 'en' && inputs.cityView != null && inputs.shortName ? inputs.shortName(b.id) : name(b, language);
  return b.precision === 'approximate' ? `≈ ${text}` : text;
}

/** Where each drawn park sits (alone, spread in its group, or inside its group's badge): see park-groups.ts. */
export function parkLayoutFor(
  inputs: Pick<DeckLayerInputs, 'state' | 'model' | 'zoom' | 'cityView' | 'groupText' | 'obstacles' | 'shortName'>,
  parks: readonly MapPark[],
): ParkLayout {
  const { state, model } = inputs;
  const expanded = (inputs.zoom ?? 0) >= EXPAND_GROUPS_ZOOM;
  const layout = layoutParks(parks, {
    expanded,
    selectedId: state.selection?.kind === 'park' ? state.selection.id : null,
    labelPoints: new Set(state.layers.districts ? model.boards.map((b) => pointKey(b.label_point)) : []),
  });
  const zoom = inputs.cityView?.zoom;
  if (expanded || zoom == null || !inputs.groupText || layout.groups.length === 0) return layout;
  const names: PlacedName[] = state.layers.districts
    ? model.boards.map((b) => ({
        board: b.id,
        at: b.label_point,
        size: { w: textWidthPx(boardLabelText(b, inputs), BOARD_LABEL_SIZE_PX) + 4, h: BOARD_LABEL_SIZE_PX + 4 },
        dy: b.precision === 'approximate' ? -APPROXIMATE_LABEL_GAP_PX - (BOARD_LABEL_SIZE_PX + 4) / 2 : 0,
      }))
    : [];
  const boardAt = new Map(names.map((n) => [pointKey(n.at), n.board]));
  // Bigger groups choose first.
  const badges: PlacedBadge[] = [...layout.groups]
    .sort((a, b) => b.parkIds.length - a.parkIds.length)
    .map((g) => ({
      key: g.key,
      at: g.position,
      // Text, the badge's padding (7 px a side) and its border.
      size: { w: textWidthPx(inputs.groupText!(g), BADGE_TEXT_SIZE_PX) + 18, h: BADGE_TEXT_SIZE_PX + 10 },
      board: g.precision === 'district' ? (boardAt.get(pointKey(g.position)) ?? null) : null,
    }));
  const obstacles = (inputs.obstacles ?? []).filter((o) => zoom >= o.minZoom).map((o) => ({ at: o.at, size: OBSTACLE_SIZE }));
  const placement = placeCityLabels(zoom, names, badges, obstacles, BADGE_BELOW_LABEL_PX, inputs.cityView?.view);
  const selectedId = state.selection?.kind === 'park' ? state.selection.id : null;
  for (const g of layout.groups) {
    g.badgeOffset = placement.badgeOffsets.get(g.key) ?? g.badgeOffset;
    // The selected park drawn below its collapsed badge follows the badge.
    if (selectedId && g.parkIds.includes(selectedId)) layout.offsets.set(selectedId, [g.badgeOffset[0], g.badgeOffset[1] + SELECTED_BELOW_BADGE_PX]);
  }
  return { ...layout, hiddenNames: placement.hiddenNames };
}

function heatLayer(heat: HeatSurface, state: MapLayerState): Layer {
  // Weights are scaled to 0–1 by the largest point: the surface is relative anyway (the legend says so), and
  // raw 亿元 sums in the thousands overflow the half-float weight texture some GPUs (and SwiftShader) use.
  const max = heat.points.reduce((m, p) => Math.max(m, p.weight), 0) || 1;
  return new HeatmapLayer<HeatPoint>({
    id: DECK_LAYER_IDS.heat,
    data: heat.points,
    getPosition: (d) => [d.position[0], d.position[1]],
    getWeight: (d) => d.weight / max,
    ...heatLook(state),
  });
}

export function buildDeckLayers(inputs: DeckLayerInputs): Layer[] {
  const { state, model, choropleth, heat, symbols, fontsReady } = inputs;
  const language = state.language;
  const parks = state.layers.parks ? visibleParks(state, model) : [];
  const selectedId = state.selection?.kind === 'park' ? state.selection.id : null;
  const selectedPark = parks.find((p) => p.properties.id === selectedId) ?? null;
  const layout = parkLayoutFor(inputs, parks);
  const drawnParks = parks.filter((p) => layout.offsets.has(p.properties.id));
  const offsetOf = (p: MapPark): [number, number] => layout.offsets.get(p.properties.id) ?? [0, 0];
  const layers: Layer[] = [];

  const imported = inputs.imported;
  if (heat?.projectData) {
    if (heat.projectData.length > 0) layers.push(projectHeatLayer(heat.projectData, state));
  } else if (heat && heat.points.length > 0) layers.push(heatLayer(heat, state));
  else if (imported?.prepare) layers.push(warmProjectHeatLayer(state));

  layers.push(
    new ScatterplotLayer<MapPark>({
      id: DECK_LAYER_IDS.precisionRings,
      data: ringsToDraw(parks, selectedId),
      getPosition: (d) => [d.position[0], d.position[1]],
      getRadius: (d) => d.ringMetres,
      radiusUnits: 'meters',
      stroked: true,
      filled: true,
      // Rings are neutral: the symbol inside carries the category; the ring only says "somewhere in here".
      getFillColor: hexToRgba(BASE_COLOURS.precisionRing, 14),
      getLineColor: hexToRgba(BASE_COLOURS.precisionRing, 150),
      lineWidthUnits: 'pixels',
      getLineWidth: 1.25,
      pickable: false,
    }),
  );

  const boardColour = (b: ApproximateBoard): Rgba => {
    const cls = choropleth?.classOf[b.properties.id];
    if (choropleth && cls !== undefined) return hexToRgba(choropleth.classes[cls]!.colour, 200);
    return hexToRgba(choropleth ? BASE_COLOURS.noDataFill : BASE_COLOURS.districtFill, 170);
  };
  layers.push(
    new ScatterplotLayer<ApproximateBoard>({
      id: DECK_LAYER_IDS.approximateBoards,
      data: state.layers.districts ? model.approximateBoards : [],
      getPosition: (d) => [d.position[0], d.position[1]],
      getRadius: (d) => d.ringMetres,
      radiusUnits: 'meters',
      stroked: true,
      filled: true,
      getFillColor: boardColour,
      getLineColor: (d) =>
        hexToRgba(
          state.selection?.kind === 'board' && state.selection.id === d.properties.id
            ? BASE_COLOURS.districtSelected
            : BASE_COLOURS.districtOutline,
        ),
      lineWidthUnits: 'pixels',
      getLineWidth: (d) => (state.selection?.kind === 'board' && state.selection.id === d.properties.id ? 3 : 1.5),
      pickable: true,
      updateTriggers: { getFillColor: [choropleth], getLineColor: [state.selection], getLineWidth: [state.selection] },
    }),
  );

  const thematic = inputs.thematic;
  const selectedBoard = state.selection?.kind === 'board' ? state.selection.id : null;
  if (thematic?.targets) {
    const symbols = boardSymbols(thematic.targets, model, language, thematic.texts.noTarget);
    layers.push(...targetSymbolLayers(symbols, fontsReady && state.layers.labels, selectedBoard));
  }
  // Value lines above each board's name: target value, then the choropleth's, then the project count.
  const countLine = (thematic?.targets ? 1 : 0) + (choropleth ? 1 : 0);
  if (thematic?.projectCounts) {
    layers.push(
      ...projectCountLayers(thematic.projectCounts, fontsReady && state.layers.labels, thematic.texts.projectCount, thematic.projectCountsVisible, countLine),
    );
  }

  if (imported && imported.zonePoints.length > 0) {
    const zoneId = state.selection?.kind === 'zone' ? state.selection.id : null;
    layers.push(zonePointsLayer(imported.zonePoints, symbols, zoneId, state.layers.parks));
  }

  // Badges under the symbols: a lone park at a town seat next to a board's badge stays visible and clickable.
  const collapsed = layout.groups.filter((g) => g.parkIds.some((id) => layout.collapsedIn.has(id)));
  if (collapsed.length > 0) {
    const text = inputs.groupText ?? ((g: ParkGroup) => `${g.board} · ${g.parkIds.length}`);
    const badges = collapsed.map((group) => ({
      group,
      text: text(group),
      active: group.key === inputs.openGroup || (selectedId !== null && group.parkIds.includes(selectedId)),
    }));
    // The badge's text is drawn with the label font: it waits for it like the labels do.
    if (fontsReady) layers.push(parkGroupBadgeLayer(badges, language));
  }

  layers.push(
    new IconLayer<MapPark>({
      id: DECK_LAYER_IDS.parkSymbols,
      data: drawnParks,
      getPosition: (d) => [d.position[0], d.position[1]],
      iconAtlas: iconAtlasProp(symbols),
      iconMapping: symbols.mapping,
      getIcon: (d) => symbolId(d.properties.category, d.properties.precision !== 'site'),
      getPixelOffset: offsetOf,
      getSize: (d) => (d.properties.id === selectedId ? SELECTED_SYMBOL_SIZE_PX : SYMBOL_SIZE_PX),
      sizeUnits: 'pixels',
      getColor: (d) => [0, 0, 0, isDimmed(d, state, model) ? DIMMED_ALPHA : 255],
      pickable: true,
      updateTriggers: { getSize: [selectedId], getColor: [state.selection], getPixelOffset: [layout] },
    }),
  );

  // Projects above the park symbols: a project placed at a park is a small dot on the park's symbol, so both
  // stay visible and clickable.
  if (imported?.projects) {
    const projectId = state.selection?.kind === 'project' ? state.selection.id : null;
    layers.push(...projectPointLayers({ ...imported.projects, selectedId: projectId }));
  } else if (imported?.prepare) layers.push(warmProjectPointsLayer());

  if (selectedPark) {
    layers.push(
      new ScatterplotLayer<MapPark>({
        id: DECK_LAYER_IDS.parkSelected,
        data: [selectedPark],
        getPosition: (d) => [d.position[0], d.position[1]],
        getRadius: 20,
        radiusUnits: 'pixels',
        getPixelOffset: offsetOf,
        stroked: true,
        filled: false,
        getLineColor: hexToRgba(BASE_COLOURS.selectionHalo),
        lineWidthUnits: 'pixels',
        getLineWidth: 3,
        // Pickable only so the e2e hooks can count it; clicks pick from the symbol layers alone.
        pickable: true,
      }),
    );
  }

  if (state.layers.labels && fontsReady) {
    layers.push(...labelLayers(inputs, drawnParks, layout, selectedId));
    if (choropleth) layers.push(choroplethValueLabels(choropleth, model, language, state.filters.boards, thematic?.targets ? 1 : 0));
  }
  return layers;
}

interface LabelDatum {
  key: string;
  text: string;
  position: [number, number];
  offset: [number, number];
  baseline: 'center' | 'bottom' | 'top';
  anchor: 'start' | 'middle' | 'end';
  priority: number;
}

/** Gap between a symbol's centre and its name; between the approximate board's point and its name. */
const PARK_LABEL_GAP_PX = 13;
const APPROXIMATE_LABEL_GAP_PX = 12;

/** A name beside its symbol: below it when alone; outward (left or right) when spread on a group's circle. */
function parkLabelPlacement(offset: [number, number], spread: boolean): Pick<LabelDatum, 'offset' | 'baseline' | 'anchor'> {
  const [x, y] = offset;
  const gap = PARK_LABEL_GAP_PX;
  if (!spread || Math.abs(x) < 8) return { offset: [x, y + (y < 0 && spread ? -gap : gap)], baseline: y < 0 && spread ? 'bottom' : 'top', anchor: 'middle' };
  return { offset: [x + (x > 0 ? gap : -gap), y], baseline: 'center', anchor: x > 0 ? 'start' : 'end' };
}

/**
 * Rings drawn: every town-precision park's ring, and the board-size ring of a district-precision park only when
 * it is selected — always drawn, eight board-sized circles would repeat the board outlines and bury the map; the
 * hollow symbol already marks those parks as approximate. One ring per distinct (point, radius).
 */
export function ringsToDraw(parks: MapPark[], selectedId: string | null): MapPark[] {
  const seen = new Set<string>();
  return parks.filter((p) => {
    if (p.ringMetres <= 0) return false;
    if (p.properties.precision === 'district' && p.properties.id !== selectedId) return false;
    const key = `${p.position[0]},${p.position[1]},${p.ringMetres}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Names. Why deck TextLayer + CollisionFilterExtension and not MapLibre symbol layers: the deck overlay is a
 * canvas above the map (non-interleaved, see the top of this file), so MapLibre text would lie under the heat
 * surface and under the park symbols it names; and MapLibre without a glyph server rasterises glyphs itself per
 * tile, while deck builds one atlas from the app-served Noto Sans SC once the faces are loaded (use-label-fonts.ts)
 * and adds no work to the map's first idle. The collision pass keeps the higher priority where names overlap:
 * board names, then future-industry parks, then the rest.
 *
 * deck's collision test looks at a label's anchor point only (not where getPixelOffset moved its glyphs), so a
 * name drawn beside its anchor gets a transparent background padded back over the anchor; without it the name is
 * always hidden. Names spread around a group's point cannot reach back to it: their layout keeps them apart (one
 * slot per name, outward), so they are drawn without collision, like the selected park's name, which always shows.
 */
function labelLayers(inputs: DeckLayerInputs, parks: MapPark[], layout: ParkLayout, selectedId: string | null): Layer[] {
  const { state, model } = inputs;
  const language = state.language;
  const common = {
    fontFamily: LABEL_FONT_FAMILY,
    fontWeight: LABEL_FONT_WEIGHT,
    characterSet: 'auto' as const,
    fontSettings: { sdf: true, fontSize: 48, buffer: 8, radius: 12 },
    outlineWidth: 4,
    outlineColor: hexToRgba(BASE_COLOURS.labelHalo, 235),
    getColor: hexToRgba(BASE_COLOURS.labelText),
    sizeUnits: 'pixels' as const,
    getPosition: (d: LabelDatum) => d.position,
    getText: (d: LabelDatum) => d.text,
    getTextAnchor: (d: LabelDatum) => d.anchor,
    getAlignmentBaseline: (d: LabelDatum) => d.baseline,
    getPixelOffset: (d: LabelDatum) => d.offset,
    // Pickable so the e2e hooks can count drawn labels; board names also select their board (src/map/MapView.tsx).
    pickable: true,
  };
  const collision = {
    ...COLLIDING_TEXT,
    getCollisionPriority: (d: LabelDatum) => d.priority,
    background: true,
    getBackgroundColor: [0, 0, 0, 0] as Rgba,
  };

  // A board whose badge stands on its point at this zoom is named by the badge (city-placement.ts).
  const districts: LabelDatum[] = state.layers.districts
    ? model.boards.filter((b) => !layout.hiddenNames?.has(b.id)).map((b) => ({
        key: b.id,
        text: boardLabelText(b, inputs),
        position: [b.label_point[0], b.label_point[1]],
        // An approximate board's label sits above its marker, so it never covers a neighbour's label point
        // (滨湖's name and badge lie just south-west of it, 新吴's east).
        offset: b.precision === 'approximate' ? [0, -APPROXIMATE_LABEL_GAP_PX] : [0, 0],
        baseline: b.precision === 'approximate' ? 'bottom' : 'center',
        anchor: 'middle',
        // Above the other boards: at city view its small marker has no area to say where it is.
        priority: b.precision === 'approximate' ? 950 : 900,
      }))
    : [];
  // Names from EXPAND_GROUPS_ZOOM on (at city view they would bury the map); the selected park's name always.
  const zoomedIn = (inputs.zoom ?? 0) >= EXPAND_GROUPS_ZOOM;
  const named = zoomedIn && inputs.parkNamesReady !== false ? parks : parks.filter((p) => p.properties.id === selectedId);
  const spread = new Set(zoomedIn ? layout.groups.flatMap((g) => g.parkIds) : []);
  const labelOf = (p: MapPark): LabelDatum => ({
    key: p.properties.id,
    text: name(p.properties, language),
    position: [p.position[0], p.position[1]],
    ...parkLabelPlacement(layout.offsets.get(p.properties.id) ?? [0, 0], spread.has(p.properties.id)),
    priority: p.properties.category === 'future_park' ? 500 : 400,
  });
  const free = named.filter((p) => p.properties.id === selectedId || spread.has(p.properties.id)).map(labelOf);
  const single = named.filter((p) => p.properties.id !== selectedId && !spread.has(p.properties.id)).map(labelOf);
  const parkText = {
    getSize: (d: LabelDatum) => (d.key === selectedId ? 14 : 12),
    maxWidth: language === 'en' ? 12 : -1,
    wordBreak: 'break-word' as const,
    updateTriggers: {
      getText: [language],
      getSize: [selectedId],
      getTextAnchor: [layout],
      getAlignmentBaseline: [layout],
      getPixelOffset: [layout],
    },
  };

  return [
    new TextLayer<LabelDatum>({
      ...common,
      ...collision,
      id: DECK_LAYER_IDS.districtLabels,
      data: districts,
      getSize: 15,
      // Reaches back over the anchor of the approximate board's raised label (see above).
      backgroundPadding: [0, 0, 0, APPROXIMATE_LABEL_GAP_PX + 2],
      updateTriggers: { getText: [language] },
    }),
    new TextLayer<LabelDatum>({
      ...common,
      ...collision,
      ...parkText,
      id: DECK_LAYER_IDS.parkLabels,
      data: single,
      // A lone park's name hangs PARK_LABEL_GAP_PX below its symbol: padded back up over the symbol's centre.
      backgroundPadding: [0, PARK_LABEL_GAP_PX + 2, 0, 0],
    }),
    new TextLayer<LabelDatum>({
      ...common,
      ...PLAIN_TEXT,
      ...parkText,
      id: DECK_LAYER_IDS.parkLabelsSpread,
      data: free,
    }),
  ];
}
