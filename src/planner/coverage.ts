/**
 * Chain coverage: for each track and board, which targets the documents set and which carriers (parks today,
 * platforms once their register exists) serve it there. Pure: feed it any lists of carriers and targets.
 *
 * A cell is "target without a carrier" when a board has at least one target for the track but no carrier on that
 * board serves it; "carrier without a target" when a carrier serves the track there but the board has no target
 * for it. A carrier is "unbacked" when none of its tracks has a target on its board.
 */
import type { BoardId, SourceRef } from '../schema';
import type { Track } from './tracks';

/** What serves a track on a board. Add a kind here when a new register (e.g. platforms) is fed in. */
export type CarrierKind = 'park' | 'platform';

export interface Carrier {
  kind: CarrierKind;
  id: string;
  board: BoardId;
  /** Industry ids as the register gives them (sub-items are folded into their track). */
  industries: readonly string[];
}

/** Where a board target comes from. Add a kind when a new source of board targets (e.g. per-year targets) is fed in. */
export type TargetKind = 'annex_cell' | 'future_park_focus';

/** One target a board has for a track: a table cell, a focus direction of a park plan, … */
export interface BoardTarget {
  kind: TargetKind;
  /** Industry id as the source gives it (sub-items are folded into their track). */
  industry: string;
  board: BoardId;
  label_zh: string;
  label_en: string;
  /** The printed figure, or null for a target that is a direction rather than a number. */
  value: number | null;
  unit_zh: string | null;
  unit_en: string | null;
  source: SourceRef;
}

export type CellStatus = 'covered' | 'target_without_carrier' | 'carrier_without_target' | 'empty';

export interface CoverageCell {
  track: string;
  board: BoardId;
  targets: readonly BoardTarget[];
  carriers: readonly Carrier[];
  status: CellStatus;
}

export interface UnbackedCarrier {
  carrier: Carrier;
  /** The carrier's tracks, none of which has a target on its board. */
  tracks: readonly string[];
}

export interface Coverage {
  tracks: readonly Track[];
  boards: readonly BoardId[];
  cell: (track: string, board: BoardId) => CoverageCell;
  /** Cells with targets and no carrier, in track then board order. */
  gaps: readonly CoverageCell[];
  unbacked: readonly UnbackedCarrier[];
  counts: Readonly<Record<CellStatus, number>>;
}

export interface CoverageInput {
  tracks: readonly Track[];
  boards: readonly BoardId[];
  carriers: readonly Carrier[];
  targets: readonly BoardTarget[];
  parentOf: (industryId: string) => string | undefined;
}

function statusOf(targets: number, carriers: number): CellStatus {
  if (targets && carriers) return 'covered';
  if (targets) return 'target_without_carrier';
  if (carriers) return 'carrier_without_target';
  return 'empty';
}

const key = (track: string, board: string) => `${track}|${board}`;

export function computeCoverage(input: CoverageInput): Coverage {
  const { tracks, boards, parentOf } = input;
  const trackIds = new Set(tracks.map((t) => t.id));
  const fold = (industry: string) => parentOf(industry) ?? industry;
  const targets = new Map<string, BoardTarget[]>();
  for (const target of input.targets) {
    const track = fold(target.industry);
    if (!trackIds.has(track)) continue;
    const k = key(track, target.board);
    targets.set(k, [...(targets.get(k) ?? []), target]);
  }
  const carriers = new Map<string, Carrier[]>();
  const tracksOfCarrier = (c: Carrier) => [...new Set(c.industries.map(fold))].filter((t) => trackIds.has(t));
  for (const carrier of input.carriers) {
    for (const track of tracksOfCarrier(carrier)) {
      const k = key(track, carrier.board);
      carriers.set(k, [...(carriers.get(k) ?? []), carrier]);
    }
  }
  const cells = new Map<string, CoverageCell>();
  const counts: Record<CellStatus, number> = { covered: 0, target_without_carrier: 0, carrier_without_target: 0, empty: 0 };
  for (const track of tracks) {
    for (const board of boards) {
      const k = key(track.id, board);
      const t = targets.get(k) ?? [];
      const c = carriers.get(k) ?? [];
      const status = statusOf(t.length, c.length);
      counts[status] += 1;
      cells.set(k, { track: track.id, board, targets: t, carriers: c, status });
    }
  }
  const cell = (track: string, board: BoardId): CoverageCell =>
    cells.get(key(track, board)) ?? { track, board, targets: [], carriers: [], status: 'empty' };
  const gaps = [...cells.values()].filter((c) => c.status === 'target_without_carrier');
  const unbacked = input.carriers.flatMap((carrier) => {
    const own = tracksOfCarrier(carrier);
    if (!own.length || !boards.includes(carrier.board)) return [];
    return own.every((t) => !targets.has(key(t, carrier.board))) ? [{ carrier, tracks: own }] : [];
  });
  return { tracks, boards, cell, gaps, unbacked, counts };
}
