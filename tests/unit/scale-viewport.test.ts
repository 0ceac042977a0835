import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { containsBBox, needsRead, padBBox, planQuery } from '../../src/scale/viewport-query';
import { attachScalePoints, type MapLike, type ScaleState } from '../../src/scale/scale-points-controller';
import type { BBox, ScalePoints } from '../../src/scale/fgb-bbox-reader';
import { buildOverviewGrid } from '../../src/scale/overview-grid';

const BOX: BBox = { west: 120, south: 31, east: 121, north: 32 };
const GRID_BOX = { minLon: 120, minLat: 31, maxLon: 121, maxLat: 32 };

describe('viewport query policy', () => {
  it('shows the overview below minZoom and reads a padded box above it', () => {
    expect(planQuery(BOX, 9, { minZoom: 11, padding: 0.1, debounceMs: 0 })).toEqual({ kind: 'overview' });
    const q = planQuery(BOX, 12, { minZoom: 11, padding: 0.1, debounceMs: 0 });
    expect(q.kind).toBe('bbox');
    if (q.kind === 'bbox') expect(q.bbox.west).toBeCloseTo(119.9);
  });
  it('reads again only when the visible box leaves the loaded one', () => {
    const loaded = padBBox(BOX, 0.2);
    expect(containsBBox(loaded, BOX)).toBe(true);
    expect(needsRead(loaded, BOX)).toBe(false);
    expect(needsRead(loaded, { ...BOX, east: 121.5 })).toBe(true);
    expect(needsRead(null, BOX)).toBe(true);
  });
});

describe('overview grid', () => {
  it('counts each point once and drops points outside the box', () => {
    const grid = buildOverviewGrid([120.1, 120.1, 120.9, 125], [31.1, 31.1, 31.9, 31.5], GRID_BOX, 0.5);
    expect(grid.total).toBe(3);
    const counts = [];
    for (let i = 2; i < grid.cells.length; i += 3) counts.push(grid.cells[i]);
    expect(counts.sort()).toEqual([1, 2]);
  });
});

class FakeMap implements MapLike {
  zoom = 8;
  box: BBox = BOX;
  listeners = new Set<() => void>();
  getBounds() {
    const b = this.box;
    return { getWest: () => b.west, getSouth: () => b.south, getEast: () => b.east, getNorth: () => b.north };
  }
  getZoom() {
    return this.zoom;
  }
  on(_: 'moveend', listener: () => void) {
    this.listeners.add(listener);
  }
  off(_: 'moveend', listener: () => void) {
    this.listeners.delete(listener);
  }
  move(box: BBox, zoom: number) {
    this.box = box;
    this.zoom = zoom;
    for (const l of this.listeners) l();
  }
}

function fakePoints(bytes: number): ScalePoints {
  return {
    count: 1,
    positions: new Float64Array([120.5, 31.5]),
    weights: new Float32Array([1]),
    categoryIndex: new Uint8Array([0]),
    categories: ['iot'],
    truncated: false,
    stats: { requests: 2, bytes },
  };
}

describe('scale points controller', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('debounces camera moves, cancels a stale read and counts bytes', async () => {
    const map = new FakeMap();
    const reads: { bbox: BBox; signal: AbortSignal | undefined }[] = [];
    const resolvers: ((p: ScalePoints) => void)[] = [];
    let last: ScaleState | null = null;
    const stop = attachScalePoints(map, { fgbUrl: 'x.fgb', overviewUrl: 'x.json' }, (s) => (last = s), {
      policy: { minZoom: 11, debounceMs: 100, padding: 0 },
      fetchOverview: async () => buildOverviewGrid([120.5], [31.5], GRID_BOX, 0.5),
      read: (_url, bbox, options) => {
        reads.push({ bbox, signal: options.signal });
        return new Promise((resolve) => resolvers.push(resolve));
      },
    });
    await vi.runAllTimersAsync();
    expect(last!.mode).toBe('overview');
    expect(reads).toHaveLength(0);

    const small: BBox = { west: 120.4, south: 31.4, east: 120.5, north: 31.5 };
    map.move(small, 12);
    map.move({ ...small, west: 120.41 }, 12);
    expect(reads).toHaveLength(0); // still debouncing
    await vi.advanceTimersByTimeAsync(100);
    expect(reads).toHaveLength(1); // two moves, one read

    map.move({ west: 120.6, south: 31.6, east: 120.7, north: 31.7 }, 12);
    await vi.advanceTimersByTimeAsync(100);
    expect(reads).toHaveLength(2);
    expect(reads[0]!.signal?.aborted).toBe(true);

    resolvers[0]!(fakePoints(999)); // the stale answer must be ignored
    resolvers[1]!(fakePoints(1000));
    await vi.runAllTimersAsync();
    expect(last!.mode).toBe('points');
    expect(last!.total.bytes).toBe(1000);
    expect(last!.reads).toBe(1);
    stop();
    expect(map.listeners.size).toBe(0);
  });
});
