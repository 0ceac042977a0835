/**
 * Choropleth classes for a board × (industry, metric) cell of the 2024 Annex 1/2 tables.
 * Quantile (equal-count) classes over the boards that have a target; at most four classes because there are
 * only eight boards. Each legend entry shows the real min–max of the boards in it, not invented break values.
 * Boards printed "-" (null) get no class: the map hatches them and the legend says "no target".
 */
import type { BoardId, TargetRow } from '../schema';
import { boardIds } from '../schema/constants';
import type { ChoroplethSettings } from '../store';
import { primaryRows } from '../domain/allocation';
import { CHOROPLETH_RAMP, pickFromRamp } from './palette';

export const MAX_CHOROPLETH_CLASSES = 4;

export interface ChoroplethClass {
  min: number;
  max: number;
  colour: string;
  boards: BoardId[];
}

export interface Choropleth {
  row: TargetRow;
  classes: ChoroplethClass[];
  /** Class index per board with a target. */
  classOf: Partial<Record<BoardId, number>>;
  /** Boards the table prints "-" for. */
  noTarget: BoardId[];
}

export function classify(values: ReadonlyArray<readonly [BoardId, number]>, maxClasses = MAX_CHOROPLETH_CLASSES) {
  const sorted = [...values].sort((a, b) => a[1] - b[1]);
  const distinct = new Set(sorted.map(([, v]) => v)).size;
  const count = Math.min(maxClasses, distinct);
  const colours = pickFromRamp(CHOROPLETH_RAMP, count);
  const classes: ChoroplethClass[] = [];
  const classOf: Partial<Record<BoardId, number>> = {};
  if (count === 0) return { classes, classOf };
  // Equal-count cut points; equal values never straddle a class boundary.
  let start = 0;
  for (let c = 0; c < count && start < sorted.length; c++) {
    let end = c === count - 1 ? sorted.length : Math.max(start + 1, Math.round(((c + 1) * sorted.length) / count));
    while (end < sorted.length && sorted[end]![1] === sorted[end - 1]![1]) end++;
    const members = sorted.slice(start, end);
    classes.push({
      min: members[0]![1],
      max: members[members.length - 1]![1],
      colour: colours[c]!,
      boards: members.map(([b]) => b),
    });
    for (const [b] of members) classOf[b] = classes.length - 1;
    start = end;
  }
  // Ties may have used up the values early: re-spread colours over the classes actually made.
  const used = pickFromRamp(CHOROPLETH_RAMP, classes.length);
  classes.forEach((cls, i) => (cls.colour = used[i]!));
  return { classes, classOf };
}

export function buildChoropleth(rows: readonly TargetRow[], settings: ChoroplethSettings): Choropleth | null {
  if (settings.metric === null || settings.industry === null) return null;
  const [row] = primaryRows(rows, settings.metric, settings.industry);
  if (!row) return null;
  const values: Array<readonly [BoardId, number]> = [];
  const noTarget: BoardId[] = [];
  for (const board of boardIds) {
    const v = row.values[board];
    if (v === null || v === undefined) noTarget.push(board);
    else values.push([board, v]);
  }
  return { row, noTarget, ...classify(values) };
}
