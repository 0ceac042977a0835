/**
 * Parks that share one approximate point (a board's label point, a town seat) are drawn as ONE badge
 * ("滨湖 · 9 个园区"), not as rows of symbols that would pretend to be a layout. Groups are computed here from the
 * positions the map draws, every time: a park that gains a site of its own leaves its badge by itself.
 *
 * Zoomed in (EXPAND_GROUPS_ZOOM and closer) a group is spread on a circle around its point (a "spider"), so every
 * park can be named and clicked; the circle says "these share one point", never where each park is.
 * Pure functions, no deck.gl: the builders and the bridge's pick/test code read the same layout.
 */
import type { BoardId, PositionPrecision } from '../schema';
import type { LonLat } from '../domain/allocation';

/** From this zoom on, groups are drawn spread out with names (the park labels start here too). */
export const EXPAND_GROUPS_ZOOM = 11;

/** What the grouping needs of a park. */
export interface GroupablePark {
  properties: { id: string; board: BoardId; precision: PositionPrecision };
  position: LonLat;
}

export interface ParkGroup {
  /** Stable while the members share their point: the point itself, rounded (≈ 1 m). */
  key: string;
  position: LonLat;
  board: BoardId;
  precision: Exclude<PositionPrecision, 'site'>;
  /** Park ids in input order (the register's order). */
  parkIds: string[];
  /**
   * Screen offset (px) of the badge from the point: below the board's name when the point is a board's label point
   * (the name is drawn there), else on the point.
   */
  badgeOffset: [number, number];
}

/** The badge hangs this far below a board name drawn on the same point (px, to the badge's centre). */
export const BADGE_BELOW_LABEL_PX = 24;
/** A selected park inside a collapsed badge is drawn this far below the badge's centre. */
export const SELECTED_BELOW_BADGE_PX = 24;

export function pointKey(p: LonLat): string {
  return `${p[0].toFixed(5)},${p[1].toFixed(5)}`;
}

/**
 * Groups of two or more parks at the same approximate point (precision town or district). A park with a site is
 * never grouped, even if another park happens to share its coordinates: its position is its own.
 */
export function groupSharedPoints(
  parks: readonly GroupablePark[],
  labelPoints: ReadonlySet<string> = new Set(),
): ParkGroup[] {
  const byPoint = new Map<string, GroupablePark[]>();
  for (const park of parks) {
    if (park.properties.precision === 'site') continue;
    // The precision is part of the key: a town seat that coincides with a board point is still another claim.
    const key = `${pointKey(park.position)}|${park.properties.precision}`;
    byPoint.set(key, [...(byPoint.get(key) ?? []), park]);
  }
  const groups: ParkGroup[] = [];
  for (const [key, members] of byPoint) {
    if (members.length < 2) continue;
    const first = members[0]!;
    groups.push({
      key,
      position: first.position,
      board: first.properties.board,
      precision: first.properties.precision as ParkGroup['precision'],
      parkIds: members.map((m) => m.properties.id),
      badgeOffset: labelPoints.has(pointKey(first.position)) ? [0, BADGE_BELOW_LABEL_PX] : [0, 0],
    });
  }
  return groups;
}

/** Spider radius in px: room for the symbols, and for one line of name per slot on each side of the circle. */
export function spiderRadiusPx(count: number): number {
  return Math.max(34, 9 * count);
}

/**
 * Screen offsets (px) of a group's members when spread: evenly on a circle, half a step off the top so no slot sits
 * straight above the point (where a board's name is drawn). Deterministic: the register's order decides the slot.
 */
export function spiderOffsets(count: number): Array<[number, number]> {
  const radius = spiderRadiusPx(count);
  return Array.from({ length: count }, (_, slot) => {
    const angle = ((slot + 0.5) * Math.PI * 2) / count;
    return [Math.round(Math.sin(angle) * radius), Math.round(-Math.cos(angle) * radius)];
  });
}

export interface ParkLayout {
  groups: ParkGroup[];
  /** Parks drawn as symbols, with their screen offset from their position ([0, 0] unless spread in a group). */
  offsets: Map<string, [number, number]>;
  /** Park id → the key of the collapsed badge it is drawn inside of (not drawn as a symbol). */
  collapsedIn: Map<string, string>;
  /** Boards whose name gives way to their badge at this zoom (city-placement.ts); absent: every name is drawn. */
  hiddenNames?: ReadonlySet<BoardId>;
}

/**
 * Where each park is drawn: alone at its point, spread around its group's point (expanded), or inside its group's
 * badge (collapsed). The selected park is always drawn as a symbol: collapsed groups leave it out of the badge's
 * hiding, just below the badge (the badge keeps its count: it still says how many parks share the point).
 * `labelPoints`: pointKey()s of the points where board names are drawn.
 */
export function layoutParks(
  parks: readonly GroupablePark[],
  options: { expanded: boolean; selectedId?: string | null; labelPoints?: ReadonlySet<string> },
): ParkLayout {
  const groups = groupSharedPoints(parks, options.labelPoints);
  const offsets = new Map<string, [number, number]>();
  const collapsedIn = new Map<string, string>();
  for (const park of parks) offsets.set(park.properties.id, [0, 0]);
  for (const group of groups) {
    if (options.expanded) {
      const spread = spiderOffsets(group.parkIds.length);
      group.parkIds.forEach((id, i) => offsets.set(id, spread[i]!));
    } else {
      for (const id of group.parkIds) {
        if (id === options.selectedId) {
          offsets.set(id, [group.badgeOffset[0], group.badgeOffset[1] + SELECTED_BELOW_BADGE_PX]);
          continue;
        }
        offsets.delete(id);
        collapsedIn.set(id, group.key);
      }
    }
  }
  return { groups, offsets, collapsedIn };
}
