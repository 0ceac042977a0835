import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { deserialize } from 'flatgeobuf/lib/mjs/geojson.js';
import { HttpReader, type RangeClient } from 'flatgeobuf/lib/mjs/http-reader.js';
import { serializeIndexed } from '../../scripts/scale/fgb-indexed-writer';
import { syntheticProjects } from '../../scripts/bench/synthetic-projects';

type Props = { n: number; industry: string; investment_yi: number };

function collection(count: number, seed: number): FeatureCollection<Point, Props> {
  const features: Feature<Point, Props>[] = [];
  let n = 0;
  for (const p of syntheticProjects(count, seed)) {
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
      properties: { n: n++, industry: p.industry, investment_yi: p.investment_yi },
    });
  }
  return { type: 'FeatureCollection', features };
}

const RECT = { minX: 120.25, minY: 31.53, maxX: 120.33, maxY: 31.6 };

function inRect(f: Feature<Point, Props>): boolean {
  const [x, y] = f.geometry.coordinates as [number, number];
  return x >= RECT.minX && x <= RECT.maxX && y >= RECT.minY && y <= RECT.maxY;
}

/** A RangeClient over bytes in memory that counts what a reader asks for, like an HTTP server would see. */
function countingClient(bytes: Uint8Array): RangeClient & { requested: number; requests: number } {
  return {
    requested: 0,
    requests: 0,
    async getRange(begin: number, length: number) {
      this.requests++;
      const end = Math.min(bytes.length, begin + length);
      this.requested += end - begin;
      return bytes.slice(begin, end).buffer;
    },
  };
}

describe('indexed FlatGeobuf writer (read back by the flatgeobuf package)', () => {
  // The package traces every range request with console.debug/log; keep the test output readable.
  beforeAll(() => {
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
  });
  const fc = collection(20_000, 7);
  const bytes = serializeIndexed(fc);

  it('keeps every feature and its properties', async () => {
    const seen = new Map<number, Props>();
    for await (const f of deserialize(bytes)) seen.set(Number(f.properties?.n), f.properties as Props);
    expect(seen.size).toBe(fc.features.length);
    const sample = fc.features[1234]!.properties;
    expect(seen.get(1234)).toEqual(sample);
  });

  it('answers a bbox query with exactly the features a brute-force filter finds', async () => {
    const expected = fc.features.filter(inRect).map((f) => f.properties.n).sort((a, b) => a - b);
    expect(expected.length).toBeGreaterThan(100); // the rect must hit something for the test to mean anything
    const got: number[] = [];
    for await (const f of deserialize(bytes, { rect: RECT })) got.push(Number(f.properties?.n));
    expect(got.sort((a, b) => a - b)).toEqual(expected);
  });

  it('reads only a fraction of the file for a small bbox over a range client (the HTTP path)', async () => {
    const client = countingClient(bytes);
    const reader = await HttpReader.openSource(client, true);
    expect(reader.header.indexNodeSize).toBe(16);
    expect(reader.header.featuresCount).toBe(fc.features.length);
    let count = 0;
    for await (const _ of reader.selectBbox(RECT)) count++;
    expect(count).toBe(fc.features.filter(inRect).length);
    expect(client.requested).toBeLessThan(bytes.length * 0.35);
  });

  it('rejects an empty collection rather than writing a file without a tree', () => {
    expect(() => serializeIndexed({ type: 'FeatureCollection', features: [] })).toThrow(/empty/);
  });
});
