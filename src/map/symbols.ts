/**
 * Park symbols and the "no target" hatch, drawn on a canvas at runtime: nothing is fetched, so the map stays
 * offline, and shapes stay crisp at any pixel ratio. Filled = position with its own citation (site);
 * hollow (white inside, coloured edge) = approximate position (town/district), always with a precision ring.
 *
 * The symbol canvases are CPU-backed (`willReadFrequently`): they are only ever read back (the atlas upload, the
 * legend's PNG data URLs), and reading a GPU-backed canvas waits for the GPU process — at start-up, on software
 * WebGL, behind the map's own first frame (~0.4–0.6 s of blocked main thread).
 */
import type { ParkCategory } from '../schema';
import { symbolId, type SymbolAtlas } from '../layers/symbol-atlas';
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
  if (ctx) paintSymbol(ctx, shape, colour, hollow, size);
  return canvas;
}

/** Paints one symbol into the size × size square at the context's current origin. */
function paintSymbol(ctx: CanvasRenderingContext2D, shape: SymbolShape, colour: string, hollow: boolean, size: number) {
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
}

const ATLAS_GAP_PX = 4;
const SYMBOL_KINDS: ReadonlyArray<ParkCategory | 'imported_park'> = [...(Object.keys(CATEGORY_STYLE) as ParkCategory[]), 'imported_park'];

/**
 * Every park symbol packed once into one image with its mapping, handed to deck's IconLayer as a pre-packed
 * atlas: the first deck frame already has the symbols (auto-packing loads each icon as an image and draws
 * them one frame later — on software WebGL, one more frame of start-up).
 */
export function drawSymbolAtlas(size = ICON_PX): SymbolAtlas {
  const cell = size + ATLAS_GAP_PX;
  const canvas = document.createElement('canvas');
  canvas.width = cell * 2;
  canvas.height = cell * SYMBOL_KINDS.length;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  const mapping: SymbolAtlas['mapping'] = {};
  SYMBOL_KINDS.forEach((kind, row) => {
    const { colour, shape } = kind === 'imported_park' ? IMPORTED_EXTRA_PARK_STYLE : CATEGORY_STYLE[kind];
    [false, true].forEach((hollow, column) => {
      const x = column * cell;
      const y = row * cell;
      if (ctx) {
        ctx.setTransform(1, 0, 0, 1, x, y);
        paintSymbol(ctx, shape, colour, hollow, size);
      }
      mapping[symbolId(kind, hollow)] = { x, y, width: size, height: size, mask: false };
    });
  });
  return { image: { data: canvas, width: canvas.width, height: canvas.height }, mapping };
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
