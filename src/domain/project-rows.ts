import type { ImportedProject } from '../schema';

/**
 * A dataset's imported projects as the page reads them: by row. A 100 k-row import is kept as the worker's
 * columns (src/import/project-table.ts), and a record object is only made for the rows someone looks at (a
 * panel, a picked point, an export), so adding the dataset makes no 100 k objects for the collector to copy.
 */
export interface ProjectRows {
  readonly count: number;
  /** The record of row i (0 ≤ i < count); the same object each time it is asked for. */
  at(i: number): ImportedProject;
  /** at(i).id, without making the record. */
  idAt(i: number): string;
  /** at(i).investment_yi, without making the record. */
  investmentAt(i: number): number | null;
  /** The row of the project with this id, or -1. */
  rowOf(id: string): number;
}

/** Rows of several parts, one after another (the visible datasets). */
export function concatRows(parts: readonly ProjectRows[]): ProjectRows {
  if (parts.length === 1) return parts[0]!;
  const starts: number[] = [];
  let count = 0;
  for (const p of parts) {
    starts.push(count);
    count += p.count;
  }
  /** The part holding row i (parts are few: a linear scan from the end). */
  const partOf = (i: number) => {
    let k = parts.length - 1;
    while (k > 0 && starts[k]! > i) k -= 1;
    return k;
  };
  return {
    count,
    at: (i) => {
      const k = partOf(i);
      return parts[k]!.at(i - starts[k]!);
    },
    idAt: (i) => {
      const k = partOf(i);
      return parts[k]!.idAt(i - starts[k]!);
    },
    investmentAt: (i) => {
      const k = partOf(i);
      return parts[k]!.investmentAt(i - starts[k]!);
    },
    rowOf: (id) => {
      for (let k = 0; k < parts.length; k++) {
        const row = parts[k]!.rowOf(id);
        if (row >= 0) return starts[k]! + row;
      }
      return -1;
    },
  };
}

/** Rows over records already made (tests, and data stored in a shape the columns do not carry). */
export function recordRows(records: readonly ImportedProject[]): ProjectRows {
  let byId: Map<string, number> | null = null;
  return {
    count: records.length,
    at: (i) => records[i]!,
    idAt: (i) => records[i]!.id,
    investmentAt: (i) => records[i]!.investment_yi,
    rowOf: (id) => {
      if (!byId) {
        byId = new Map();
        // The first record of an id, as a search from the start would find it.
        for (let i = records.length - 1; i >= 0; i--) byId.set(records[i]!.id, i);
      }
      return byId.get(id) ?? -1;
    },
  };
}

/** Every record, in order (an export, a whole-list view): made now for the rows not made yet. */
export function allRecords(rows: ProjectRows): ImportedProject[] {
  const out = new Array<ImportedProject>(rows.count);
  for (let i = 0; i < rows.count; i++) out[i] = rows.at(i);
  return out;
}
