/**
 * The tracks the chain-coverage matrix has one row for: the "465" clusters, the 2024 Annex 1 extra tracks and
 * both "5+X" lists. Sub-items (车联网 under 物联网) fold into their parent; Jiangyin-only industries are not
 * city tracks and are left out.
 */
import type { Industry } from '../schema';

export type TrackGroup = 'landmark' | 'advantage' | 'future' | 'new_track';

export interface Track {
  id: string;
  group: TrackGroup;
}

const CITY_LISTS = new Set(['cluster465', 'annex1_2024', 'five_x_2024', 'five_x_2026']);

function groupOf(industry: Industry): TrackGroup {
  const role = industry.memberships.find((m) => m.list === 'cluster465')?.role;
  if (role === 'landmark' || role === 'advantage' || role === 'future') return role;
  return 'new_track';
}

const GROUP_ORDER: readonly TrackGroup[] = ['landmark', 'advantage', 'future', 'new_track'];

/** City tracks in taxonomy order within each group. */
export function cityTracks(taxonomy: readonly Industry[]): Track[] {
  const tracks = taxonomy
    .filter((i) => !i.parent && i.memberships.some((m) => CITY_LISTS.has(m.list)))
    .map((i) => ({ id: i.id, group: groupOf(i) }));
  return GROUP_ORDER.flatMap((g) => tracks.filter((t) => t.group === g));
}

/** The track an industry id counts for: itself, or its parent when it is a sub-item. */
export function trackOf(industryId: string, parentOf: (id: string) => string | undefined): string {
  return parentOf(industryId) ?? industryId;
}
