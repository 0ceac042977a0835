/**
 * Reads the points of one bounding box from a FlatGeobuf file on any static host, through HTTP Range requests:
 * the header, the parts of the packed R-tree that overlap the box, and the features under those leaves.
 * Output is columnar (typed arrays) for deck.gl's binary attributes, so 100 k points cost a few MB, not
 * 100 k GeoJSON objects.
 */
import { HttpReader } from 'flatgeobuf/lib/mjs/http-reader.js';
import { parseProperties } from 'flatgeobuf/lib/mjs/generic/feature.js';
import { CountingRangeClient, type RangeStats } from './range-client';

export interface BBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

export interface ScalePoints {
  count: number;
  /** [lon0, lat0, lon1, lat1, …] */
  positions: Float64Array;
  /** Numeric weight column (e.g. investment), 0 where missing. */
  weights: Float32Array;
  /** Index into `categories` per point (e.g. industry), 255 = other/missing. */
  categoryIndex: Uint8Array;
  categories: string[];
  /** True when the box held more than `maxFeatures` and reading stopped there. */
  truncated: boolean;
  /** What this query fetched over HTTP. */
  stats: RangeStats;
}

export interface ReadOptions {
  signal?: AbortSignal;
  /** Stop after this many points: a guard against a box that holds most of the file. */
  maxFeatures?: number;
  weightColumn?: string;
  categoryColumn?: string;
}

export const DEFAULT_MAX_FEATURES = 200_000;

function grow<T extends Float64Array | Float32Array | Uint8Array>(array: T, size: number): T {
  if (array.length >= size) return array;
  const next = new (array.constructor as new (n: number) => T)(Math.max(size, array.length * 2));
  next.set(array);
  return next;
}

export async function readPointsInBBox(url: string, bbox: BBox, options: ReadOptions = {}): Promise<ScalePoints> {
  const maxFeatures = options.maxFeatures ?? DEFAULT_MAX_FEATURES;
  const weightColumn = options.weightColumn ?? 'investment_yi';
  const categoryColumn = options.categoryColumn ?? 'industry';
  const client = new CountingRangeClient(url);
  client.signal = options.signal;
  // A reader per query: opening costs one ~13 KB request, and each query gets its own cancellable client.
  const reader = await HttpReader.openSource(client, false);
  const columns = reader.header.columns;

  let positions = new Float64Array(2048);
  let weights = new Float32Array(1024);
  let categoryIndex = new Uint8Array(1024);
  const categories: string[] = [];
  const categoryOf = new Map<string, number>();
  let count = 0;
  let truncated = false;

  const rect = { minX: bbox.west, minY: bbox.south, maxX: bbox.east, maxY: bbox.north };
  for await (const { feature } of reader.selectBbox(rect)) {
    if (options.signal?.aborted) throw options.signal.reason ?? new DOMException('aborted', 'AbortError');
    if (count >= maxFeatures) {
      truncated = true;
      break;
    }
    const xy = feature.geometry()?.xyArray();
    if (!xy || xy.length < 2) continue;
    const props = parseProperties(feature, columns);
    positions = grow(positions, (count + 1) * 2);
    weights = grow(weights, count + 1);
    categoryIndex = grow(categoryIndex, count + 1);
    positions[count * 2] = xy[0]!;
    positions[count * 2 + 1] = xy[1]!;
    const weight = props[weightColumn];
    weights[count] = typeof weight === 'number' && Number.isFinite(weight) ? weight : 0;
    const category = props[categoryColumn];
    let index = 255;
    if (typeof category === 'string') {
      index = categoryOf.get(category) ?? -1;
      if (index === -1 && categories.length < 255) {
        index = categories.length;
        categories.push(category);
        categoryOf.set(category, index);
      }
      if (index === -1) index = 255;
    }
    categoryIndex[count] = index;
    count++;
  }
  return {
    count,
    positions: positions.subarray(0, count * 2),
    weights: weights.subarray(0, count),
    categoryIndex: categoryIndex.subarray(0, count),
    categories,
    truncated,
    stats: { ...client.stats },
  };
}
