import { appStore } from '../store';
import { PARK_ZOOM, sheetAwareLatitude } from '../panels/lib/actions';
import type { PlatformEntry } from '../data/platforms';
import { FUNDS_ALL } from '../url/platform-url';

/** Select a platform; fly to its marker when it has one (a platform known only as "in Wuxi" has none). */
export function openPlatform(entry: Pick<PlatformEntry, 'record' | 'point'>, options: { fly?: boolean } = {}): void {
  const s = appStore.getState();
  s.select({ kind: 'platform', id: entry.record.id });
  if (entry.point && (options.fly ?? true)) {
    const zoom = Math.max(entry.record.precision === 'town' ? PARK_ZOOM - 1 : 10, s.view.zoom);
    s.flyTo({ longitude: entry.point[0], latitude: sheetAwareLatitude(entry.point[1], zoom, 0), zoom });
  }
}

/** Open the funds panel, at one fund or at the whole list. */
export function openFunds(id: string = FUNDS_ALL): void {
  appStore.getState().select({ kind: 'funds', id });
}
