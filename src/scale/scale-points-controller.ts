/**
 * Keeps a point layer in step with the camera for a data set too large to hold in memory: on `moveend`
 * (debounced), plan a query for the visible box; cancel a read still in flight; read only what is missing.
 * Knows the map only through the four methods below, so it can be driven by a fake in unit tests.
 */
import { readPointsInBBox, type BBox, type ReadOptions, type ScalePoints } from './fgb-bbox-reader';
import type { OverviewGrid } from './overview-grid';
import type { RangeStats } from './range-client';
import { DEFAULT_QUERY_POLICY, needsRead, planQuery, type QueryPolicy } from './viewport-query';

export interface MapLike {
  getBounds(): { getWest(): number; getSouth(): number; getEast(): number; getNorth(): number };
  getZoom(): number;
  on(type: 'moveend', listener: () => void): unknown;
  off(type: 'moveend', listener: () => void): unknown;
}

export interface ScaleSource {
  /** URL of the indexed FlatGeobuf file (served with HTTP Range). */
  fgbUrl: string;
  /** URL of the overview grid JSON (scripts/scale/build-points-fgb.ts writes both). */
  overviewUrl: string;
}

export interface ScaleState {
  mode: 'idle' | 'overview' | 'loading' | 'points' | 'error';
  overview: OverviewGrid | null;
  points: ScalePoints | null;
  /** Box the current `points` cover. */
  loadedBBox: BBox | null;
  error: string | null;
  /** Bytes and requests of every read so far (feature reads; the overview is counted apart). */
  total: RangeStats;
  reads: number;
}

export type ReadFn = (url: string, bbox: BBox, options: ReadOptions) => Promise<ScalePoints>;

export interface AttachOptions {
  policy?: Partial<QueryPolicy>;
  readOptions?: Omit<ReadOptions, 'signal'>;
  /** Injected in tests; defaults to the HTTP Range reader. */
  read?: ReadFn;
  fetchOverview?: (url: string) => Promise<OverviewGrid>;
}

async function fetchOverviewJson(url: string): Promise<OverviewGrid> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as OverviewGrid;
}

function visibleBBox(map: MapLike): BBox {
  const b = map.getBounds();
  return { west: b.getWest(), south: b.getSouth(), east: b.getEast(), north: b.getNorth() };
}

/** Starts following the map; returns a function that stops it and cancels any read in flight. */
export function attachScalePoints(
  map: MapLike,
  source: ScaleSource,
  onChange: (state: ScaleState) => void,
  options: AttachOptions = {},
): () => void {
  const policy: QueryPolicy = { ...DEFAULT_QUERY_POLICY, ...options.policy };
  const read = options.read ?? readPointsInBBox;
  let state: ScaleState = {
    mode: 'idle',
    overview: null,
    points: null,
    loadedBBox: null,
    error: null,
    total: { requests: 0, bytes: 0 },
    reads: 0,
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: AbortController | null = null;
  let stopped = false;

  const set = (patch: Partial<ScaleState>) => {
    if (stopped) return;
    state = { ...state, ...patch };
    onChange(state);
  };

  const ensureOverview = () => {
    if (state.overview) return;
    (options.fetchOverview ?? fetchOverviewJson)(source.overviewUrl).then(
      (overview) => set({ overview }),
      (error: unknown) => set({ mode: 'error', error: String(error) }),
    );
  };

  const update = () => {
    const visible = visibleBBox(map);
    const query = planQuery(visible, map.getZoom(), policy);
    if (query.kind === 'overview') {
      inFlight?.abort();
      inFlight = null;
      ensureOverview();
      set({ mode: 'overview' });
      return;
    }
    if (!needsRead(state.loadedBBox, visible) && state.points) {
      set({ mode: 'points' });
      return;
    }
    inFlight?.abort();
    const controller = new AbortController();
    inFlight = controller;
    set({ mode: 'loading' });
    read(source.fgbUrl, query.bbox, { ...options.readOptions, signal: controller.signal }).then(
      (points) => {
        if (controller.signal.aborted) return;
        inFlight = null;
        set({
          mode: 'points',
          points,
          loadedBBox: query.bbox,
          error: null,
          reads: state.reads + 1,
          total: { requests: state.total.requests + points.stats.requests, bytes: state.total.bytes + points.stats.bytes },
        });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        inFlight = null;
        set({ mode: 'error', error: String(error) });
      },
    );
  };

  const onMoveEnd = () => {
    clearTimeout(timer);
    timer = setTimeout(update, policy.debounceMs);
  };

  map.on('moveend', onMoveEnd);
  update();
  return () => {
    stopped = true;
    clearTimeout(timer);
    inFlight?.abort();
    map.off('moveend', onMoveEnd);
  };
}
