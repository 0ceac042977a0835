/** The "no target" hatch: two colours only where expected, diagonal, and seamless when tiled. */
import { describe, expect, it } from 'vitest';
import { hatchPixels } from '../../src/map/symbols';
import { BASE_COLOURS, hexToRgba } from '../../src/layers/palette';

const SIZE = 12;
const px = (d: Uint8ClampedArray, x: number, y: number) => [...d.slice((y * SIZE + x) * 4, (y * SIZE + x) * 4 + 4)];

describe('no-target hatch', () => {
  const d = hatchPixels(SIZE);
  it('is the line colour on the diagonal and the ground colour between lines', () => {
    expect(px(d, 0, SIZE - 1)).toEqual(hexToRgba(BASE_COLOURS.noDataHatch));
    expect(px(d, SIZE - 1, 0)).toEqual(hexToRgba(BASE_COLOURS.noDataHatch));
    expect(px(d, 0, SIZE / 2 - 1)).toEqual(hexToRgba(BASE_COLOURS.noDataFill));
  });
  it('tiles seamlessly: shifting by one pixel along the diagonal gives the same pattern, wrapping at the edges', () => {
    for (let y = 0; y < SIZE; y++) for (let x = 0; x < SIZE; x++) expect(px(d, x, y)).toEqual(px(d, (x + 1) % SIZE, (y + SIZE - 1) % SIZE));
  });
  it('uses only shades between the two colours (opaque)', () => {
    for (let i = 3; i < d.length; i += 4) expect(d[i]).toBe(255);
  });
});
