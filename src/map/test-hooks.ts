/**
 * Test-only surface on `window.__wuximap`, read by the e2e driver (tests/e2e/driver.ts). It exposes state the
 * tests cannot see from pixels alone; the app never reads it. Kept tiny and documented:
 *
 * - idle: true after the map's first `idle` event (the style and the data have been drawn once).
 * - deckFrames: frames the deck.gl overlay has drawn (its onAfterRender), so tests know deck is live too.
 * - renderedFeatureCount(layerId): features drawn on screen now by a MapLibre style layer (queryRenderedFeatures)
 *   or, for a deck layer, objects in its picking buffer over the whole viewport (pickable layers only).
 * - screenPoint(kind, id): viewport (client) CSS-pixel position of a park symbol, a board's label point, an imported
 *   project's point or an imported zone's point/inner point, or null (a park inside a collapsed badge is null).
 * - badges(): the badges of parks sharing a point drawn now, with their parks and client CSS-pixel centre.
 * - renderedTexts(layerId): the texts a deck TextLayer draws on screen now (those the label collision kept).
 * - parks(): the parks the map knows (id, precision, site origin, drawn position, lead industries), so tests can
 *   choose one to click and see where it sits.
 * - state(): a snapshot of the app store, for asserting on selection and settings.
 * - map: the maplibre Map (for triggerRepaint / once('idle') in the driver).
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { AppState } from '../store';

export interface WuxiMapTestHooks {
  idle: boolean;
  deckFrames: number;
  renderedFeatureCount: (layerId: string) => number;
  screenPoint: (kind: 'park' | 'board' | 'project' | 'zone', id: string) => [number, number] | null;
  parks: () => Array<{ id: string; precision: string; site: 'published' | 'user' | null; position: [number, number]; lead_industries: string[] }>;
  badges: () => Array<{ key: string; parkIds: string[]; point: [number, number] }>;
  renderedTexts: (layerId: string) => string[];
  state: () => AppState;
  map: MaplibreMap;
}

declare global {
  interface Window {
    __wuximap?: WuxiMapTestHooks;
  }
}

export function installTestHooks(hooks: WuxiMapTestHooks): () => void {
  window.__wuximap = hooks;
  return () => {
    if (window.__wuximap === hooks) delete window.__wuximap;
  };
}
