/**
 * Side-by-side comparison of 2–4 parks or 2–4 boards, as plain data the table (screen and paper) renders.
 * Lead industries that at least two of the items have are "shared" and highlighted; the board targets shown are
 * those for the shared industries (or, when nothing is shared, for each item's own lead industries). A park's
 * targets are its board's (targetsForPark), never the park's own.
 */
import type { AppIndex } from '../app/app-data';
import { parkCategories } from '../schema/constants';
import type { BoardId, ParkCategory, ParkStatus, PositionPrecision, SourceRef, TargetRow } from '../schema';
import type { CompareSet } from '../store';
import { targetsForPark, type ParkTarget } from '../panels/lib/park-targets';

export interface CompareColumn {
  id: string;
  name_zh: string;
  name_en: string;
  category?: ParkCategory;
  status?: ParkStatus;
  board?: BoardId;
  precision?: PositionPrecision;
  industries: string[];
  /** Boards only: parks per category (all five categories, 0 included). */
  parksPerCategory?: Record<ParkCategory, number>;
  sources: SourceRef[];
}

export interface CompareTargetRow {
  row: TargetRow;
  industry: string;
  /** One cell per column; null = the target does not concern that item (not one of its lead industries). */
  cells: (ParkTarget | null)[];
}

export interface CompareModel {
  kind: CompareSet['kind'];
  columns: CompareColumn[];
  shared: string[];
  targetScope: 'shared' | 'all';
  targets: CompareTargetRow[];
}

function parkColumn(index: AppIndex, id: string): CompareColumn | null {
  const park = index.parkById.get(id)?.props;
  if (!park) return null;
  return {
    id,
    name_zh: park.name_zh,
    name_en: park.name_en,
    category: park.category,
    status: park.status,
    board: park.board,
    precision: park.precision,
    industries: [...park.lead_industries],
    sources: [...park.sources],
  };
}

function boardColumn(index: AppIndex, id: string): CompareColumn | null {
  const board = index.boardById.get(id as BoardId);
  if (!board) return null;
  const parks = index.parks.filter((p) => p.props.board === board.id).map((p) => p.props);
  const parksPerCategory = Object.fromEntries(parkCategories.map((c) => [c, parks.filter((p) => p.category === c).length])) as Record<
    ParkCategory,
    number
  >;
  return {
    id,
    name_zh: board.name_zh,
    name_en: board.name_en,
    board: board.id,
    industries: [...new Set(parks.flatMap((p) => p.lead_industries))],
    parksPerCategory,
    sources: [],
  };
}

export function buildCompareModel(index: AppIndex, set: CompareSet): CompareModel {
  const columns = set.ids
    .map((id) => (set.kind === 'park' ? parkColumn(index, id) : boardColumn(index, id)))
    .filter((c): c is CompareColumn => c !== null);
  const counts = new Map<string, number>();
  for (const c of columns) for (const i of c.industries) counts.set(i, (counts.get(i) ?? 0) + 1);
  // In first-seen order, so the table reads like the first item's list.
  const ordered = [...counts.keys()];
  const shared = ordered.filter((i) => (counts.get(i) ?? 0) >= 2);
  const targetScope = shared.length > 0 ? 'shared' : 'all';
  const industries = targetScope === 'shared' ? shared : ordered;
  const rows = new Map<string, CompareTargetRow>();
  for (const industry of industries) {
    columns.forEach((col, ci) => {
      if (!col.board || !col.industries.includes(industry)) return;
      for (const target of targetsForPark({ board: col.board, lead_industries: [industry] }, index.data.tables)) {
        const key = target.row.id;
        const entry = rows.get(key) ?? { row: target.row, industry, cells: columns.map(() => null) };
        entry.cells[ci] = target;
        rows.set(key, entry);
      }
    });
  }
  return { kind: set.kind, columns, shared, targetScope, targets: [...rows.values()] };
}
