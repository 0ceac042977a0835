/**
 * THE park filter: which parks (and imported zones, which carry the same fields) the store's filters keep.
 * The map, the heat, the list, the facet counts and the panels' counts all call these functions, so they
 * always agree. Groups combine with AND, values within a group with OR; an empty group does not filter.
 * The industry filter also keeps items that list a sub-item of a chosen cluster (a 车联网 park is an
 * 物联网 park, as Annex 1 prints 车联网 inside the IoT row).
 */
import type { ParkProperties } from '../schema';
import type { Filters } from '../store';

export type FilterablePark = Pick<ParkProperties, 'category' | 'board' | 'status' | 'lead_industries'>;
/** Parent cluster of a sub-item (iov → iot); undefined for a top-level industry. */
export type ParentOf = (industryId: string) => string | undefined;

export const noParent: ParentOf = () => undefined;

/** True when `industry` is one of `wanted` or a sub-item of one of them. `wanted` empty = no restriction. */
export function industryMatches(industry: string, wanted: ReadonlySet<string>, parentOf: ParentOf): boolean {
  if (wanted.size === 0) return true;
  if (wanted.has(industry)) return true;
  const parent = parentOf(industry);
  return parent !== undefined && wanted.has(parent);
}

export function parkMatchesIndustry(
  park: Pick<ParkProperties, 'lead_industries'>,
  industries: readonly string[],
  parentOf: ParentOf = noParent,
): boolean {
  if (industries.length === 0) return true;
  const wanted = new Set(industries);
  return park.lead_industries.some((id) => industryMatches(id, wanted, parentOf));
}

export function parkMatchesFilters(park: FilterablePark, filters: Filters, parentOf: ParentOf = noParent): boolean {
  if (filters.categories.length && !filters.categories.includes(park.category)) return false;
  if (filters.boards.length && !filters.boards.includes(park.board)) return false;
  if (filters.statuses.length && !filters.statuses.includes(park.status)) return false;
  return parkMatchesIndustry(park, filters.industries, parentOf);
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
  parentOf: ParentOf = noParent,
): Map<string, number> {
  const others: Filters = { ...filters, [key]: [] };
  const counts = new Map<string, number>();
  for (const park of parks) {
    if (!parkMatchesFilters(park, others, parentOf)) continue;
    for (const v of new Set(valuesOf(park))) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return counts;
}
