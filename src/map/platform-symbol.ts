/**
 * The platform symbol, drawn on a canvas at runtime like the park symbols (nothing fetched): a hexagon with a
 * white inside and a violet edge (hollow = approximate position), and a small violet core so it reads as a
 * "node" rather than a park. Also used by the legend and the list as a data URL.
 */
import type { SymbolAtlas } from '../layers/symbol-atlas';
import { PLATFORM_HALO_ID, PLATFORM_SYMBOL_ID } from '../layers/platform-layers';

export const PLATFORM_COLOUR = '#6b3fa0';
/** Same as the parks' selection halo (BASE_COLOURS.selectionHalo). */
const HALO_COLOUR = '#1b1f24';
const ICON_PX = 64;

function hexagon(ctx: CanvasRenderingContext2D, c: number, r: number) {
  ctx.beginPath();
  for (let i = 0; i < 6; i++) {
    const a = Math.PI / 6 + (i * Math.PI) / 3;
    const x = c + Math.cos(a) * r;
    const y = c + Math.sin(a) * r;
    if (i === 0) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
  }
  ctx.closePath();
}

export function drawPlatformSymbol(size = ICON_PX): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return canvas;
  const c = size / 2;
  hexagon(ctx, c, size * 0.42);
  ctx.fillStyle = '#ffffff';
  ctx.fill();
  ctx.lineWidth = size * 0.12;
  ctx.strokeStyle = PLATFORM_COLOUR;
  ctx.stroke();
  hexagon(ctx, c, size * 0.14);
  ctx.fillStyle = PLATFORM_COLOUR;
  ctx.fill();
  return canvas;
}

/** The symbol and, beside it, the selection halo (a ring): both icons, so both can carry the pixel offset. */
export function drawPlatformAtlas(): SymbolAtlas {
  const canvas = document.createElement('canvas');
  canvas.width = ICON_PX * 2;
  canvas.height = ICON_PX;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (ctx) {
    ctx.drawImage(drawPlatformSymbol(), 0, 0);
    ctx.beginPath();
    ctx.arc(ICON_PX * 1.5, ICON_PX / 2, ICON_PX * 0.44, 0, Math.PI * 2);
    ctx.lineWidth = ICON_PX * 0.07;
    ctx.strokeStyle = HALO_COLOUR;
    ctx.stroke();
  }
  return {
    image: { data: canvas, width: canvas.width, height: canvas.height },
    mapping: {
      [PLATFORM_SYMBOL_ID]: { x: 0, y: 0, width: ICON_PX, height: ICON_PX, mask: false },
      [PLATFORM_HALO_ID]: { x: ICON_PX, y: 0, width: ICON_PX, height: ICON_PX, mask: false },
    },
  };
}
