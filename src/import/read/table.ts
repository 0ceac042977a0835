import type { BoardColumn, ImportKind } from '../../schema';
import { matchHeader, REQUIRED_FIELDS, type Field, type HeaderUnit } from './headers';
import { problem, type ImportProblem } from '../validate/problems';
import { cellText } from './text';

/** A table's header row resolved to fields, with what the header row said about each column. */
export interface TableLayout {
  /** 0-based index of the header row in the sheet. */
  headerIndex: number;
  columns: Map<Field, number>;
  boardColumns: Map<BoardColumn, number>;
  units: Map<Field, HeaderUnit>;
}

export const HEADER_SEARCH_ROWS = 10;

/**
 * Finds the header row: the first of the top rows that names the most known fields (title rows such as
 * "2025 年…目标（单位：亿元）" above the header are skipped). Unknown, duplicate and forbidden headers are reported.
 */
export function findLayout(rows: readonly unknown[][], kind: ImportKind, file: string): { layout: TableLayout | null; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  let best: { index: number; score: number } | null = null;
  for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH_ROWS); i++) {
    const row = rows[i] ?? [];
    let score = 0;
    for (const cell of row) {
      const m = matchHeader(cellText(cell, 200), kind);
      if (m.field || m.board) score += 1;
    }
    if (score > (best?.score ?? 0)) best = { index: i, score };
  }
  if (!best) {
    const required = REQUIRED_FIELDS[kind].join(', ');
    problems.push(problem({ file, row: 1, feature: null }, 'missing_column', null, { columns: required }));
    return { layout: null, problems };
  }
  const header = rows[best.index] ?? [];
  const columns = new Map<Field, number>();
  const boardColumns = new Map<BoardColumn, number>();
  const units = new Map<Field, HeaderUnit>();
  const place = { file, row: best.index + 1, feature: null };
  header.forEach((cell, c) => {
    const name = cellText(cell, 200);
    if (!name) return;
    const m = matchHeader(name, kind);
    if (m.forbidden) problems.push(problem(place, 'forbidden_key', name, { value: name }, 'warning'));
    else if (m.field) {
      if (columns.has(m.field)) problems.push(problem(place, 'duplicate_column', name, { value: name }, 'warning'));
      else {
        columns.set(m.field, c);
        if (m.unit) units.set(m.field, m.unit);
      }
    } else if (m.board) {
      if (boardColumns.has(m.board)) problems.push(problem(place, 'duplicate_column', name, { value: name }, 'warning'));
      else boardColumns.set(m.board, c);
    } else problems.push(problem(place, 'unknown_column', name, { value: name }, 'warning'));
  });
  const missing = REQUIRED_FIELDS[kind].filter((f) => !columns.has(f));
  if (kind === 'targets' && boardColumns.size === 0) missing.push('board columns (全市/江阴/…)' as Field);
  if (missing.length) {
    problems.push(problem(place, 'missing_column', null, { columns: missing.join(', ') }));
    return { layout: null, problems };
  }
  return { layout: { headerIndex: best.index, columns, boardColumns, units }, problems };
}
