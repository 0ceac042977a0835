/**
 * Draws an export: the captured map, then title, legend, scale bar, north arrow and the sources footer on top,
 * all with Canvas 2D (no screenshot of the page's DOM). Positions come from layout.ts.
 */
import type { MapCapture } from '../map/capture';
import { drawSymbol } from '../map/symbols';
import type { LegendSection } from './legend-data';
import { FOOTER_H, LEGEND_ROW_H, LEGEND_TITLE_H, PAD, layoutExport, legendHeight, scaleBarLength, type Box } from './layout';

export interface ExportTexts {
  title: string;
  subtitle: string;
  sources: string;
  asOf: string;
}

const FONT = '"Noto Sans SC", "Noto Sans CJK SC", sans-serif';
const INK = '#12343f';
const PANEL = 'rgba(255,255,255,0.92)';

function fitText(ctx: CanvasRenderingContext2D, text: string, maxW: number): string {
  if (ctx.measureText(text).width <= maxW) return text;
  let s = text;
  while (s.length > 1 && ctx.measureText(`${s}…`).width > maxW) s = s.slice(0, -1);
  return `${s}…`;
}

function panel(ctx: CanvasRenderingContext2D, b: Box) {
  ctx.fillStyle = PANEL;
  ctx.fillRect(b.x, b.y, b.w, b.h);
}

function drawLegend(ctx: CanvasRenderingContext2D, sections: readonly LegendSection[], box: Box) {
  if (!sections.length || box.h <= 0) return;
  panel(ctx, box);
  ctx.strokeStyle = 'rgba(18,52,63,0.25)';
  ctx.strokeRect(box.x + 0.5, box.y + 0.5, box.w - 1, box.h - 1);
  let y = box.y + PAD / 2;
  const x = box.x + PAD;
  const bottom = box.y + box.h;
  const textW = box.w - 2 * PAD - 24;
  for (const section of sections) {
    if (y + LEGEND_TITLE_H > bottom) break;
    ctx.fillStyle = INK;
    ctx.font = `bold 12px ${FONT}`;
    ctx.textBaseline = 'middle';
    ctx.fillText(fitText(ctx, section.title, box.w - 2 * PAD), x, y + LEGEND_TITLE_H / 2);
    y += LEGEND_TITLE_H;
    ctx.font = `11px ${FONT}`;
    for (const item of section.items) {
      if (y + LEGEND_ROW_H > bottom) break;
      const mid = y + LEGEND_ROW_H / 2;
      if (item.kind === 'gradient') {
        // low ▭▭▭▭ high, like the on-screen gradient with its two labels.
        ctx.fillStyle = INK;
        ctx.fillText(item.low, x, mid);
        const gx = x + ctx.measureText(item.low).width + 6;
        const highW = ctx.measureText(item.high).width;
        const gw = Math.max(40, Math.min(150, box.x + box.w - PAD - highW - 6 - gx));
        const g = ctx.createLinearGradient(gx, 0, gx + gw, 0);
        item.colours.forEach((c, i) => g.addColorStop(i / (item.colours.length - 1), c));
        ctx.fillStyle = g;
        ctx.fillRect(gx, mid - 6, gw, 12);
        ctx.fillStyle = INK;
        ctx.fillText(item.high, gx + gw + 6, mid);
      } else {
        if (item.kind === 'swatch') {
          ctx.fillStyle = item.colour;
          ctx.fillRect(x, mid - 6, 16, 12);
        } else if (item.kind === 'hatch') {
          ctx.save();
          ctx.beginPath();
          ctx.rect(x, mid - 6, 16, 12);
          ctx.clip();
          ctx.strokeStyle = '#888';
          for (let d = -12; d < 16; d += 4) {
            ctx.beginPath();
            ctx.moveTo(x + d, mid + 6);
            ctx.lineTo(x + d + 12, mid - 6);
            ctx.stroke();
          }
          ctx.restore();
          ctx.strokeRect(x + 0.5, mid - 5.5, 15, 11);
        } else {
          ctx.drawImage(drawSymbol(item.shape, item.colour, item.hollow, 32), x, mid - 8, 16, 16);
        }
        ctx.fillStyle = INK;
        ctx.fillText(fitText(ctx, item.label, textW), x + 24, mid);
      }
      y += LEGEND_ROW_H;
    }
  }
}

function drawScaleBar(ctx: CanvasRenderingContext2D, metresPerPixel: number, box: Box) {
  const bar = scaleBarLength(metresPerPixel, box.w - 16);
  panel(ctx, box);
  const x0 = box.x + box.w - 8 - bar.px;
  const y = box.y + box.h - 8;
  ctx.strokeStyle = INK;
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(x0, y - 6);
  ctx.lineTo(x0, y);
  ctx.lineTo(x0 + bar.px, y);
  ctx.lineTo(x0 + bar.px, y - 6);
  ctx.stroke();
  ctx.lineWidth = 1;
  ctx.fillStyle = INK;
  ctx.font = `11px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'alphabetic';
  ctx.fillText(bar.label, x0 + bar.px / 2, y - 5);
  ctx.textAlign = 'left';
}

function drawNorth(ctx: CanvasRenderingContext2D, bearing: number, box: Box) {
  panel(ctx, box);
  const cx = box.x + box.w / 2;
  const cy = box.y + box.h / 2 + 6;
  ctx.save();
  ctx.translate(cx, cy);
  ctx.rotate((-bearing * Math.PI) / 180);
  ctx.fillStyle = INK;
  ctx.beginPath();
  ctx.moveTo(0, -14);
  ctx.lineTo(8, 10);
  ctx.lineTo(0, 5);
  ctx.lineTo(-8, 10);
  ctx.closePath();
  ctx.fill();
  ctx.restore();
  ctx.fillStyle = INK;
  ctx.font = `bold 11px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  ctx.fillText('N', cx, box.y + 2);
  ctx.textAlign = 'left';
}

/** The finished image: the capture's pixels with the map furniture drawn over them. */
export function drawExport(capture: MapCapture, legend: readonly LegendSection[], texts: ExportTexts): HTMLCanvasElement {
  const out = document.createElement('canvas');
  out.width = capture.canvas.width;
  out.height = capture.canvas.height;
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.fillStyle = '#f4f1ea';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(capture.canvas, 0, 0);
  // Everything after this is laid out in CSS pixels.
  ctx.scale(capture.scale, capture.scale);
  const layout = layoutExport(capture.width, capture.height, legendHeight(legend));

  panel(ctx, layout.title);
  ctx.fillStyle = INK;
  ctx.textBaseline = 'middle';
  ctx.font = `bold 17px ${FONT}`;
  const title = fitText(ctx, texts.title, layout.title.w * 0.55);
  ctx.fillText(title, PAD, layout.title.h / 2);
  const titleW = ctx.measureText(title).width;
  ctx.font = `13px ${FONT}`;
  ctx.fillText(fitText(ctx, texts.subtitle, layout.title.w - titleW - 3 * PAD), PAD * 2 + titleW, layout.title.h / 2);

  drawLegend(ctx, legend, layout.legend);
  drawScaleBar(ctx, capture.metresPerPixel, layout.scaleBar);
  drawNorth(ctx, capture.bearing, layout.north);

  panel(ctx, layout.footer);
  ctx.fillStyle = INK;
  ctx.font = `10.5px ${FONT}`;
  ctx.textBaseline = 'middle';
  const asOfW = ctx.measureText(texts.asOf).width;
  ctx.fillText(fitText(ctx, texts.sources, layout.footer.w - asOfW - 3 * PAD), PAD, layout.footer.y + FOOTER_H / 2);
  ctx.textAlign = 'right';
  ctx.fillText(texts.asOf, layout.footer.w - PAD, layout.footer.y + FOOTER_H / 2);
  ctx.textAlign = 'left';
  return out;
}
