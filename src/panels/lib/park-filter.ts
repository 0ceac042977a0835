import type { ParkProperties } from '../../schema';
import type { Filters } from '../../store';

type FilterablePark = Pick<ParkProperties, 'category' | 'board' | 'status' | 'lead_industries'>;

/**
 * Filters combine with AND across groups and OR within one group; an empty group does not filter.
 * An industry filter also matches sub-items whose parent is chosen (车联网 parks under 物联网).
 */
export function parkMatchesFilters(
  park: FilterablePark,
  filters: Filters,
  parentOf: (industryId: string) => string | undefined = () => undefined,
): boolean {
  if (filters.categories.length && !filters.categories.includes(park.category)) return false;
  if (filters.boards.length && !filters.boards.includes(park.board)) return false;
  if (filters.statuses.length && !filters.statuses.includes(park.status)) return false;
  if (filters.industries.length) {
    const wanted = new Set(filters.industries);
    const hit = park.lead_industries.some((id) => wanted.has(id) || wanted.has(parentOf(id) ?? ''));
    if (!hit) return false;
  }
  return true;
}

export function activeFilterCount(filters: Filters): number {
  return filters.categories.length + filters.industries.length + filters.boards.length + filters.statuses.length;
}

/**
 * How many parks each option of one group would show, given the other groups' current choices
 * (the usual faceted-search count, so a count never depends on its own group's selection).
 */
export function facetCounts<K extends keyof Filters>(
  parks: readonly FilterablePark[],
  filters: Filters,
  key: K,
  valuesOf: (park: FilterablePark) => readonly string[],
  parentOf?: (industryId: string) => string | undefined,
): Map<string, number> {
  const others: Filters = { ...filters, [key]: [] };
  const counts = new Map<string, number>();
  for (const park of parks) {
    if (!parkMatchesFilters(park, others, parentOf)) continue;
    for (const v of new Set(valuesOf(park))) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return counts;
}
