/**
 * Where things go on an exported image (pure, in CSS pixels of the map; the drawing multiplies by the scale):
 * a title band at the top, the legend box bottom-left above the footer, scale bar and north arrow bottom-right,
 * and a footer band with the sources line and the data's date.
 */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface ExportLayout {
  title: Box;
  legend: Box;
  scaleBar: Box;
  north: Box;
  footer: Box;
}

export const PAD = 12;
export const TITLE_H = 40;
export const FOOTER_H = 34;
export const LEGEND_ROW_H = 18;
export const LEGEND_TITLE_H = 20;
export const LEGEND_W = 260;

export function legendHeight(sections: ReadonlyArray<{ items: readonly unknown[] }>): number {
  if (!sections.length) return 0;
  return PAD + sections.reduce((h, s) => h + LEGEND_TITLE_H + s.items.length * LEGEND_ROW_H, 0) + PAD / 2;
}

export function layoutExport(width: number, height: number, legendH: number): ExportLayout {
  const footer = { x: 0, y: height - FOOTER_H, w: width, h: FOOTER_H };
  // The legend never covers the title band: it shrinks to the space between them (rows past it are dropped).
  const maxLegendH = Math.max(0, height - TITLE_H - FOOTER_H - 2 * PAD);
  const lh = Math.min(legendH, maxLegendH);
  const legendW = Math.min(LEGEND_W, Math.max(0, width / 2 - PAD));
  return {
    title: { x: 0, y: 0, w: width, h: TITLE_H },
    legend: { x: PAD, y: footer.y - PAD - lh, w: legendW, h: lh },
    scaleBar: { x: width - PAD - 140, y: footer.y - PAD - 26, w: 140, h: 26 },
    north: { x: width - PAD - 34, y: TITLE_H + PAD, w: 34, h: 46 },
    footer,
  };
}

/** The longest round distance (1, 2 or 5 × 10^n metres) whose bar fits in `maxPx` CSS pixels. */
export function scaleBarLength(metresPerPixel: number, maxPx: number): { metres: number; px: number; label: string } {
  const maxMetres = metresPerPixel * maxPx;
  const pow = 10 ** Math.floor(Math.log10(maxMetres));
  const step = [5, 2, 1].map((m) => m * pow).find((m) => m <= maxMetres) ?? pow;
  return { metres: step, px: step / metresPerPixel, label: step >= 1000 ? `${step / 1000} km` : `${step} m` };
}

/** The file name of an export: title, date and size, safe for every file system. */
export function exportFileName(prefix: string, date: Date, width: number, height: number): string {
  const day = date.toISOString().slice(0, 10);
  return `${prefix}-${day}-${width}x${height}.png`;
}
