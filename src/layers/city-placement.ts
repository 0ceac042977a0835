/**
 * Where the names and park badges go while the parks are collapsed into badges (below EXPAND_GROUPS_ZOOM).
 * At city view the central boards lie a few dozen pixels apart — on a phone less — so a board name with its badge
 * hanging below ("滨湖区" over "滨湖 · 9 个园区") does not fit for every board. Placed greedily in screen pixels
 * at the camera's zoom: board names first; then each board's badge below (else above) its name where that is free;
 * where it is not, the name yields to the badge, which names the board itself and moves the least distance off its point
 * that is free; then the badges on town seats. Obstacles (the airport's marker) are kept clear of badges.
 * Pure: widths are estimated from the text (CJK glyphs are square, Latin about 0.6 em), no canvas is measured.
 */
import type { BoardId } from '../schema';
import type { LonLat } from '../domain/allocation';

export interface Size {
  w: number;
  h: number;
}

export interface PlacedName {
  board: BoardId;
  at: LonLat;
  size: Size;
  /** Vertical offset (px) of the box's centre from the point (an approximate board's name stands above it). */
  dy: number;
}

export interface PlacedBadge {
  key: string;
  at: LonLat;
  size: Size;
  /** The board whose name is drawn on the same point, if any: the badge hangs below that name. */
  board: BoardId | null;
}

export interface CityPlacement {
  /** Screen offset (px) of each badge's centre from its point. */
  badgeOffsets: Map<string, [number, number]>;
  /** Boards whose name is not drawn: their badge stands on their point and names them. */
  hiddenNames: Set<BoardId>;
}

interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Clearance between boxes (px). */
const GAP_PX = 2;
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/** Estimated width (px) of a line of text at `size` px. */
export function textWidthPx(text: string, size: number): number {
  let w = 0;
  for (const ch of text) w += CJK.test(ch) ? size : ch === ' ' ? 0.3 * size : 0.6 * size;
  return Math.ceil(w);
}

/** Web Mercator pixels at `zoom` (512 px tiles, as MapLibre): only differences between points matter here. */
function project(p: LonLat, zoom: number): [number, number] {
  const world = 512 * 2 ** zoom;
  const lat = (Math.max(-85, Math.min(85, p[1])) * Math.PI) / 180;
  return [((p[0] + 180) / 360) * world, ((1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2) * world];
}

function rectAt(centre: [number, number], size: Size): Rect {
  return { x0: centre[0] - size.w / 2, y0: centre[1] - size.h / 2, x1: centre[0] + size.w / 2, y1: centre[1] + size.h / 2 };
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x0 < b.x1 + GAP_PX && b.x0 < a.x1 + GAP_PX && a.y0 < b.y1 + GAP_PX && b.y0 < a.y1 + GAP_PX;
}

/** Offsets to try around a point, nearest first: on it, then a row above/below, then beside, then further out. */
function candidates(size: Size): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const dys = [0, 1, -1, 2, -2, 3, -3].map((k) => k * (size.h + GAP_PX + 1));
  const dxs = [0, 0.35, -0.35, 0.7, -0.7].map((k) => Math.round(k * size.w));
  for (const dy of dys) for (const dx of dxs) out.push([dx, dy]);
  return out.sort((a, b) => Math.hypot(a[0], a[1] * 1.6) - Math.hypot(b[0], b[1] * 1.6));
}

export function placeCityLabels(
  zoom: number,
  names: readonly PlacedName[],
  badges: readonly PlacedBadge[],
  obstacles: ReadonlyArray<{ at: LonLat; size: Size }> = [],
  badgeBelowNamePx = 24,
  /** The visible map [west, south, east, north]: a badge moved off its point is kept inside it. */
  view?: readonly [number, number, number, number],
): CityPlacement {
  const px = (p: LonLat) => project(p, zoom);
  const fixed: Rect[] = obstacles.map((o) => rectAt(px(o.at), o.size));
  // The edges of the screen, as four bands just outside the view: obstacles for badges whose point is in view
  // (a badge of a board off screen is not pulled in).
  const edges: Rect[] = [];
  let inView = (_p: [number, number]) => false;
  if (view) {
    const [x0, y1] = px([view[0], view[1]]);
    const [x1, y0] = px([view[2], view[3]]);
    const far = 1e4;
    inView = ([x, y]) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
    edges.push(
      { x0: x0 - far, y0: y0 - far, x1: x0 - GAP_PX, y1: y1 + far },
      { x0: x1 + GAP_PX, y0: y0 - far, x1: x1 + far, y1: y1 + far },
      { x0: x0 - far, y0: y0 - far, x1: x1 + far, y1: y0 - GAP_PX },
      { x0: x0 - far, y0: y1 + GAP_PX, x1: x1 + far, y1: y1 + far },
    );
  }
  const nameRects = new Map<BoardId, Rect>();
  for (const n of names) {
    const [x, y] = px(n.at);
    nameRects.set(n.board, rectAt([x, y + n.dy], n.size));
  }
  const badgeOffsets = new Map<string, [number, number]>();
  const hiddenNames = new Set<BoardId>();
  const placed: Rect[] = [];
  let blocked = fixed;
  const taken = (r: Rect) => blocked.some((o) => overlaps(r, o)) || placed.some((o) => overlaps(r, o)) ||
    [...nameRects].some(([board, o]) => !hiddenNames.has(board) && overlaps(r, o));

  const area = (a: Rect, b: Rect) => Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));
  const coveredArea = (r: Rect) =>
    [...blocked, ...placed, ...[...nameRects].filter(([board]) => !hiddenNames.has(board)).map(([, o]) => o)].reduce((sum, o) => sum + area(r, o), 0);

  // Below its own name, where free (the name itself is not in the way of its own badge).
  const onBoards = badges.filter((b) => b.board !== null && nameRects.has(b.board));
  const rest = badges.filter((b) => !onBoards.includes(b));
  const yielded: PlacedBadge[] = [];
  for (const badge of onBoards) {
    const [x, y] = px(badge.at);
    blocked = inView([x, y]) ? [...fixed, ...edges] : fixed;
    // Below the name, else above it (a marker such as the airport may lie just below).
    const dy = [badgeBelowNamePx, -badgeBelowNamePx].find((d) => {
      const r = rectAt([x, y + d], badge.size);
      return !blocked.some((o) => overlaps(r, o)) && !placed.some((o) => overlaps(r, o)) &&
        [...nameRects].every(([board, o]) => board === badge.board || !overlaps(r, o));
    });
    if (dy === undefined) {
      yielded.push(badge);
      continue;
    }
    placed.push(rectAt([x, y + dy], badge.size));
    badgeOffsets.set(badge.key, [0, dy]);
  }
  // The rest: the name yields to its badge; town badges take the nearest free place around their point.
  for (const badge of yielded) hiddenNames.add(badge.board!);
  for (const badge of [...yielded, ...rest]) {
    const [x, y] = px(badge.at);
    blocked = inView([x, y]) ? [...fixed, ...edges] : fixed;
    const options = candidates(badge.size);
    // Nowhere free (a very crowded centre): the place that covers the least of what is already there.
    const offset =
      options.find(([dx, dy]) => !taken(rectAt([x + dx, y + dy], badge.size))) ??
      options.reduce((best, c) => (coveredArea(rectAt([x + c[0], y + c[1]], badge.size)) < coveredArea(rectAt([x + best[0], y + best[1]], badge.size)) ? c : best));
    placed.push(rectAt([x + offset[0], y + offset[1]], badge.size));
    badgeOffsets.set(badge.key, offset);
  }
  return { badgeOffsets, hiddenNames };
}
