/**
 * A minimal PMTiles v3 writer (the pmtiles package reads only): one root directory, no leaf directories, tiles
 * stored in tile-id order (clustered), directory and metadata uncompressed, tiles as given (gzip MVT here).
 * Enough for small test fixtures; real basemaps come from the tools in docs/basemap.md.
 * Spec: https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md
 */
import { zxyToTileId } from 'pmtiles';

export interface PmtilesTile {
  z: number;
  x: number;
  y: number;
  /** The tile bytes as stored (already compressed with `tileCompression`). */
  data: Uint8Array;
}

export interface PmtilesOptions {
  /** [west, south, east, north] in degrees. */
  bounds: [number, number, number, number];
  center: [number, number, number];
  metadata: Record<string, unknown>;
  /** 2 = gzip (the PMTiles compression enum). */
  tileCompression: 1 | 2;
}

const HEADER_BYTES = 127;
const ROOT_DIRECTORY_MAX = 16_384 - HEADER_BYTES;

function varint(out: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

interface Entry {
  tileId: number;
  offset: number;
  length: number;
}

/** Directory: count, tile-id deltas, run lengths (all 1), lengths, offsets (0 = right after the previous one). */
function serialiseDirectory(entries: Entry[]): Uint8Array {
  const out: number[] = [];
  varint(out, entries.length);
  let last = 0;
  for (const e of entries) {
    varint(out, e.tileId - last);
    last = e.tileId;
  }
  for (let i = 0; i < entries.length; i++) varint(out, 1);
  for (const e of entries) varint(out, e.length);
  entries.forEach((e, i) => {
    const prev = entries[i - 1];
    varint(out, prev && e.offset === prev.offset + prev.length ? 0 : e.offset + 1);
  });
  return Uint8Array.from(out);
}

export function writePmtiles(tiles: PmtilesTile[], options: PmtilesOptions): Uint8Array {
  const sorted = tiles.map((t) => ({ ...t, tileId: zxyToTileId(t.z, t.x, t.y) })).sort((a, b) => a.tileId - b.tileId);
  const entries: Entry[] = [];
  let offset = 0;
  for (const t of sorted) {
    entries.push({ tileId: t.tileId, offset, length: t.data.length });
    offset += t.data.length;
  }
  const root = serialiseDirectory(entries);
  if (root.length > ROOT_DIRECTORY_MAX) throw new Error(`root directory ${root.length} B: too many tiles for this writer (no leaf directories)`);
  const metadata = new TextEncoder().encode(JSON.stringify(options.metadata));
  const rootOffset = HEADER_BYTES;
  const metadataOffset = rootOffset + root.length;
  const dataOffset = metadataOffset + metadata.length;
  const file = new Uint8Array(dataOffset + offset);
  const view = new DataView(file.buffer);
  file.set(new TextEncoder().encode('PMTiles'), 0);
  view.setUint8(7, 3);
  const u64 = (at: number, n: number) => view.setBigUint64(at, BigInt(n), true);
  u64(8, rootOffset);
  u64(16, root.length);
  u64(24, metadataOffset);
  u64(32, metadata.length);
  u64(40, 0);
  u64(48, 0);
  u64(56, dataOffset);
  u64(64, offset);
  u64(72, entries.length);
  u64(80, entries.length);
  u64(88, entries.length);
  view.setUint8(96, 1); // clustered
  view.setUint8(97, 1); // internal compression: none
  view.setUint8(98, options.tileCompression);
  view.setUint8(99, 1); // tile type: MVT
  const zooms = sorted.map((t) => t.z);
  view.setUint8(100, Math.min(...zooms));
  view.setUint8(101, Math.max(...zooms));
  const e7 = (deg: number) => Math.round(deg * 1e7);
  view.setInt32(102, e7(options.bounds[0]), true);
  view.setInt32(106, e7(options.bounds[1]), true);
  view.setInt32(110, e7(options.bounds[2]), true);
  view.setInt32(114, e7(options.bounds[3]), true);
  view.setUint8(118, options.center[2]);
  view.setInt32(119, e7(options.center[0]), true);
  view.setInt32(123, e7(options.center[1]), true);
  file.set(root, rootOffset);
  file.set(metadata, metadataOffset);
  let at = dataOffset;
  for (const t of sorted) {
    file.set(t.data, at);
    at += t.data.length;
  }
  return file;
}
