/**
 * Platforms and funds in the app's search, loaded with the search chunk: their items (fetched registers; a failed
 * fetch only leaves them out) and what choosing one does.
 */
import type { FundRecord } from '../schema';
import { loadPlatforms, type PlatformData } from '../data/platforms';
import { loadFunds } from '../data/funds';
import type { SearchItem } from '../search/search-index';
import { openFunds, openPlatform } from './actions';

/** Platforms (with their town, so 马山 finds 马山算力岛 by pinyin too) and funds. */
export function platformSearchItems(platforms: PlatformData | null, funds: readonly FundRecord[] | null): SearchItem[] {
  return [
    ...(platforms?.platforms ?? []).map((p) => ({
      kind: 'platform' as const,
      id: p.record.id,
      name_zh: p.record.name_zh,
      name_en: p.record.name_en,
      aliases_zh: p.record.aliases_zh,
      places_zh: p.record.town ? [p.record.town.name_zh] : [],
    })),
    ...(funds ?? []).map((f) => ({ kind: 'fund' as const, id: f.id, name_zh: f.name_zh, name_en: f.name_en, aliases_zh: f.aliases_zh })),
  ];
}

export async function loadPlatformSearchItems(): Promise<SearchItem[]> {
  const [platforms, funds] = await Promise.all([loadPlatforms().catch(() => null), loadFunds().catch(() => null)]);
  return platformSearchItems(platforms, funds);
}

export function choosePlatformOrFund(kind: 'platform' | 'fund', id: string): void {
  if (kind === 'fund') return openFunds(id);
  void loadPlatforms().then((d) => {
    const entry = d.byId.get(id);
    if (entry) openPlatform(entry);
  });
}
