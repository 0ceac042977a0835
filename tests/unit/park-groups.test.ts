import { describe, expect, it } from 'vitest';
import {
  BADGE_BELOW_LABEL_PX,
  groupSharedPoints,
  layoutParks,
  pointKey,
  spiderOffsets,
  type GroupablePark,
} from '../../src/layers/park-groups';
import type { PositionPrecision } from '../../src/schema';

const BOARD_POINT: [number, number] = [120.300781, 31.47845];
const TOWN_SEAT: [number, number] = [120.117679, 31.547329];

function park(id: string, precision: PositionPrecision, position: [number, number]): GroupablePark {
  return { properties: { id, board: '320211', precision }, position };
}

const binhu = ['a', 'b', 'c'].map((id) => park(id, 'district', BOARD_POINT));
const huDai = ['d', 'e'].map((id) => park(id, 'town', TOWN_SEAT));
const lone = park('f', 'town', [119.83, 31.27]);

describe('parks sharing an approximate point', () => {
  it('makes one group per shared point, with its parks in register order', () => {
    const groups = groupSharedPoints([...binhu, lone, ...huDai]);
    expect(groups.map((g) => g.parkIds)).toEqual([['a', 'b', 'c'], ['d', 'e']]);
    expect(groups[0]).toMatchObject({ board: '320211', precision: 'district', position: BOARD_POINT });
  });

  it('leaves a park alone at its point, and never groups parks that have a site', () => {
    const sited = [park('s1', 'site', BOARD_POINT), park('s2', 'site', BOARD_POINT)];
    expect(groupSharedPoints([lone, ...sited])).toEqual([]);
  });

  it('lets a park leave its badge as soon as it has a site of its own', () => {
    const moved = binhu.map((p) => (p.properties.id === 'b' ? park('b', 'site', [120.31, 31.49]) : p));
    expect(groupSharedPoints(moved).map((g) => g.parkIds)).toEqual([['a', 'c']]);
    const twoMoved = moved.map((p) => (p.properties.id === 'c' ? park('c', 'site', [120.32, 31.5]) : p));
    expect(groupSharedPoints(twoMoved)).toEqual([]);
  });

  it('keeps a town seat and a board point apart even where they coincide', () => {
    const same = [park('x', 'district', BOARD_POINT), park('y', 'town', BOARD_POINT)];
    expect(groupSharedPoints(same)).toEqual([]);
  });

  it('hangs the badge below a board name drawn on the same point, and centres it elsewhere', () => {
    const groups = groupSharedPoints([...binhu, ...huDai], new Set([pointKey(BOARD_POINT)]));
    expect(groups[0]!.badgeOffset).toEqual([0, BADGE_BELOW_LABEL_PX]);
    expect(groups[1]!.badgeOffset).toEqual([0, 0]);
  });
});

describe('laying parks out', () => {
  const parks = [...binhu, lone, ...huDai];

  it('collapsed (city view): grouped parks are inside their badge, lone parks on their point', () => {
    const layout = layoutParks(parks, { expanded: false });
    expect([...layout.offsets.keys()]).toEqual(['f']);
    expect(layout.collapsedIn.get('a')).toBe(layout.groups[0]!.key);
    expect(layout.collapsedIn.has('f')).toBe(false);
  });

  it('collapsed: the selected park is drawn just below its badge, and its badge keeps the full count', () => {
    const layout = layoutParks(parks, { expanded: false, selectedId: 'b', labelPoints: new Set([pointKey(BOARD_POINT)]) });
    expect(layout.offsets.get('b')![1]).toBeGreaterThan(BADGE_BELOW_LABEL_PX);
    expect(layout.groups[0]!.parkIds).toHaveLength(3);
    expect(layout.collapsedIn.has('b')).toBe(false);
  });

  it('expanded (zoomed in): every grouped park has its own slot around the point', () => {
    const layout = layoutParks(parks, { expanded: true });
    expect(layout.collapsedIn.size).toBe(0);
    const slots = ['a', 'b', 'c'].map((id) => layout.offsets.get(id)!.join(','));
    expect(new Set(slots).size).toBe(3);
    expect(layout.offsets.get('f')).toEqual([0, 0]);
  });

  it('spreads a group evenly on a circle, with no slot straight above the point', () => {
    for (const n of [2, 3, 9]) {
      const offsets = spiderOffsets(n);
      const radii = offsets.map(([x, y]) => Math.hypot(x, y));
      expect(Math.max(...radii) - Math.min(...radii)).toBeLessThan(1.5);
      expect(offsets.some(([x, y]) => Math.abs(x) < 1 && y < 0)).toBe(false);
    }
  });
});
