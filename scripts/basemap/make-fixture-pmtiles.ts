/**
 * A small, synthetic PMTiles basemap for tests: Protomaps-schema layers (`earth`, `roads` with `kind`, `places`)
 * over the Wuxi area, tiled with geojson-vt, encoded with vt-pbf, gzipped, written by pmtiles-writer.ts.
 * The roads and the place are made up (named 测试… / "Fixture …") — a fixture to prove the rendering path, never
 * map content. Generated at test time, not committed.
 *
 *   tsx scripts/basemap/make-fixture-pmtiles.ts <out.pmtiles>
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import type { Feature, FeatureCollection } from 'geojson';
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { writePmtiles, type PmtilesTile } from './pmtiles-writer';

const BOUNDS: [number, number, number, number] = [119.3, 30.9, 120.8, 32.1];
const MIN_ZOOM = 6;
const MAX_ZOOM = 12;
const EXTENT = 4096;

const line = (kind: string, name: string, nameEn: string, coords: [number, number][]): Feature => ({
  type: 'Feature',
  properties: { kind, name, 'name:zh': name, 'name:en': nameEn, min_zoom: 6 },
  geometry: { type: 'LineString', coordinates: coords },
});

/** The layers, each a FeatureCollection in the Protomaps basemap schema (https://docs.protomaps.com/basemaps/layers). */
export function fixtureLayers(): Record<'earth' | 'roads' | 'places', FeatureCollection> {
  const [w, s, e, n] = BOUNDS;
  return {
    earth: {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { kind: 'earth' },
          geometry: { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] },
        },
      ],
    },
    roads: {
      type: 'FeatureCollection',
      features: [
        line('highway', '测试高速', 'Fixture Expressway', [[119.9, 31.25], [120.2, 31.45], [120.45, 31.6], [120.7, 31.75]]),
        line('major_road', '测试大道', 'Fixture Avenue', [[120.1, 31.3], [120.26, 31.44], [120.3, 31.7]]),
        line('major_road', '测试东路', 'Fixture East Road', [[120.15, 31.44], [120.4, 31.44]]),
        line('minor_road', '测试小路', 'Fixture Lane', [[120.22, 31.40], [120.3, 31.48]]),
      ],
    },
    places: {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { kind: 'locality', name: '测试镇', 'name:zh': '测试镇', 'name:en': 'Fixture Town', min_zoom: 6, population_rank: 10 },
          geometry: { type: 'Point', coordinates: [120.28, 31.43] },
        },
      ],
    },
  };
}

function tileRange(z: number): { x0: number; x1: number; y0: number; y1: number } {
  const n = 2 ** z;
  const x = (lon: number) => Math.floor(((lon + 180) / 360) * n);
  const y = (lat: number) => {
    const r = (lat * Math.PI) / 180;
    return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n);
  };
  return { x0: x(BOUNDS[0]), x1: x(BOUNDS[2]), y0: y(BOUNDS[3]), y1: y(BOUNDS[1]) };
}

export function buildFixturePmtiles(): Uint8Array {
  const layers = fixtureLayers();
  const indexes = Object.fromEntries(
    Object.entries(layers).map(([name, fc]) => [
      name,
      new GeoJSONVT(fc, { maxZoom: MAX_ZOOM, indexMaxZoom: MAX_ZOOM, extent: EXTENT, buffer: 64, tolerance: 1 }),
    ]),
  );
  const tiles: PmtilesTile[] = [];
  for (let z = MIN_ZOOM; z <= MAX_ZOOM; z++) {
    const { x0, x1, y0, y1 } = tileRange(z);
    for (let x = x0; x <= x1; x++) {
      for (let y = y0; y <= y1; y++) {
        const tileLayers: Parameters<typeof fromGeojsonVt>[0] = {};
        for (const [name, index] of Object.entries(indexes)) {
          const tile = index.getTile(z, x, y);
          if (tile && tile.features.length > 0) tileLayers[name] = tile;
        }
        if (Object.keys(tileLayers).length === 0) continue;
        tiles.push({ z, x, y, data: gzipSync(fromGeojsonVt(tileLayers, { version: 2, extent: EXTENT })) });
      }
    }
  }
  return writePmtiles(tiles, {
    bounds: BOUNDS,
    center: [120.3, 31.5, 10],
    tileCompression: 2,
    metadata: {
      name: 'wuxi-map test fixture',
      description: 'Synthetic Protomaps-schema tiles for tests; not map data.',
      attribution: 'Test fixture',
      vector_layers: Object.keys(layers).map((id) => ({ id, fields: {}, minzoom: MIN_ZOOM, maxzoom: MAX_ZOOM })),
    },
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const out = process.argv[2];
  if (!out) throw new Error('usage: tsx scripts/basemap/make-fixture-pmtiles.ts <out.pmtiles>');
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  const bytes = buildFixturePmtiles();
  fs.writeFileSync(out, bytes);
  console.log(`wrote ${out}: ${(bytes.length / 1024).toFixed(1)} KiB`);
}
