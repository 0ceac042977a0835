import { describe, expect, it } from 'vitest';
import { PMTiles, type RangeResponse, type Source } from 'pmtiles';
import { buildFixturePmtiles } from '../../scripts/basemap/make-fixture-pmtiles';

/** The fixture read back with the pmtiles reader the app uses (an in-memory source instead of HTTP Range). */
function reader(bytes: Uint8Array): PMTiles {
  const source: Source = {
    getKey: () => 'fixture',
    getBytes: async (offset: number, length: number): Promise<RangeResponse> => ({
      data: bytes.slice(offset, offset + length).buffer,
    }),
  };
  return new PMTiles(source);
}

describe('PMTiles fixture writer', () => {
  const bytes = buildFixturePmtiles();

  it('writes a v3 header the reader accepts, with gzip MVT tiles over Wuxi', async () => {
    const header = await reader(bytes).getHeader();
    expect(header.specVersion).toBe(3);
    expect([header.minZoom, header.maxZoom]).toEqual([6, 12]);
    expect(header.tileType).toBe(1);
    expect(header.tileCompression).toBe(2);
    expect(header.numAddressedTiles).toBeGreaterThan(100);
  });

  it('lists the Protomaps layers in its metadata', async () => {
    const metadata = (await reader(bytes).getMetadata()) as { vector_layers: Array<{ id: string }> };
    expect(metadata.vector_layers.map((l) => l.id).sort()).toEqual(['earth', 'places', 'roads']);
  });

  it('finds a tile over 雪浪 at every zoom and none far outside the box', async () => {
    const archive = reader(bytes);
    for (let z = 6; z <= 12; z++) {
      const n = 2 ** z;
      const x = Math.floor(((120.26 + 180) / 360) * n);
      const r = (31.44 * Math.PI) / 180;
      const y = Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n);
      const tile = await archive.getZxy(z, x, y);
      expect(tile, `z${z}`).toBeDefined();
      expect(tile!.data.byteLength).toBeGreaterThan(0);
    }
    expect(await archive.getZxy(12, 0, 0)).toBeUndefined();
  });
});
