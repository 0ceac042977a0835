/**
 * Small shared steps for the PANELS specs (panels, search, url, a11y), on top of the MAP helper's driver.
 */
import { expect } from 'vitest';
import { openApp, type AppDriver, type OpenOptions } from './driver';
import type { AppState } from '../../src/store';

type Snapshot = Pick<AppState, 'selection' | 'filters' | 'language' | 'panelTab' | 'view' | 'layers' | 'heat' | 'choropleth'>;

export async function openReady(options?: OpenOptions): Promise<AppDriver> {
  const app = await openApp(options);
  await app.page.waitForSelector('[data-ready="true"]', { timeout: 60_000 });
  await app.waitForMapReady();
  return app;
}

/** The shareable part of the store, read through the map's test hooks. */
export function snapshot(app: AppDriver): Promise<Snapshot> {
  return app.page.evaluate(() => {
    const s = window.__wuximap!.state();
    return {
      selection: s.selection,
      filters: s.filters,
      language: s.language,
      panelTab: s.panelTab,
      view: s.view,
      layers: s.layers,
      heat: s.heat,
      choropleth: s.choropleth,
    };
  });
}

export async function waitForSelection(app: AppDriver, kind: string, id: string): Promise<void> {
  await app.page.waitForFunction(
    ([k, i]) => {
      const s = window.__wuximap!.state().selection;
      return s?.kind === k && s.id === i;
    },
    [kind, id] as const,
    { timeout: 15_000 },
  );
}

/** Finish a test: no requests to other origins, no console errors, then close. */
export async function finish(app: AppDriver | null): Promise<void> {
  if (!app) return;
  try {
    expect(app.foreignRequests, 'requests outside the app origin').toEqual([]);
    expect(app.consoleErrors, 'console errors').toEqual([]);
  } finally {
    await app.close();
  }
}

export const HAN = /\p{Script=Han}/u;
