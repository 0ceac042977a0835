import { describe, expect, it } from 'vitest';
import { EXAMPLE_TOURS, buildExampleTour, viewOverPoints } from '../../src/tour/examples';
import { TourSchema } from '../../src/schema';
import { realIndex } from './kit-fixture';

const index = realIndex();

describe('example tours', () => {
  it('every example builds a tour the tour schema accepts, in both languages', () => {
    for (const { id } of EXAMPLE_TOURS) {
      const tour = buildExampleTour(id, index);
      expect(tour, id).not.toBeNull();
      expect(TourSchema.safeParse(tour).success, id).toBe(true);
      for (const stop of tour!.stops) {
        expect(stop.caption.zh.length, id).toBeGreaterThan(0);
        expect(stop.caption.en).not.toMatch(/undefined|NaN|\{\{/);
      }
    }
  });

  it('"5+X" visits every track of the opinions with the parks that lead in it, read from the data', () => {
    const tour = buildExampleTour('five-x', index)!;
    const tracks = index.data.taxonomy.filter((i) => i.memberships.some((m) => m.list === 'five_x_2024'));
    expect(tour.stops).toHaveLength(1 + tracks.length);
    expect(tour.stops[0]!.caption.zh).toContain(`${tracks.filter((i) => i.memberships.some((m) => m.list === 'five_x_2024' && m.role === 'main_track')).length}个主攻方向`);
    for (const track of tracks) {
      const stop = tour.stops.find((s) => s.selection?.kind === 'industry' && s.selection.id === track.id);
      expect(stop, track.id).toBeDefined();
      const parks = index.parks.filter((p) => p.props.lead_industries.includes(track.id));
      expect(stop!.caption.zh).toContain(parks.length ? `${parks.length}个园区` : '还没有');
      for (const p of parks) {
        // The camera shows every park that leads in the track (at least roughly: the box's middle lies among them).
        expect(Math.abs(stop!.view.longitude - p.point[0])).toBeLessThan(0.6);
      }
    }
  });

  it('frames one point closely and a spread of points from further out', () => {
    const one = viewOverPoints([[120.3, 31.5]]);
    const wide = viewOverPoints([[120.0, 31.4], [120.6, 31.8]]);
    expect(one.zoom).toBe(12);
    expect(wide.zoom).toBeLessThan(one.zoom);
    expect(wide.longitude).toBeCloseTo(120.3);
  });
});
