/**
 * Pure questions about platforms: which the filters keep, which serve an industry, which parks share a platform's
 * industries, and where each drawn platform's symbol sits. The map, list, panels and search all use these.
 */
import type { FundRecord, ParkProperties, PlatformRecord } from '../schema';
import type { PlatformKind } from '../schema/platform-constants';
import type { Filters } from '../store';
import { industryMatches, type ParentOf } from '../domain/park-filter';
import type { PlatformEntry } from '../data/platforms';

/** The park filters that mean something for a platform (industry, board, status) plus the platform kinds. */
export function platformMatchesFilters(p: PlatformRecord, filters: Filters, kinds: readonly PlatformKind[], parentOf: ParentOf): boolean {
  if (kinds.length && !kinds.includes(p.kind)) return false;
  if (filters.boards.length && (p.board === null || !filters.boards.includes(p.board))) return false;
  if (filters.statuses.length && !filters.statuses.includes(p.status)) return false;
  if (!filters.industries.length) return true;
  const wanted = new Set(filters.industries);
  return p.serves.some((id) => industryMatches(id, wanted, parentOf));
}

/** Does a platform (or a fund's cluster list) serve this industry, directly or through a sub-item? */
export function servesIndustry(industries: readonly string[], industry: string, parentOf: ParentOf): boolean {
  return industries.some((id) => industryMatches(id, new Set([industry]), parentOf));
}

export function platformsServing(platforms: readonly PlatformEntry[], industry: string, parentOf: ParentOf): PlatformEntry[] {
  return platforms.filter((p) => servesIndustry(p.record.serves, industry, parentOf));
}

export function fundsNaming(funds: readonly FundRecord[], industry: string, parentOf: ParentOf): FundRecord[] {
  return funds.filter((f) => servesIndustry(f.clusters, industry, parentOf));
}

/** Parks whose lead industries overlap what the platform serves (either side may be the other's sub-item). */
export function parksSharingIndustries<P extends Pick<ParkProperties, 'id' | 'lead_industries'>>(
  platform: PlatformRecord,
  parks: readonly P[],
  parentOf: ParentOf,
): P[] {
  if (!platform.serves.length) return [];
  const served = new Set(platform.serves);
  return parks.filter((park) =>
    park.lead_industries.some((id) => industryMatches(id, served, parentOf) || platform.serves.some((s) => parentOf(s) === id)),
  );
}

export interface PlatformPoint {
  id: string;
  position: [number, number];
  /** Pixel offset of the symbol from `position`: platforms sharing a point sit side by side. */
  offset: [number, number];
  precision: 'town' | 'board';
  dimmed: boolean;
}

/**
 * Gap between symbols sharing a point. Every platform symbol sits above its point: a board's point carries the
 * board's name and, below it, its park badge; a town seat may carry a park symbol with its name below.
 */
export const PLATFORM_SPACING_PX = 26;
export const ABOVE_POINT_PX = -24;

/**
 * Drawn platforms: those with a point that the filters keep (the selected one always). When an industry is
 * selected, platforms that do not serve it are dimmed, like parks.
 */
export function platformPoints(
  platforms: readonly PlatformEntry[],
  keep: (p: PlatformRecord) => boolean,
  selectedId: string | null,
  selectedIndustry: string | null,
  parentOf: ParentOf,
): PlatformPoint[] {
  const drawn = platforms.filter((p) => p.point && (p.record.id === selectedId || keep(p.record)));
  const byPoint = new Map<string, PlatformEntry[]>();
  for (const p of drawn) {
    const key = p.point!.join(',');
    byPoint.set(key, [...(byPoint.get(key) ?? []), p]);
  }
  const points: PlatformPoint[] = [];
  for (const group of byPoint.values()) {
    group.forEach((p, i) => {
      const precision = p.record.precision === 'town' ? 'town' : 'board';
      const dx = (i - (group.length - 1) / 2) * PLATFORM_SPACING_PX;
      points.push({
        id: p.record.id,
        position: p.point!,
        offset: [dx, ABOVE_POINT_PX],
        precision,
        dimmed: selectedIndustry !== null && !servesIndustry(p.record.serves, selectedIndustry, parentOf),
      });
    });
  }
  return points;
}
