/**
 * Label font. Labels are drawn by deck.gl TextLayer (above the heat surface, see build-deck-layers.ts), which
 * rasterises glyphs with the browser's canvas text engine — so CJK shaping works without glyph PBFs.
 * The first family is Noto Sans SC served by the app itself (@fontsource/noto-sans-sc, split by unicode-range:
 * the browser fetches only the few subsets the labels use, from our own origin), so labels look the same on every
 * machine and never depend on the visitor's installed fonts; the system CJK families follow as a fallback.
 */
export const LABEL_FONT_FAMILY =
  '"Noto Sans SC", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "Hiragino Sans GB", "Source Han Sans SC", sans-serif';
export const LABEL_FONT_WEIGHT = 500;
/** The CSS `font` shorthand used to preload the faces before the text atlas is built. */
export const LABEL_FONT_PRELOAD = `${LABEL_FONT_WEIGHT} 16px "Noto Sans SC"`;
