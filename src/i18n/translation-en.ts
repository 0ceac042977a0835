import app from './locales/en/app';
import map from './locales/en/map';
import importStrings from './locales/en/import';
import reliability from './locales/en/reliability';
import sites from './locales/en/sites';
import mapLabels from './locales/en/map-labels';
import thematic from './locales/en/thematic';
import share from './locales/en/share';
import kit from './locales/en/kit';
import plannerEntry from './locales/en/planner-entry';
import platforms from './locales/en/platforms';
import timelineEntry from './locales/en/timeline-entry';
import glossary from './locales/en/glossary';
import picker from './locales/en/picker';

/** The English translation tree, the same shape as the Chinese one (translation-zh.ts); loaded when English is chosen. */
export const enTranslation = { ...app, map, import: importStrings, reliability, sites, mapLabels, thematic, share, kit, plannerEntry, platforms, timelineEntry, glossary, picker };
