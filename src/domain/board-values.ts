/**
 * Target intensity: the target tables' figures as one value per board, which is all they say. The tables set
 * targets per board × cluster; summing a metric's rows over the chosen clusters gives each board's total. A board
 * whose every cell is "-" has no target: its value is null and is drawn as "no target", never as 0.
 */
import type { BoardId, TargetRow } from '../schema';
import { boardIds } from '../schema/constants';
import { primaryRows } from './allocation';

export interface BoardValue {
  board: BoardId;
  /** Sum of the printed cells; null when every cell used is "-" (no target). */
  value: number | null;
}

export interface BoardValues {
  metric: string;
  industry: string | null;
  /** Only the boards the board filter keeps (all of them when it is empty), in table order. */
  values: BoardValue[];
  /** Table rows the values come from (for unit, scope and source). */
  rows: TargetRow[];
  /** Largest value (0 when none): the proportional symbols are scaled to it. */
  max: number;
  total: number;
}

export interface BoardValueInputs {
  rows: readonly TargetRow[];
  childrenOf: (industry: string) => readonly string[];
  filters?: { boards: readonly BoardId[]; industries: readonly string[] };
}

/** Industries a value covers: the chosen one, or (for "all") the industry filter's choice when there is one. */
export function industryScope(industry: string | null, inputs: Pick<BoardValueInputs, 'childrenOf' | 'filters'>): (string | null)[] {
  if (industry !== null) return [industry];
  const chosen = inputs.filters?.industries ?? [];
  if (chosen.length === 0) return [null];
  // A sub-item chosen together with its cluster is already inside the cluster's figure: count it once.
  const covered = new Set(chosen.flatMap((id) => inputs.childrenOf(id)));
  return chosen.filter((id) => !covered.has(id));
}

export function buildBoardValues(metric: string, industry: string | null, inputs: BoardValueInputs): BoardValues {
  const rows = industryScope(industry, inputs).flatMap((i) => primaryRows(inputs.rows, metric, i));
  const keep = inputs.filters?.boards ?? [];
  const values: BoardValue[] = [];
  for (const board of boardIds) {
    if (keep.length > 0 && !keep.includes(board)) continue;
    let value: number | null = null;
    for (const row of rows) {
      const cell = row.values[board];
      if (cell === null || cell === undefined) continue; // "-": no target, not zero.
      value = (value ?? 0) + cell;
    }
    values.push({ board, value });
  }
  const present = values.flatMap((v) => (v.value === null ? [] : [v.value]));
  return {
    metric,
    industry,
    values,
    rows,
    max: present.reduce((m, v) => Math.max(m, v), 0),
    total: present.reduce((s, v) => s + v, 0),
  };
}
