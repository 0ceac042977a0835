/**
 * The airport marker: a plane seen from above on a white disc, drawn on a canvas at runtime like the park
 * symbols (symbols.ts) — nothing is fetched, and it stays crisp (drawn at twice the size it shows at).
 */
const PIXEL_RATIO = 2;

export function drawAirportIcon(cssSize = 22, colour = '#2f4a6d'): { image: ImageData; pixelRatio: number } {
  const size = cssSize * PIXEL_RATIO;
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  // CPU-backed: the canvas is only read back (see symbols.ts for why that matters at start-up).
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('2D canvas unavailable');
  const c = size / 2;
  ctx.beginPath();
  ctx.arc(c, c, c - PIXEL_RATIO, 0, Math.PI * 2);
  ctx.fillStyle = '#ffffff';
  ctx.fill();
  ctx.lineWidth = PIXEL_RATIO;
  ctx.strokeStyle = colour;
  ctx.stroke();
  // Nose up: fuselage, swept wings, tailplane; coordinates in units of the disc radius.
  const u = (c - PIXEL_RATIO) * 0.78;
  const p = (x: number, y: number): [number, number] => [c + x * u, c + y * u];
  const outline: Array<[number, number]> = [
    p(0, -1), p(0.1, -0.9), p(0.1, -0.3), p(0.9, 0.15), p(0.9, 0.3), p(0.1, 0.08), p(0.09, 0.62), p(0.35, 0.82),
    p(0.35, 0.93), p(0, 0.84), p(-0.35, 0.93), p(-0.35, 0.82), p(-0.09, 0.62), p(-0.1, 0.08), p(-0.9, 0.3),
    p(-0.9, 0.15), p(-0.1, -0.3), p(-0.1, -0.9),
  ];
  ctx.beginPath();
  outline.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
  ctx.closePath();
  ctx.fillStyle = colour;
  ctx.fill();
  return { image: ctx.getImageData(0, 0, size, size), pixelRatio: PIXEL_RATIO };
}
