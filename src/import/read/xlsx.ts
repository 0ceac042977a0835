import { checkXlsx } from './xlsx-guard';
import type { ProblemParams } from '../validate/problems';
import type { SheetRepair } from './xlsx-repair';

/** A cell the reader could not read; its row is skipped with this problem. */
export interface BadCell {
  row: number;
  cell: string;
  reason: string;
}

export type XlsxRead =
  | { ok: true; rows: unknown[][]; badCells: BadCell[] }
  | { ok: false; code: 'xlsx_too_large' | 'xlsx_too_many_rows' | 'xlsx_unreadable' | 'xlsx_bad_cell' | 'xlsx_bad_cells'; params: ProblemParams; row: number | null };

/** Past this many unreadable cells the file is refused as a whole: each one costs a full re-read. */
export const MAX_BAD_CELLS = 20;

/**
 * .xlsx → rows of cells, first sheet. read-excel-file is loaded on demand (dynamic import) so neither the main
 * bundle nor a CSV import pays for the zip/XML reader; its "universal" entry runs in a Web Worker and in Node.
 * The file is checked first (unzipped size, row count: xlsx-guard.ts), and the reader's failures come back as
 * reasons in words (the cell and row when one cell is at fault), never as the library's own text.
 */
export async function parseXlsx(bytes: Uint8Array, signal?: { readonly aborted: boolean }): Promise<XlsxRead> {
  const rejected = await checkXlsx(bytes, signal);
  if (rejected) return { ok: false, ...rejected, row: null };
  const { readSheet } = await import('read-excel-file/universal');
  let input = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const badCells: BadCell[] = [];
  let repair: SheetRepair | null = null;
  for (;;) {
    try {
      const rows = await readSheet(input);
      return { ok: true, rows: rows as unknown[][], badCells };
    } catch (e) {
      const failure = readerFailure(e);
      if (failure.code !== 'xlsx_bad_cell' || failure.row === null || signal?.aborted) return { ok: false, ...failure };
      if (badCells.length >= MAX_BAD_CELLS) return { ok: false, code: 'xlsx_bad_cells', params: { count: MAX_BAD_CELLS, cell: String(badCells[0]?.cell) }, row: null };
      const cell = String(failure.params.cell);
      repair ??= await import('./xlsx-repair').then(({ SheetRepair }) => new SheetRepair(bytes));
      const repaired = repair?.withoutCell(cell);
      if (!repaired) return { ok: false, ...failure };
      badCells.push({ row: failure.row, cell, reason: String(failure.params.reason) });
      input = repaired;
    }
  }
}

const CELL_REASONS: Readonly<Record<string, string>> = {
  VALUE_MISSING: 'value',
  VALUE_INVALID: 'value',
  FORMAT_INVALID: 'value',
  TYPE_INVALID: 'xml',
};

/** The reader's error → a reason code (and the cell, for "<c/> at row R, col C: CODE"). */
export function readerFailure(e: unknown): { code: 'xlsx_unreadable' | 'xlsx_bad_cell'; params: ProblemParams; row: number | null } {
  const message = String((e as Error)?.message ?? e);
  const cell = /<c\/?> at row (\d+), col (\d+): (\w+)/.exec(message);
  if (cell) {
    const row = Number(cell[1]);
    return { code: 'xlsx_bad_cell', params: { cell: `${columnLetters(Number(cell[2]))}${row}`, reason: CELL_REASONS[cell[3] ?? ''] ?? 'xml' }, row };
  }
  const name = (e as Error)?.name ?? '';
  const reason = /INVALID_ZIP|zip/i.test(message) ? 'not_zip' : /SheetNotFound/.test(name) || /not found inside/.test(message) ? 'no_sheet' : /sharedString|shared string/i.test(message) ? 'shared_string' : 'xml';
  return { code: 'xlsx_unreadable', params: { reason }, row: null };
}

/** 1 → A, 27 → AA. */
function columnLetters(column: number): string {
  let out = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out || '?';
}
