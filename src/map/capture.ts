/**
 * Reads the map as pixels: the MapLibre canvas at render time (its drawing buffer is only valid inside the frame
 * that drew it) and the deck.gl canvas (luma keeps its buffer), composited on a 2D canvas. For a larger export the
 * map and the overlay are re-rendered at that pixel ratio, so lines and labels stay sharp, then put back.
 */
import { captureTarget, type CaptureTarget } from './capture-target';

export interface MapCapture {
  canvas: HTMLCanvasElement;
  /** Map size in CSS pixels; the canvas is `scale` times that. */
  width: number;
  height: number;
  scale: number;
  /** Ground metres per CSS pixel at the centre of the view (for the scale bar). */
  metresPerPixel: number;
  bearing: number;
}

const EARTH_CIRCUMFERENCE_M = 40_075_016.686;
/** MapLibre's tiles are 512 px: one pixel at zoom z spans circumference / (512 · 2^z) at the equator. */
export function metresPerPixelAt(latitude: number, zoom: number): number {
  return (EARTH_CIRCUMFERENCE_M * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** zoom);
}

const nextFrame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));

function deckCanvasOf(t: CaptureTarget): HTMLCanvasElement | null {
  const own = t.map.getCanvas();
  const canvases = [...t.map.getContainer().querySelectorAll('canvas')];
  return canvases.find((c) => c !== own) ?? null;
}

/** Draw the map canvas inside the frame that rendered it (no preserveDrawingBuffer needed). */
function drawMapAtRender(t: CaptureTarget, ctx: CanvasRenderingContext2D, w: number, h: number): Promise<void> {
  return new Promise((done) => {
    t.map.once('render', () => {
      ctx.drawImage(t.map.getCanvas(), 0, 0, w, h);
      done();
    });
    t.map.triggerRepaint();
  });
}

export async function captureMap(scale = 1): Promise<MapCapture> {
  const t = captureTarget();
  if (!t) throw new Error('map not ready');
  const { map, overlay } = t;
  const width = map.getCanvas().clientWidth;
  const height = map.getCanvas().clientHeight;
  const previousRatio = map.getPixelRatio();
  const ratio = scale;
  const out = document.createElement('canvas');
  out.width = Math.round(width * ratio);
  out.height = Math.round(height * ratio);
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  const changed = Math.abs(previousRatio - ratio) > 1e-6;
  try {
    if (changed) {
      map.setPixelRatio(ratio);
      overlay.setProps({ useDevicePixels: ratio });
    }
    await drawMapAtRender(t, ctx, out.width, out.height);
    const deck = deckCanvasOf(t);
    if (deck) {
      // deck redraws on its own animation frame after a resize: wait (bounded) for its buffer to match.
      for (let i = 0; i < 30 && deck.width !== out.width; i++) await nextFrame();
      await nextFrame();
      await nextFrame();
      ctx.drawImage(deck, 0, 0, out.width, out.height);
    }
  } finally {
    if (changed) {
      map.setPixelRatio(previousRatio);
      overlay.setProps({ useDevicePixels: true });
    }
  }
  const c = map.getCenter();
  return { canvas: out, width, height, scale, metresPerPixel: metresPerPixelAt(c.lat, map.getZoom()), bearing: map.getBearing() };
}
