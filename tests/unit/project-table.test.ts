/**
 * An import's projects kept as column chunks on the page (ProjectTable) read exactly as the records they stand
 * for: every row, id, amount and id look-up, across chunk boundaries, with patterned ids, ids of another form,
 * and rows that are not in ascending order; and the rows of several datasets one after another.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ImportedProject } from '../../src/schema';
import { encodeProjects, ProjectColumnsBuilder } from '../../src/import/project-columns';
import { ProjectTable } from '../../src/import/project-table';
import { allRecords, concatRows, recordRows } from '../../src/domain/project-rows';

const record = (datasetId: string, row: number, over: Partial<ImportedProject> = {}): ImportedProject => ({
  id: `${datasetId}:${row}`,
  external_id: row % 7 === 0 ? `E${row}` : null,
  origin: 'imported',
  name: `项目${row}`,
  industry: row % 2 ? 'iot' : 'biomedicine',
  stage: 'signed',
  investment_yi: row % 5 === 0 ? null : row / 8,
  date: row % 3 === 0 ? null : '2024-05',
  board: row % 4 === 0 ? null : '320214',
  lon: 120 + row * 1e-5,
  lat: 31.5,
  location: row % 6 === 0 ? { method: 'park', park_id: 'p1', precision: 'town' } : { method: 'coordinates', crs: 'wgs84' },
  source_row: row,
  ...over,
});

/** Records cut into column chunks of the given sizes, as the worker posts them. */
function chunksOf(records: readonly ImportedProject[], sizes: readonly number[], datasetId: string) {
  const chunks = [];
  let from = 0;
  for (const size of sizes) {
    chunks.push(encodeProjects(records, from, from + size, datasetId));
    from += size;
  }
  return chunks;
}

/** Every way of reading the rows agrees with the records, and every id (and some that are not) is found as a search would. */
function expectSameRows(rows: ReturnType<typeof recordRows>, records: readonly ImportedProject[]) {
  expect(rows.count).toBe(records.length);
  expect(allRecords(rows)).toEqual(records);
  for (let i = 0; i < records.length; i++) {
    expect(rows.idAt(i)).toBe(records[i]!.id);
    expect(rows.investmentAt(i)).toBe(records[i]!.investment_yi);
    expect(rows.rowOf(records[i]!.id)).toBe(records.findIndex((p) => p.id === records[i]!.id));
  }
  for (const id of ['', 'ds', 'ds:', 'ds:0', 'ds:02', 'ds:+2', 'ds:99999999999', 'other:2', 'ds:2x']) {
    expect(rows.rowOf(id)).toBe(records.findIndex((p) => p.id === id));
  }
}

describe('project table (an import\'s columns read by row)', () => {
  it('reads any cut of records into chunks as the records themselves', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        fc.boolean(),
        (sizes, shuffled, foreignIds) => {
          const n = sizes.reduce((a, b) => a + b, 0);
          // Source rows ascending as a file gives them, or not (records of any order still read back).
          const rows = Array.from({ length: n }, (_, i) => (shuffled ? ((i * 37) % n) + 2 : i + 2));
          const records = rows.map((row, i) => record('ds', row, foreignIds && i % 9 === 4 ? { id: `其他:${row}` } : {}));
          expectSameRows(new ProjectTable(chunksOf(records, sizes, 'ds')), records);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('gives the same record object for a row every time, made only when asked for', () => {
    const records = Array.from({ length: 30 }, (_, i) => record('ds', i + 2));
    const table = new ProjectTable(chunksOf(records, [10, 20], 'ds'));
    const first = table.at(17);
    expect(table.at(17)).toBe(first);
    expect(first).toEqual(records[17]);
    // Records sharing a location share one frozen object (nothing changes a record's location).
    expect(table.at(1).location).toBe(table.at(3).location);
    expect(Object.isFrozen(table.at(1).location)).toBe(true);
  });

  it('reads rows a line was written into (no record was ever made in the worker)', () => {
    const builder = new ProjectColumnsBuilder('ds', 4);
    const location = { method: 'coordinates', crs: 'wgs84' } as const;
    for (const row of [2, 3, 5]) {
      builder.pushLine({ name: `L${row}`, industry: 'iot', stage: 'started', investment: row === 3 ? null : 1.5, date: null, board: '320214', lon: 120.3, lat: 31.5, rawLon: 120.3, rawLat: 31.5, mismatch: null, entries: Int32Array.of(0, 0, row === 5 ? -1 : 0, -1) }, row, location);
    }
    const table = new ProjectTable([builder.finish()]);
    expect(table.rowOf('ds:5')).toBe(2);
    expect(table.rowOf('ds:4')).toBe(-1);
    expect(table.investmentAt(1)).toBeNull();
    expect(table.at(2)).toMatchObject({ id: 'ds:5', name: 'L5', source_row: 5, investment_yi: 1.5 });
  });

  it('joins the rows of several datasets in order, finding an id in the first dataset that has it', () => {
    const a = Array.from({ length: 12 }, (_, i) => record('a', i + 2));
    const b = Array.from({ length: 5 }, (_, i) => record('b', i + 2));
    const both = concatRows([new ProjectTable(chunksOf(a, [8, 4], 'a')), recordRows(b)]);
    expectSameRows(both, [...a, ...b]);
    // recordRows finds the first of two records with one id, as a search from the start does.
    const twice = recordRows([record('c', 2, { name: 'first' }), record('c', 2, { name: 'second' })]);
    expect(twice.at(twice.rowOf('c:2')).name).toBe('first');
  });
});
