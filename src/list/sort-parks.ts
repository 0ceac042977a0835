import type { BoardId, ParkCategory, ParkProperties, ParkStatus, PositionPrecision } from '../schema';
import { boardIds, parkCategories } from '../schema/constants';
import type { Language } from '../store';

export type SortKey = 'name' | 'board' | 'category' | 'status' | 'precision';
export interface SortState {
  key: SortKey;
  dir: 'asc' | 'desc';
}

const STATUS_ORDER: readonly ParkStatus[] = ['existing', 'planned', 'suggested'];
const PRECISION_ORDER: readonly PositionPrecision[] = ['site', 'town', 'district'];

/**
 * Sort parks for the list. Names sort by the language's collation (Chinese by pinyin order);
 * board/category/status/precision sort in their document order, not alphabetically; ties fall back to the name.
 */
export function sortParks<T extends Pick<ParkProperties, 'id' | 'name_zh' | 'name_en' | 'board' | 'category' | 'status' | 'precision'>>(
  parks: readonly T[],
  sort: SortState,
  language: Language,
): T[] {
  const collator = new Intl.Collator(language === 'zh' ? 'zh-CN' : 'en', { sensitivity: 'base', numeric: true });
  const name = (p: T) => (language === 'zh' ? p.name_zh : p.name_en);
  const rank: Record<Exclude<SortKey, 'name'>, (p: T) => number> = {
    board: (p) => boardIds.indexOf(p.board as BoardId),
    category: (p) => parkCategories.indexOf(p.category as ParkCategory),
    status: (p) => STATUS_ORDER.indexOf(p.status),
    precision: (p) => PRECISION_ORDER.indexOf(p.precision),
  };
  const sign = sort.dir === 'asc' ? 1 : -1;
  return [...parks].sort((a, b) => {
    const primary = sort.key === 'name' ? collator.compare(name(a), name(b)) : rank[sort.key](a) - rank[sort.key](b);
    return sign * primary || collator.compare(name(a), name(b)) || a.id.localeCompare(b.id);
  });
}

/** Clicking the sorted column flips its direction; another column starts ascending. */
export function nextSort(current: SortState, key: SortKey): SortState {
  return current.key === key ? { key, dir: current.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: 'asc' };
}
