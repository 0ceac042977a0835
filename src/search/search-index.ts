import { normalizeQuery, pinyinKeys } from './pinyin-keys';

/**
 * Search over parks, boards and industries by Chinese, English, pinyin initials and full pinyin.
 * The index is built once from the data (a pure function) and queried on every keystroke.
 */
export type SearchKind = 'park' | 'board' | 'industry' | 'platform' | 'fund';

export interface SearchItem {
  kind: SearchKind;
  id: string;
  name_zh: string;
  name_en: string;
  /** Other Chinese names (document spellings, short board names such as 江阴). */
  aliases_zh?: readonly string[];
  /** Where it is (e.g. the town 胡埭镇): matches, but ranks below any name match. */
  places_zh?: readonly string[];
  /** English abbreviations of the English name ("IoT" for Internet of Things). */
  aliases_en?: readonly string[];
}

interface IndexedName {
  /** Subtracted from the score: 0 for the name, more for aliases and places. */
  penalty: number;
  zh: string;
  syllables: string[];
  initials: string[];
}

interface IndexedItem {
  item: SearchItem;
  names: IndexedName[];
  en: string;
  enWords: string[];
  enAliases: string[];
}

export interface SearchIndex {
  items: IndexedItem[];
}

export interface SearchHit {
  item: SearchItem;
  score: number;
  /** How it matched, for tests and for a hint in the result row. */
  via: 'zh' | 'en' | 'pinyin' | 'initials';
}

const ALIAS_PENALTY = 5;
const PLACE_PENALTY = 25;

export function buildSearchIndex(items: readonly SearchItem[]): SearchIndex {
  return {
    items: items.map((item) => {
      const zhNames: [string, number][] = [
        [item.name_zh, 0],
        ...(item.aliases_zh ?? []).map((a): [string, number] => [a, ALIAS_PENALTY]),
        ...(item.places_zh ?? []).map((p): [string, number] => [p, PLACE_PENALTY]),
      ];
      const en = normalizeQuery(item.name_en);
      return {
        item,
        names: zhNames.map(([zh, penalty]) => ({ penalty, zh: normalizeQuery(zh), ...pinyinKeys(zh) })),
        en,
        enWords: item.name_en
          .toLowerCase()
          .split(/[^\p{L}\p{N}]+/u)
          .filter(Boolean),
        enAliases: (item.aliases_en ?? []).map(normalizeQuery),
      };
    }),
  };
}

/** Does `query` match the syllables starting at some syllable boundary? Returns that index or -1. */
function matchAtSyllable(parts: readonly string[], query: string): number {
  for (let i = 0; i < parts.length; i += 1) {
    if (parts.slice(i).join('').startsWith(query)) return i;
  }
  return -1;
}

/**
 * Full pinyin may be typed with the last syllable unfinished ("hudaiz") or mixed with initials
 * ("hdzhen"); we accept any split where each syllable is given whole or by its first letter(s),
 * as long as it starts at a syllable boundary.
 */
function matchMixed(parts: readonly string[], query: string, start: number): boolean {
  if (query === '') return true;
  if (start >= parts.length) return false;
  const syllable = parts[start]!;
  for (let take = Math.min(syllable.length, query.length); take >= 1; take -= 1) {
    if (syllable.startsWith(query.slice(0, take)) && matchMixed(parts, query.slice(take), start + 1)) return true;
  }
  return false;
}

const KIND_ORDER: Record<SearchKind, number> = { board: 0, industry: 1, park: 2, platform: 3, fund: 4 };

function scoreItem(entry: IndexedItem, q: string): { score: number; via: SearchHit['via'] } | null {
  let best: { score: number; via: SearchHit['via'] } | null = null;
  const consider = (score: number, via: SearchHit['via']) => {
    if (!best || score > best.score) best = { score, via };
  };
  for (const name of entry.names) {
    const aliasPenalty = name.penalty;
    if (name.zh === q) consider(100 - aliasPenalty, 'zh');
    else if (name.zh.startsWith(q)) consider(90 - aliasPenalty, 'zh');
    else if (name.zh.includes(q)) consider(70 - aliasPenalty, 'zh');
    if (!/^[a-z0-9]+$/.test(q) || name.syllables.length === 0) continue;
    const initials = name.initials.join('');
    if (initials === q) consider(88 - aliasPenalty, 'initials');
    const full = matchAtSyllable(name.syllables, q);
    if (full === 0) consider(86 - aliasPenalty, 'pinyin');
    else if (full > 0) consider(64 - aliasPenalty, 'pinyin');
    const ini = matchAtSyllable(name.initials, q);
    if (ini === 0) consider(84 - aliasPenalty, 'initials');
    else if (ini > 0) consider(60 - aliasPenalty, 'initials');
    if (q.length >= 2) {
      for (let i = 0; i < name.syllables.length; i += 1) {
        if (matchMixed(name.syllables, q, i)) {
          consider((i === 0 ? 80 : 58) - aliasPenalty, 'pinyin');
          break;
        }
      }
    }
  }
  if (entry.en === q) consider(98, 'en');
  else if (entry.en.startsWith(q)) consider(87, 'en');
  // English words match from their start ("robots", "internet of"), not from mid-word.
  else if (q.length >= 2 && matchAtSyllable(entry.enWords, q) >= 0) consider(75, 'en');
  for (const alias of entry.enAliases) {
    if (alias === q) consider(98 - ALIAS_PENALTY, 'en');
    else if (alias.startsWith(q)) consider(87 - ALIAS_PENALTY, 'en');
  }
  return best;
}

export function searchIndex(index: SearchIndex, rawQuery: string, limit = 8): SearchHit[] {
  // Names are short; a cap keeps the mixed-pinyin matcher cheap whatever is pasted in.
  const q = normalizeQuery(rawQuery).slice(0, 40);
  if (!q) return [];
  const hits: SearchHit[] = [];
  for (const entry of index.items) {
    const match = scoreItem(entry, q);
    if (match) hits.push({ item: entry.item, ...match });
  }
  hits.sort(
    (a, b) =>
      b.score - a.score ||
      KIND_ORDER[a.item.kind] - KIND_ORDER[b.item.kind] ||
      a.item.name_zh.length - b.item.name_zh.length ||
      a.item.id.localeCompare(b.item.id),
  );
  return hits.slice(0, limit);
}
