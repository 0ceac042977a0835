/**
 * A coarse count grid over a point set, for zooms where the whole data set is in view: drawing it costs a few
 * kilobytes instead of reading every feature of a large file. Built offline next to the FlatGeobuf file.
 */
export interface GridBBox {
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
}

export interface OverviewGrid {
  bbox: GridBBox;
  /** Cell size in degrees (square in degrees, not metres: fine at city scale). */
  cell: number;
  /** Flat list [lon, lat, count, lon, lat, count, …] of non-empty cell centres. */
  cells: number[];
  total: number;
}

export function buildOverviewGrid(lons: ArrayLike<number>, lats: ArrayLike<number>, bbox: GridBBox, cell: number): OverviewGrid {
  if (!(cell > 0)) throw new Error('cell must be positive');
  const cols = Math.max(1, Math.ceil((bbox.maxLon - bbox.minLon) / cell));
  const rows = Math.max(1, Math.ceil((bbox.maxLat - bbox.minLat) / cell));
  const counts = new Uint32Array(cols * rows);
  let total = 0;
  for (let i = 0; i < lons.length; i++) {
    const lon = lons[i]!;
    const lat = lats[i]!;
    if (!(lon >= bbox.minLon && lon <= bbox.maxLon && lat >= bbox.minLat && lat <= bbox.maxLat)) continue;
    const c = Math.min(cols - 1, Math.floor((lon - bbox.minLon) / cell));
    const r = Math.min(rows - 1, Math.floor((lat - bbox.minLat) / cell));
    counts[r * cols + c]!++;
    total++;
  }
  const cells: number[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const n = counts[r * cols + c]!;
      if (n > 0) cells.push(bbox.minLon + (c + 0.5) * cell, bbox.minLat + (r + 0.5) * cell, n);
    }
  }
  return { bbox, cell, cells, total };
}
