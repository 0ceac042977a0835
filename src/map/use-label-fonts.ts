/**
 * Waits until the label font's faces for the first screen's labels are loaded, so deck's TextLayer builds its
 * glyph atlas in Noto Sans SC instead of first in a fallback font. The faces come from this app
 * (@fontsource/noto-sans-sc, split by unicode-range: only the subsets these characters need are fetched).
 * If loading fails, labels still draw with the system CJK fonts listed after it (src/layers/fonts.ts).
 *
 * In two steps, because the park names in both languages need some twenty subsets (about 600 KiB) and the city
 * view shows none of them: first the board names, badges and digits (a few subsets) before the first draw, then
 * the park names once the map has drawn. Park names are drawn only from then on (`parkNamesReady`).
 *
 * 'waiting' → the map draws no deck layer yet, so symbols and labels arrive in one frame (each extra frame of
 * software WebGL delays start-up); 'late' → the font is slow (a slow link): symbols are drawn without labels;
 * 'ready' → labels too.
 */
import { useEffect, useRef, useState } from 'react';
import '@fontsource/noto-sans-sc/500.css';
import { LABEL_FONT_PRELOAD } from '../layers/fonts';
import type { MapModel } from '../layers/map-model';
import { afterFirstDraw } from '../app/after-first-draw';
import type { Selection } from '../store';

export type LabelFontState = 'waiting' | 'late' | 'ready';

export interface LabelFonts {
  state: LabelFontState;
  /** The park names' faces are in too (or could not be loaded): names may be drawn. */
  parkNamesReady: boolean;
}

/** How long the symbols wait for the label font before they are drawn without labels. */
export const LABEL_FONT_PATIENCE_MS = 1500;

const canLoadFonts = () => typeof document !== 'undefined' && Boolean(document.fonts);

/**
 * `firstText`: other text the first screen draws with the label font (badges, the selected park's name);
 * `namesFirst`: the first screen shows park names (a link opened zoomed in), so they are loaded in the first step.
 * Both are read once, when the model arrives.
 */
export function useLabelFonts(model: MapModel | null, firstText: string, namesFirst: boolean, patienceMs = LABEL_FONT_PATIENCE_MS): LabelFonts {
  const [state, setState] = useState<LabelFontState>('waiting');
  const [parkNamesReady, setParkNamesReady] = useState(false);
  const first = useRef({ text: firstText, namesFirst });
  first.current = { text: firstText, namesFirst };
  useEffect(() => {
    if (!model) return;
    let live = true;
    const boards = model.boards.map((b) => `${b.name_zh}${b.name_en}`).join('');
    const parks = model.parks.map((p) => `${p.properties.name_zh}${p.properties.name_en}`).join('');
    const { text, namesFirst: withNames } = first.current;
    const namesDone = () => live && setParkNamesReady(true);
    const done = () => {
      if (!live) return;
      setState('ready');
      if (withNames) namesDone();
    };
    const late = setTimeout(() => live && setState((s) => (s === 'waiting' ? 'late' : s)), patienceMs);
    let cancelNames = () => {};
    if (!canLoadFonts()) {
      done();
      namesDone();
    } else {
      document.fonts.load(LABEL_FONT_PRELOAD, `${boards}${text}${withNames ? parks : ''}≈0123456789`).then(done, done);
      if (!withNames) cancelNames = afterFirstDraw(() => void document.fonts.load(LABEL_FONT_PRELOAD, parks).then(namesDone, namesDone));
    }
    return () => {
      live = false;
      clearTimeout(late);
      cancelNames();
    };
  }, [model, patienceMs]);
  return { state, parkNamesReady };
}

/** What else the first screen draws in the label font: the group badges' words, the selected park's name. */
export function firstScreenLabelText(t: (key: string, options?: Record<string, unknown>) => string, model: MapModel | null, selection: Selection | null): string {
  const park = selection?.kind === 'park' ? model?.parks.find((p) => p.properties.id === selection.id)?.properties : undefined;
  return t('mapLabels.badge', { board: '', count: 0 }) + (park ? `${park.name_zh}${park.name_en}` : '');
}
