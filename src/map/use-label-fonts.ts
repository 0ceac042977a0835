/**
 * Waits until the label font's faces for every label text (both languages) are loaded, so deck's TextLayer
 * builds its glyph atlas once, in Noto Sans SC, instead of first in a fallback font. The faces come from this
 * app (@fontsource/noto-sans-sc, split by unicode-range: only the subsets these characters need are fetched).
 * If loading fails, labels still draw with the system CJK fonts listed after it (src/layers/fonts.ts).
 *
 * 'waiting' → the map draws no deck layer yet, so symbols and labels arrive in one frame (each extra frame of
 * software WebGL delays start-up); 'late' → the font is slow (a slow link): symbols are drawn without labels;
 * 'ready' → labels too.
 */
import { useEffect, useState } from 'react';
import '@fontsource/noto-sans-sc/500.css';
import { LABEL_FONT_PRELOAD } from '../layers/fonts';
import type { MapModel } from '../layers/map-model';

export type LabelFontState = 'waiting' | 'late' | 'ready';

/** How long the symbols wait for the label font before they are drawn without labels. */
export const LABEL_FONT_PATIENCE_MS = 1500;

export function useLabelFonts(model: MapModel | null, patienceMs = LABEL_FONT_PATIENCE_MS): LabelFontState {
  const [state, setState] = useState<LabelFontState>('waiting');
  useEffect(() => {
    if (!model) return;
    let live = true;
    const names = [...model.boards, ...model.parks.map((p) => p.properties)];
    const text = `${names.map((n) => `${n.name_zh}${n.name_en}`).join('')}≈0123456789`;
    const done = () => live && setState('ready');
    const late = setTimeout(() => live && setState((s) => (s === 'waiting' ? 'late' : s)), patienceMs);
    if (typeof document === 'undefined' || !document.fonts) done();
    else document.fonts.load(LABEL_FONT_PRELOAD, text).then(done, done);
    return () => {
      live = false;
      clearTimeout(late);
    };
  }, [model, patienceMs]);
  return state;
}
