/**
 * Which parks the store's filters keep. Shared by the map and (if it wants) the list, so they always agree.
 * An empty filter list means "no restriction". The industry filter also keeps parks that list a sub-item of
 * a chosen cluster (a 车联网 park is an IoT park).
 */
import type { ParkProperties } from '../schema';
import type { Filters } from '../store';

export function parkMatchesIndustry(
  park: Pick<ParkProperties, 'lead_industries'>,
  industries: readonly string[],
  childrenOf: (industry: string) => readonly string[],
): boolean {
  if (industries.length === 0) return true;
  const wanted = new Set(industries.flatMap((id) => [id, ...childrenOf(id)]));
  return park.lead_industries.some((id) => wanted.has(id));
}

export function parkMatchesFilters(
  park: Pick<ParkProperties, 'category' | 'board' | 'status' | 'lead_industries'>,
  filters: Filters,
  childrenOf: (industry: string) => readonly string[],
): boolean {
  if (filters.categories.length > 0 && !filters.categories.includes(park.category)) return false;
  if (filters.boards.length > 0 && !filters.boards.includes(park.board)) return false;
  if (filters.statuses.length > 0 && !filters.statuses.includes(park.status)) return false;
  return parkMatchesIndustry(park, filters.industries, childrenOf);
}
