import type { FundRecord } from '../schema';
import type { PlatformData } from '../data/platforms';
import type { SearchItem } from '../search/search-index';

/** Platforms (with their town, so 马山 finds 马山算力岛 even by pinyin) and funds, for the app's search. */
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
