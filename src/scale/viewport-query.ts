/**
 * When to read what: below `minZoom` the whole data set is (nearly) in view, so the layer shows the precomputed
 * overview grid and reads no features; at or above it, the visible box (padded a little so small pans need no
 * new read) is read, after the camera has rested for `debounceMs`. Pure functions: tested without a map.
 */
import type { BBox } from './fgb-bbox-reader';

export interface QueryPolicy {
  minZoom: number;
  /** Fraction of the box's width/height added on each side. */
  padding: number;
  debounceMs: number;
}

export const DEFAULT_QUERY_POLICY: Readonly<QueryPolicy> = { minZoom: 11, padding: 0.15, debounceMs: 250 };

export type ViewportQuery = { kind: 'overview' } | { kind: 'bbox'; bbox: BBox };

export function padBBox(bbox: BBox, padding: number): BBox {
  const dx = (bbox.east - bbox.west) * padding;
  const dy = (bbox.north - bbox.south) * padding;
  return { west: bbox.west - dx, south: bbox.south - dy, east: bbox.east + dx, north: bbox.north + dy };
}

export function containsBBox(outer: BBox, inner: BBox): boolean {
  return outer.west <= inner.west && outer.south <= inner.south && outer.east >= inner.east && outer.north >= inner.north;
}

export function planQuery(visible: BBox, zoom: number, policy: QueryPolicy = DEFAULT_QUERY_POLICY): ViewportQuery {
  if (zoom < policy.minZoom) return { kind: 'overview' };
  return { kind: 'bbox', bbox: padBBox(visible, policy.padding) };
}

/** A new read is needed unless the box already loaded covers the visible box. */
export function needsRead(loaded: BBox | null, visible: BBox): boolean {
  return loaded === null || !containsBBox(loaded, visible);
}
