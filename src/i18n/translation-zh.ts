import app from './locales/zh/app';
import map from './locales/zh/map';
import importStrings from './locales/zh/import';
import reliability from './locales/zh/reliability';
import sites from './locales/zh/sites';
import mapLabels from './locales/zh/map-labels';
import thematic from './locales/zh/thematic';
import share from './locales/zh/share';
import kit from './locales/zh/kit';
import plannerEntry from './locales/zh/planner-entry';
import platforms from './locales/zh/platforms';
import timelineEntry from './locales/zh/timeline-entry';
import glossary from './locales/zh/glossary';
import picker from './locales/zh/picker';

/**
 * The Chinese translation tree: `map.*` (map, layers, legends), one key per feature, and the rest of the app.
 * Chinese is the app's first language and ships with the first screen; English loads when it is chosen.
 */
export const zhTranslation = { ...app, map, import: importStrings, reliability, sites, mapLabels, thematic, share, kit, plannerEntry, platforms, timelineEntry, glossary, picker };
