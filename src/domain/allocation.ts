/**
 * The allocation rule: how a board-level target becomes weighted points on the map.
 *
 * The documents set targets per board × cluster (2024 work points, Annex 1 and 2); they never say where inside a
 * board the activity happens. To draw a density surface we place each target cell by this rule, and every point
 * keeps its provenance so the UI can say exactly where a figure came from:
 *
 * 1. Take the table row for the cluster and metric (see `primaryRows`). A "-" cell (null) means no target was
 *    set: it produces no point at all. It is not a zero and is never turned into one.
 * 2. The parks that receive it are the board's parks whose `lead_industries` include the cluster or one of its
 *    sub-items (车联网 iov counts for 物联网 iot, because Annex 1 prints 车联网 as a part of the IoT row).
 *    A sub-item's own row (e.g. iov) goes only to parks that list the sub-item itself: a generic IoT park is not
 *    evidence of an Internet-of-Vehicles focus.
 * 3. The value is split equally among those parks (no document ranks one park over another, so no weighting is
 *    claimed). If the board has no such park, the whole value sits at the board's label point (for 无锡经开区,
 *    which has no polygon, its approximate point).
 *
 * So for every row and board, the shares sum back to the printed cell: the rule moves targets, never creates them.
 */
import type { BoardId, ParkProperties, TargetRow } from '../schema';
import { boardIds } from '../schema/constants';

export type LonLat = readonly [number, number];

export interface AllocationPark {
  id: string;
  board: BoardId;
  lead_industries: readonly string[];
  position: LonLat;
  precision: ParkProperties['precision'];
}

export interface AllocatedPoint {
  position: LonLat;
  /** The share of the cell placed here, in the row's unit. */
  value: number;
  rowId: string;
  board: BoardId;
  /** The receiving park's id, or 'board' when the value sits at the board's label point. */
  target: string;
  /** Fraction of the cell (1 / number of receiving parks, or 1 at the board point). */
  share: number;
  industry: string;
  metric: string;
}

export interface AllocationContext {
  parks: readonly AllocationPark[];
  /** Label point per board (district polygons' label_point; wxjk's approximate point). */
  boardPoints: Readonly<Partial<Record<BoardId, LonLat>>>;
  /** Sub-items of a cluster, e.g. iot → ['iov']. */
  childrenOf: (industry: string) => readonly string[];
}

/** The industries whose parks receive a row of `industry`: itself and its sub-items. */
export function receivingIndustries(industry: string, childrenOf: AllocationContext['childrenOf']): ReadonlySet<string> {
  return new Set([industry, ...childrenOf(industry)]);
}

/** Allocates one table row over the boards it prints (the 'city' column is a total and is skipped). */
export function allocateRow(row: TargetRow, context: AllocationContext): AllocatedPoint[] {
  if (row.industry === null) return [];
  const industries = receivingIndustries(row.industry, context.childrenOf);
  const points: AllocatedPoint[] = [];
  for (const board of boardIds) {
    const value = row.values[board];
    if (value === null || value === undefined) continue; // "-": no target, not zero.
    const base = { rowId: row.id, board, industry: row.industry, metric: row.metric };
    const receivers = context.parks.filter(
      (park) => park.board === board && park.lead_industries.some((id) => industries.has(id)),
    );
    if (receivers.length === 0) {
      const position = context.boardPoints[board];
      if (!position) continue; // No geometry for the board: nothing honest to draw.
      points.push({ ...base, position, value, target: 'board', share: 1 });
      continue;
    }
    const share = 1 / receivers.length;
    for (const park of receivers) points.push({ ...base, position: park.position, value: value * share, target: park.id, share });
  }
  return points;
}

/**
 * The rows a heat surface or choropleth uses for a metric: one per industry. Sub-item rows (parent_row set) are
 * left out because their parent's figure already includes them; where a cluster prints the same metric twice with
 * different scopes (生物医药: 全口径 and 制造研发), the first printed row is used — the broader scope, which is
 * the one comparable with the other clusters — and the UI names that scope.
 */
export function primaryRows(rows: readonly TargetRow[], metric: string, industry: string | null): TargetRow[] {
  const seen = new Set<string>();
  const picked: TargetRow[] = [];
  for (const row of rows) {
    if (row.metric !== metric || row.industry === null) continue;
    if (industry !== null) {
      if (row.industry !== industry) continue;
    } else if (row.parent_row !== null) continue;
    if (seen.has(row.industry)) continue;
    seen.add(row.industry);
    picked.push(row);
  }
  return picked;
}

/** Allocates every primary row of `metric` (one industry, or all of them when `industry` is null). */
export function allocateMetric(
  rows: readonly TargetRow[],
  metric: string,
  industry: string | null,
  context: AllocationContext,
): AllocatedPoint[] {
  return primaryRows(rows, metric, industry).flatMap((row) => allocateRow(row, context));
}
