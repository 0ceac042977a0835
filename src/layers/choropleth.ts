/**
 * Choropleth classes for a board × (industry, metric) cell of the 2024 Annex 1/2 tables, over the boards that
 * have a target; at most four classes because there are only eight boards. Two rules, the user's choice:
 * - Jenks natural breaks (default; the exact optimum, least squared deviation within classes): the values are very
 *   skewed (新吴 often several times the next board), and natural breaks keep such an outlier in a class of its own;
 * - quantiles: equal-count classes, which rank boards but can put 477 and 2,200 in one class.
 * Each legend entry shows the real min–max of the boards in it (the break values), not invented round numbers.
 * Boards printed "-" (null) get no class: the map hatches them and the legend says "no target".
 */
import type { BoardId, TargetRow } from '../schema';
import { boardIds } from '../schema/constants';
import type { ChoroplethClassification, ChoroplethSettings } from '../store';
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
  /** The printed value per board with a target (for the value labels and the hover). */
  values: Partial<Record<BoardId, number>>;
}

type Values = ReadonlyArray<readonly [BoardId, number]>;

/** Class sizes (in sorted order) for equal-count classes; equal values never straddle a class boundary. */
function quantileSizes(sorted: Values, count: number): number[] {
  const sizes: number[] = [];
  let start = 0;
  for (let c = 0; c < count && start < sorted.length; c++) {
    let end = c === count - 1 ? sorted.length : Math.max(start + 1, Math.round(((c + 1) * sorted.length) / count));
    while (end < sorted.length && sorted[end]![1] === sorted[end - 1]![1]) end++;
    sizes.push(end - start);
    start = end;
  }
  return sizes;
}

/**
 * Class sizes for Jenks natural breaks: the split of the sorted values into `count` runs with the least total
 * squared deviation from each run's mean, found exactly by dynamic programming (eight boards: nothing to
 * approximate). A split never falls between equal values.
 */
export function jenksSizes(sorted: Values, count: number): number[] {
  const x = sorted.map(([, v]) => v);
  const n = x.length;
  // Squared deviation of x[i..j] from its mean, from prefix sums.
  const sum = [0];
  const sq = [0];
  for (const v of x) {
    sum.push(sum[sum.length - 1]! + v);
    sq.push(sq[sq.length - 1]! + v * v);
  }
  const cost = (i: number, j: number) => {
    const s = sum[j + 1]! - sum[i]!;
    return sq[j + 1]! - sq[i]! - (s * s) / (j - i + 1);
  };
  // best[c][j]: least cost of x[0..j] in c + 1 classes; from[c][j]: where its last class starts.
  const best = [x.map((_, j) => cost(0, j))];
  const from: number[][] = [x.map(() => 0)];
  for (let c = 1; c < count; c++) {
    best.push(new Array<number>(n).fill(Infinity));
    from.push(new Array<number>(n).fill(-1));
    for (let j = c; j < n; j++) {
      for (let i = c; i <= j; i++) {
        if (x[i] === x[i - 1] || best[c - 1]![i - 1] === Infinity) continue;
        const total = best[c - 1]![i - 1]! + cost(i, j);
        if (total < best[c]![j]!) {
          best[c]![j] = total;
          from[c]![j] = i;
        }
      }
    }
  }
  const sizes: number[] = [];
  let end = n - 1;
  for (let c = count - 1; c >= 0; c--) {
    const start = c === 0 ? 0 : from[c]![end]!;
    sizes.unshift(end - start + 1);
    end = start - 1;
  }
  return sizes;
}

export function classify(values: Values, classification: ChoroplethClassification = 'jenks', maxClasses = MAX_CHOROPLETH_CLASSES) {
  const sorted = [...values].sort((a, b) => a[1] - b[1]);
  const distinct = new Set(sorted.map(([, v]) => v)).size;
  const count = Math.min(maxClasses, distinct);
  const classes: ChoroplethClass[] = [];
  const classOf: Partial<Record<BoardId, number>> = {};
  if (count === 0) return { classes, classOf };
  const sizes = classification === 'jenks' ? jenksSizes(sorted, count) : quantileSizes(sorted, count);
  let start = 0;
  for (const size of sizes) {
    const members = sorted.slice(start, start + size);
    start += size;
    if (members.length === 0) continue;
    classes.push({ min: members[0]![1], max: members[members.length - 1]![1], colour: '', boards: members.map(([b]) => b) });
    for (const [b] of members) classOf[b] = classes.length - 1;
  }
  // Colours spread over the classes actually made (ties may have merged some), low → high.
  const used = pickFromRamp(CHOROPLETH_RAMP, classes.length);
  classes.forEach((cls, i) => (cls.colour = used[i]!));
  return { classes, classOf };
}

export function buildChoropleth(
  rows: readonly TargetRow[],
  settings: Pick<ChoroplethSettings, 'metric' | 'industry'> & Partial<Pick<ChoroplethSettings, 'classification'>>,
): Choropleth | null {
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
  return { row, noTarget, values: Object.fromEntries(values), ...classify(values, settings.classification) };
}
