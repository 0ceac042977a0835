/**
 * Park symbols and the "no target" hatch, drawn on a canvas at runtime: nothing is fetched, so the map stays
 * offline, and shapes stay crisp at any pixel ratio. Filled = position with its own citation (site);
 * hollow (white inside, coloured edge) = approximate position (town/district), always with a precision ring.
 *
 * The symbol canvases are CPU-backed (`willReadFrequently`): they are only ever read back (PNG data URLs), and
 * reading a GPU-backed canvas waits for the GPU process — at start-up, on software WebGL, behind the map's own
 * first frame (~0.4–0.6 s of blocked main thread).
 */
import type { ParkCategory } from '../schema';
import type { IconFor, ParkIcon } from '../layers/build-deck-layers';
import { CATEGORY_STYLE, BASE_COLOURS, IMPORTED_EXTRA_PARK_STYLE, hexToRgba, type SymbolShape } from '../layers/palette';

const ICON_PX = 64;

function tracePath(ctx: CanvasRenderingContext2D, shape: SymbolShape, c: number, r: number) {
  ctx.beginPath();
  const polygon = (points: Array<[number, number]>) => {
    points.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
    ctx.closePath();
  };
  switch (shape) {
    case 'circle':
      ctx.arc(c, c, r * 0.86, 0, Math.PI * 2);
      break;
    case 'square':
      polygon([[c - r * 0.78, c - r * 0.78], [c + r * 0.78, c - r * 0.78], [c + r * 0.78, c + r * 0.78], [c - r * 0.78, c + r * 0.78]]);
      break;
    case 'diamond':
      polygon([[c, c - r], [c + r, c], [c, c + r], [c - r, c]]);
      break;
    case 'triangle':
      polygon([[c, c - r], [c + r * 0.95, c + r * 0.75], [c - r * 0.95, c + r * 0.75]]);
      break;
    case 'star': {
      const pts: Array<[number, number]> = [];
      for (let i = 0; i < 10; i++) {
        const radius = i % 2 === 0 ? r * 1.05 : r * 0.48;
        const a = -Math.PI / 2 + (i * Math.PI) / 5;
        pts.push([c + Math.cos(a) * radius, c + Math.sin(a) * radius + r * 0.08]);
      }
      polygon(pts);
      break;
    }
  }
}

export function drawSymbol(shape: SymbolShape, colour: string, hollow: boolean, size = ICON_PX): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return canvas;
  const c = size / 2;
  const r = size * 0.4;
  ctx.lineJoin = 'round';
  // A dark outer edge keeps both variants visible on light fills and on the heat colours.
  tracePath(ctx, shape, c, r);
  ctx.lineWidth = size * 0.14;
  ctx.strokeStyle = 'rgba(20, 24, 28, 0.85)';
  ctx.stroke();
  ctx.fillStyle = hollow ? '#ffffff' : colour;
  ctx.fill();
  tracePath(ctx, shape, c, r);
  ctx.lineWidth = hollow ? size * 0.11 : size * 0.05;
  ctx.strokeStyle = hollow ? colour : '#ffffff';
  ctx.stroke();
  return canvas;
}

/** Icon descriptors for deck's IconLayer (auto-packed atlas from data URLs: local, no request leaves the page). */
export function createIconFor(): IconFor {
  const cache = new Map<string, ParkIcon>();
  return (category: ParkCategory | 'imported_park', hollow: boolean) => {
    const id = `${category}-${hollow ? 'hollow' : 'filled'}`;
    let icon = cache.get(id);
    if (!icon) {
      const { colour, shape } = category === 'imported_park' ? IMPORTED_EXTRA_PARK_STYLE : CATEGORY_STYLE[category];
      icon = { id, url: drawSymbol(shape, colour, hollow).toDataURL('image/png'), width: ICON_PX, height: ICON_PX, mask: false };
      cache.set(id, icon);
    }
    return icon;
  };
}

/**
 * Diagonal hatching for boards the table prints "-" for (no target): grey lines on a light grey ground.
 * Computed pixel by pixel rather than drawn on a canvas: a canvas read-back at map load waited for the GPU process.
 * Lines x + y ≡ 0 (mod size), 1.5 px wide with a soft edge, so the pattern tiles seamlessly.
 */
export function drawHatch(size = 12): ImageData {
  return new ImageData(hatchPixels(size), size, size);
}

/** The hatch's RGBA pixels, row by row. */
export function hatchPixels(size: number): Uint8ClampedArray<ArrayBuffer> {
  const ground = hexToRgba(BASE_COLOURS.noDataFill);
  const line = hexToRgba(BASE_COLOURS.noDataHatch);
  const data = new Uint8ClampedArray(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const along = (x + y + 1) % size; // pixel centre: (x + 0.5) + (y + 0.5)
      const distance = Math.min(along, size - along) / Math.SQRT2;
      const cover = Math.max(0, Math.min(1, 0.75 + 0.5 - distance));
      for (let c = 0; c < 4; c++) data[(y * size + x) * 4 + c] = Math.round(ground[c]! + (line[c]! - ground[c]!) * cover);
    }
  }
  return data;
}
