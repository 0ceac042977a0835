import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ImportedProject } from '../../src/schema';
import { CHUNK_ROWS, ProjectColumnsBuilder, decodeProjects, encodable, encodeProjects, indexFromColumns, transferables } from '../../src/import/project-columns';
import { buildProjectIndex } from '../../src/domain/project-index';
import { csv, okRow, run } from './import-helpers';
import { ProjectTable } from '../../src/import/project-table';
import { allRecords } from '../../src/domain/project-rows';

const projectsOf = (r: Awaited<ReturnType<typeof run>>) => (r.dataset?.kind === 'projects' ? r.dataset.projects : []);

/** Round trip as the worker and the page do it: encode in chunks, structured-clone, decode, concatenate. */
function roundTrip(projects: readonly ImportedProject[], datasetId: string): ImportedProject[] {
  const out: ImportedProject[] = [];
  for (let from = 0; from < projects.length; from += CHUNK_ROWS) {
    const cols = encodeProjects(projects, from, Math.min(projects.length, from + CHUNK_ROWS), datasetId);
    out.push(...decodeProjects(structuredClone(cols, { transfer: transferables(cols) })));
  }
  return out;
}

describe('project columns (worker → page transfer)', () => {
  it('rebuild exactly the records of a mixed file: ids, park locations, empty investment, partial dates', async () => {
    const r = await run(
      csv(
        okRow('A1'),
        okRow('', { inv: '', date: '2024-05' }),
        okRow('A3', { lon: '', lat: '', park: '测试园甲', board: '' }),
        okRow('A4', { inv: '3000万', date: '', board: '' }),
        okRow('A5', { name: '同名', inv: '0' }),
      ),
      'projects',
    );
    const projects = projectsOf(r);
    expect(projects.length).toBe(5);
    expect(encodable(projects)).toBe(true);
    expect(roundTrip(projects, 'test')).toStrictEqual(projects);
  });

  it("give the page the map's column index straight from the columns, as built from the records", async () => {
    const r = await run(
      csv(
        okRow('A1'),
        okRow('', { inv: '', date: '2024-05', stage: '在建' }),
        okRow('A3', { lon: '', lat: '', park: '测试园甲', board: '' }),
        okRow('A4', { inv: '3000万', date: '', board: '', industry: '集成电路' }),
        okRow('A5', { name: '同名', inv: '0', date: '2023' }),
        okRow('A6', { board: '', lon: '120.30', lat: '31.575', industry: 'iot' }),
      ),
      'projects',
    );
    const projects = projectsOf(r);
    expect(projects.length).toBe(6);
    const columns = encodeProjects(projects, 0, projects.length, 'test');
    const rows = new ProjectTable([columns]);
    expect(allRecords(rows)).toEqual(decodeProjects(columns));
    const fromColumns = indexFromColumns(columns, rows);
    const fromRecords = buildProjectIndex(rows);
    expect(fromColumns).toEqual(fromRecords);
    expect(fromColumns.fromPark[2]).toBe(1);
    expect(fromColumns.withAmount).toBe(4);
  });

  it('take projects read in place among records, ids and all, even after a record with another id', () => {
    const builder = new ProjectColumnsBuilder('ds', 4);
    const record = (row: number, id = `ds:${row}`): ImportedProject => ({
      id, external_id: null, origin: 'imported', name: `R${row}`, industry: 'iot', stage: 'signed', investment_yi: 1, date: null,
      board: '320214', lon: 120.42, lat: 31.52, location: { method: 'coordinates', crs: 'wgs84' }, source_row: row,
    });
    const line = (row: number) => {
      const r = record(row);
      builder.pushLine({ name: r.name, industry: r.industry, stage: r.stage, investment: r.investment_yi, date: r.date, board: r.board, lon: r.lon, lat: r.lat, rawLon: r.lon, rawLat: r.lat, mismatch: null, entries: new Int32Array(4).fill(-1) }, row, r.location);
      return r;
    };
    const other = record(3, 'other:3');
    const expected = [line(2), (builder.push(other), other), line(4), line(5)];
    expect(decodeProjects(builder.finish())).toEqual(expected);
  });

  it('rebuild the GBK fixture (GCJ-02) and a record whose id does not follow the pattern', async () => {
    const r = await run(new Uint8Array(readFileSync('tests/fixtures/import/projects-gcj02.gbk.csv')), 'projects', { crs: 'gcj02' });
    const projects = [...projectsOf(r)];
    expect(projects.length).toBeGreaterThan(100);
    projects[3] = { ...projects[3]!, id: 'other:7' };
    expect(roundTrip(projects, 'test')).toStrictEqual(projects);
  });

  it('span several chunks without losing or reordering records', () => {
    const n = CHUNK_ROWS * 2 + 17;
    const projects: ImportedProject[] = Array.from({ length: n }, (_, i) => ({
      id: `ds:${i + 2}`,
      external_id: i % 3 === 0 ? `E${i}` : null,
      origin: 'imported',
      name: `P${i}`,
      industry: i % 2 ? 'iot' : 'biomedicine',
      stage: 'signed',
      investment_yi: i % 5 === 0 ? null : i / 7,
      date: i % 4 === 0 ? null : `2024-0${(i % 9) + 1}`,
      board: i % 6 === 0 ? null : '320214',
      lon: 120 + i * 1e-6,
      lat: 31.5 - i * 1e-6,
      location: i % 10 === 0 ? { method: 'park', park_id: 'synthetic_park_a', precision: 'town' } : { method: 'coordinates', crs: 'wgs84' },
      source_row: i + 2,
    }));
    const back = roundTrip(projects, 'ds');
    expect(back.length).toBe(n);
    expect(back).toStrictEqual(projects);
    // Records at the same kind of location share one location object, which nothing can change.
    expect(back[1]!.location).toBe(back[2]!.location);
    expect(Object.isFrozen(back[1]!.location)).toBe(true);
    expect(back[10]!.location).toEqual({ method: 'park', park_id: 'synthetic_park_a', precision: 'town' });
  });

  it('refuse records of another shape, so the worker posts those as objects', () => {
    const p: ImportedProject = {
      id: 'ds:2', external_id: null, origin: 'imported', name: 'x', industry: 'iot', stage: 'signed', investment_yi: 1, date: null,
      board: null, lon: 120, lat: 31, location: { method: 'coordinates', crs: 'wgs84' }, source_row: 2,
    };
    expect(encodable([p])).toBe(true);
    expect(encodable([{ ...p, extra: 1 } as ImportedProject])).toBe(false);
    const { external_id: _omit, ...withoutExternal } = p;
    expect(encodable([withoutExternal as ImportedProject])).toBe(false);
  });
});
