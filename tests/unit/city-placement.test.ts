import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeCityLabels, textWidthPx, type PlacedBadge, type PlacedName } from '../../src/layers/city-placement';
import type { BoardId } from '../../src/schema';
import type { LonLat } from '../../src/domain/allocation';

const root = resolve(import.meta.dirname, '../..');
const districts = JSON.parse(readFileSync(resolve(root, 'geo/districts.geojson'), 'utf8')) as {
  features: { properties: { id: BoardId; name_zh: string; label_point: LonLat; precision?: string } }[];
};
const airport = (JSON.parse(readFileSync(resolve(root, 'geo/airports.geojson'), 'utf8')) as { features: { geometry: { coordinates: LonLat } }[] })
  .features[0]!.geometry.coordinates;

const names: PlacedName[] = districts.features.map((f) => ({
  board: f.properties.id,
  at: f.properties.label_point,
  size: { w: textWidthPx(f.properties.name_zh, 15) + 4, h: 19 },
  dy: f.properties.precision === 'approximate' ? -21 : 0,
}));
// One badge per board with a polygon ("滨湖 · 9 个园区"), on its label point.
const badges: PlacedBadge[] = names
  .filter((n) => n.board !== 'wxjk')
  .map((n) => ({ key: n.board, at: n.at, size: { w: textWidthPx('滨湖 · 9 个园区', 12) + 18, h: 22 }, board: n.board }));

function project(p: LonLat, zoom: number): [number, number] {
  const world = 512 * 2 ** zoom;
  const lat = (p[1] * Math.PI) / 180;
  return [((p[0] + 180) / 360) * world, ((1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2) * world];
}

/** Screen boxes of what is drawn: the names not hidden and every badge at its offset. */
function boxes(zoom: number, placement: ReturnType<typeof placeCityLabels>) {
  const out: { id: string; x0: number; y0: number; x1: number; y1: number }[] = [];
  const box = (id: string, [x, y]: [number, number], w: number, h: number) => out.push({ id, x0: x - w / 2, y0: y - h / 2, x1: x + w / 2, y1: y + h / 2 });
  for (const n of names) {
    if (placement.hiddenNames.has(n.board)) continue;
    const [x, y] = project(n.at, zoom);
    box(`name ${n.board}`, [x, y + n.dy], n.size.w, n.size.h);
  }
  for (const b of badges) {
    const [x, y] = project(b.at, zoom);
    const [dx, dy] = placement.badgeOffsets.get(b.key)!;
    box(`badge ${b.key}`, [x + dx, y + dy], b.size.w, b.size.h);
  }
  return out;
}

const overlapping = (all: ReturnType<typeof boxes>) =>
  all.flatMap((a, i) => all.slice(i + 1).filter((b) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).map((b) => `${a.id} × ${b.id}`));

describe('city view placement of board names and park badges', () => {
  it('at a phone\'s whole-city zoom nothing overlaps; crowded boards are named by their badge', () => {
    const zoom = 7.75;
    const placement = placeCityLabels(zoom, names, badges);
    expect(overlapping(boxes(zoom, placement))).toEqual([]);
    expect(placement.hiddenNames.size).toBeGreaterThan(0);
    // The outlying boards keep their name, the badge just below or above it.
    expect(placement.hiddenNames.has('320282' as BoardId)).toBe(false);
    expect(Math.abs(placement.badgeOffsets.get('320282')![1])).toBe(24);
  });

  it('at the desktop start zoom nothing overlaps', () => {
    const placement = placeCityLabels(8.5, names, badges);
    expect(overlapping(boxes(8.5, placement))).toEqual([]);
  });

  it('at zoom 10 新吴\'s badge keeps clear of the airport marker, and 新吴 keeps its name', () => {
    const zoom = 10;
    const size = { w: 24, h: 24 };
    const without = placeCityLabels(zoom, names, badges);
    const withAirport = placeCityLabels(zoom, names, badges, [{ at: airport, size }]);
    const [ax, ay] = project(airport, zoom);
    const xinwu = names.find((n) => n.board === '320214')!;
    const [x, y] = project(xinwu.at, zoom);
    const badge = badges.find((b) => b.key === '320214')!;
    const covers = (offset: [number, number]) =>
      Math.abs(x + offset[0] - ax) < (badge.size.w + size.w) / 2 && Math.abs(y + offset[1] - ay) < (badge.size.h + size.h) / 2;
    // Below its name (where it would stand without the airport) the badge covers the marker.
    expect(covers(without.badgeOffsets.get('320214')!)).toBe(true);
    expect(covers(withAirport.badgeOffsets.get('320214')!)).toBe(false);
    expect(withAirport.hiddenNames.has('320214' as BoardId)).toBe(false);
  });
});
