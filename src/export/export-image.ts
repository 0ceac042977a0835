/**
 * "Export image": capture the map as it is on screen (at 1× or 2× its CSS size), draw title, legend, scale bar,
 * north arrow, sources and the data's date over it, and hand back a PNG. Loaded on demand.
 */
import '../kit/kit-strings';
import { i18next } from '../i18n';
import { captureMap } from '../map/capture';
import { ANNEX_ROWS } from '../map/use-map-model';
import { buildChoropleth } from '../layers/choropleth';
import { documents } from '../data/tables';
import { appStore, type AppState } from '../store';
import type { AppIndex } from '../app/app-data';
import { buildLegend } from './legend-data';
import { drawExport, type ExportTexts } from './draw-export';
import { exportFileName } from './layout';

/** The newest dated source document: the data are as of then. */
export function dataAsOf(docs: ReadonlyArray<{ date: string | null }>): string | null {
  return docs.reduce<string | null>((latest, d) => (d.date && (!latest || d.date > latest) ? d.date : latest), null);
}

/** What the image shows, in words: the selection, then the board colouring, then the heat. */
export function exportSubtitle(s: AppState, index: AppIndex, t: typeof i18next.t): string {
  const parts: string[] = [];
  const en = s.language === 'en';
  const sel = s.selection;
  if (sel?.kind === 'park') {
    const p = index.parkById.get(sel.id)?.props;
    if (p) parts.push(en ? p.name_en : p.name_zh);
  } else if (sel?.kind === 'board') {
    const b = index.boardById.get(sel.id);
    if (b) parts.push(en ? b.name_en : b.name_zh);
  } else if (sel?.kind === 'industry') {
    const i = index.industryById.get(sel.id);
    if (i) parts.push(en ? i.name_en : i.name_zh);
  }
  if (s.choropleth.metric) {
    const industry = s.choropleth.industry ? index.industryById.get(s.choropleth.industry) : undefined;
    parts.push(`${t(`map.metrics.${s.choropleth.metric}`)}${industry ? ` · ${en ? industry.name_en : industry.name_zh}` : ''}`);
  }
  if (s.heat.kind) parts.push(t('kit.export.heat', { kind: t(`map.heat.${s.heat.kind}`) }));
  return parts.join(' | ');
}

export interface ExportedImage {
  blob: Blob;
  fileName: string;
  width: number;
  height: number;
}

export async function exportImage(scale: number, index: AppIndex): Promise<ExportedImage> {
  const s = appStore.getState();
  const t = i18next.getFixedT(s.language);
  const capture = await captureMap(scale);
  const categories = new Set(index.parks.map((p) => p.props.category));
  const legend = buildLegend({
    choropleth: buildChoropleth(ANNEX_ROWS, s.choropleth),
    heat: s.heat,
    layers: s.layers,
    categoriesWithParks: categories,
    language: s.language,
    t,
  });
  const asOf = dataAsOf(documents);
  const texts: ExportTexts = {
    title: t('app.title'),
    subtitle: exportSubtitle(s, index, t),
    sources: t('kit.export.sources'),
    asOf: asOf ? t('kit.export.asOf', { date: asOf }) : '',
  };
  const canvas = drawExport(capture, legend, texts);
  const blob = await new Promise<Blob>((done, fail) => canvas.toBlob((b) => (b ? done(b) : fail(new Error('toBlob'))), 'image/png'));
  return { blob, width: canvas.width, height: canvas.height, fileName: exportFileName(t('kit.export.fileName'), new Date(), canvas.width, canvas.height) };
}

/** Snapshot of the map only (no furniture) for the print sheet, as a PNG blob. */
export async function mapSnapshot(scale = 2): Promise<Blob> {
  const capture = await captureMap(scale);
  return new Promise<Blob>((done, fail) => capture.canvas.toBlob((b) => (b ? done(b) : fail(new Error('toBlob'))), 'image/png'));
}
