import type { ImportedProject } from '../schema';
import type { ProjectRows } from '../domain/project-rows';
import { concatProjectIndexes, rememberProjectIndex, type ProjectIndex } from '../domain/project-index';
import { idOf, indexFromColumns, investmentOf, recordOf, rowNumberOf, sharedLocations, type ProjectColumns } from './project-columns';

/**
 * An imported dataset's projects kept as the import worker's column chunks (project-columns.ts): what the page
 * holds for a dataset once it is imported or read back from storage. A record is made the first time its row is
 * asked for and kept, so the same row is always the same object; ids are read from the columns.
 */
export class ProjectTable implements ProjectRows {
  readonly count: number;
  /** First row of each chunk. */
  private readonly starts: number[] = [];
  /** Records made so far, by row (allocated on the first). */
  private made: Array<ImportedProject | undefined> | null = null;
  private readonly locations: Array<ReturnType<typeof sharedLocations> | undefined>;
  /** Per chunk: are its rows' source rows strictly increasing (so an id's row can be found by bisection)? */
  private readonly ascending: Array<boolean | undefined>;

  constructor(readonly chunks: readonly ProjectColumns[]) {
    let count = 0;
    for (const c of chunks) {
      this.starts.push(count);
      count += c.count;
    }
    this.count = count;
    this.locations = new Array(chunks.length);
    this.ascending = new Array(chunks.length);
  }

  at(i: number): ImportedProject {
    this.made ??= new Array(this.count);
    let record = this.made[i];
    if (!record) {
      const k = this.chunkOf(i);
      const c = this.chunks[k]!;
      const locations = (this.locations[k] ??= sharedLocations(c));
      this.made[i] = record = recordOf(c, i - this.starts[k]!, locations);
    }
    return record;
  }

  idAt(i: number): string {
    const k = this.chunkOf(i);
    return idOf(this.chunks[k]!, i - this.starts[k]!);
  }

  investmentAt(i: number): number | null {
    const k = this.chunkOf(i);
    return investmentOf(this.chunks[k]!, i - this.starts[k]!);
  }

  rowOf(id: string): number {
    for (let k = 0; k < this.chunks.length; k++) {
      const j = this.rowInChunk(k, id);
      if (j >= 0) return this.starts[k]! + j;
    }
    return -1;
  }

  /** The chunk holding row i (bisection over the chunks' first rows). */
  private chunkOf(i: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The first row of chunk k with this id, or -1. */
  private rowInChunk(k: number, id: string): number {
    const c = this.chunks[k]!;
    if (c.ids) return c.ids.indexOf(id);
    const row = rowNumberOf(id, `${c.datasetId}:`);
    if (row < 0) return -1;
    const rows = c.sourceRow;
    if ((this.ascending[k] ??= isAscending(rows))) {
      let lo = 0;
      let hi = c.count - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const r = rows[mid]!;
        if (r === row) return mid;
        if (r < row) lo = mid + 1;
        else hi = mid - 1;
      }
      return -1;
    }
    return rows.indexOf(row);
  }
}

function isAscending(rows: Uint32Array): boolean {
  for (let i = 1; i < rows.length; i++) if (rows[i]! <= rows[i - 1]!) return false;
  return true;
}

/** The map index of one chunk, built from its columns (its rows are the chunk's own until indexes are joined). */
export const chunkIndex = (c: ProjectColumns): ProjectIndex => indexFromColumns(c, new ProjectTable([c]));

/**
 * A table of these chunks, with its map index joined from the chunks' indexes and remembered for the map
 * (projectIndexOf): indexed as they came during an import, or now (stored data read back).
 */
export function indexedTable(chunks: readonly ProjectColumns[], indexes: readonly ProjectIndex[] = chunks.map(chunkIndex)): ProjectTable {
  const table = new ProjectTable(chunks);
  rememberProjectIndex(concatProjectIndexes(indexes, table));
  return table;
}
