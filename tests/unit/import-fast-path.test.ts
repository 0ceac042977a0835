import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runImport, type ImportOptions } from '../../src/import/pipeline';
import { plainDecimal, spanDecimal } from '../../src/import/validate/numbers';
import type { ImportCrs } from '../../src/schema';
import { ProjectLineReader } from '../../src/import/kinds/project-lines';
import { readProject } from '../../src/import/kinds/projects';
import { QuoteFreeLines } from '../../src/import/read/quote-free-rows';
import { SpanMemo } from '../../src/import/read/span-memo';
import { decodeProjects, projectChunker } from '../../src/import/project-columns';
import { findLayout } from '../../src/import/read/table';
import { unguardCsv } from '../../src/import/read/csv-guard';
import { createContainment } from '../../src/import/validate/containment';
import { buildLookups } from '../../src/import/validate/lookups';
import type { RowCells } from '../../src/import/validate/fields';
import type { ImportProblem } from '../../src/import/validate/problems';
import { reference } from './import-helpers';

/**
 * The projects' fast path (kinds/project-lines.ts) reads quote-free CSV lines in place and leaves every line it is
 * not sure of to the generic path. Whatever the file, the import's whole result — records, problems in order,
 * row numbers, summary, CRS hint — must be exactly the generic path's.
 */

// Cells of each kind: mostly what machines write (so most rows are read in place), sometimes what people type
// or what must be reported.
const cell = (usual: string[], odd: string[]) => fc.oneof({ arbitrary: fc.constantFrom(...usual), weight: 5 }, { arbitrary: fc.constantFrom(...odd), weight: 1 });
const names = cell(['项目甲', 'Project B', 'x'.repeat(30)], [' 前后空格 ', '全角　空格', "'=公式", "'名称", '', '   ', '\u00a0名']);
const industries = cell(['物联网', 'iot', '集成电路', 'integrated_circuits'], ['IoT', ' 物联网 ', '不存在的产业', '', "'物联网", 'ＩＯＴ']);
const stages = cell(['签约', 'signed', '在建', '在谈'], [' 在建', '未知阶段', '', 'SIGNED']);
const investments = cell(['10', '0', '12.5', '1234.56789', '0.123456789012', '3000', ''], ['-0', '.5', '5.', '+3', '-2', '1e3', '1,200', '12.5亿', '3000万', ' ', '１２', 'abc', '12345678901234567', '0.000000000000000000000001', "'10"]);
const dates = cell(['2024-05-01', '2023-12-31', '2024', '2024-05', ''], ['2024-02-30', '2024-13-01', '2024/5/1', '2024年5月', ' 2024-05-01', 'soon', '1980-01-01']);
const boards = cell(['新吴', '320214', ''], ['梁溪', '320213', '不存在', ' 新吴 ', 'wxjk']);
// Inside 新吴's synthetic square, on its edge, elsewhere, outside Wuxi, swapped, out of range, not numbers.
const lons = cell(['120.42', '120.43', '120.4012345'], ['120.385', '120.30', '121.9', '31.52', '200', '', 'x', '120.42000000000000001', "'120.42"]);
const lats = cell(['31.52', '31.53', '31.5123456'], ['31.555', '31.575', '30.1', '120.42', '95', '', 'y']);
const extra = fc.constantFrom('', 'extra');

const FIELDS = {
  name: ['项目名称', names],
  industry: ['产业', industries],
  stage: ['阶段', stages],
  investment: ['总投资(亿元)', investments],
  date: ['日期', dates],
  board: ['板块', boards],
  lon: ['经度', lons],
  lat: ['纬度', lats],
} as const;
type FieldName = keyof typeof FIELDS;
const ALL = Object.keys(FIELDS) as FieldName[];

const layout = fc.record({
  // Required fields always, the others in or out, in any order; sometimes a column the fast path does not read.
  optional: fc.subarray(['investment', 'date', 'board'] as FieldName[]),
  order: fc.func(fc.integer()),
  investmentHeader: fc.constantFrom('总投资(亿元)', '总投资(万元)', '总投资', 'investment_yi'),
  other: fc.constantFrom(null, '编号', '园区', '备注'),
  delimiter: fc.constantFrom(',', '\t'),
  newline: fc.constantFrom('\n', '\r\n'),
  crs: fc.constantFrom<ImportCrs>('wgs84', 'gcj02'),
});

const row = fc.record({
  name: names,
  industry: industries,
  stage: stages,
  investment: investments,
  date: dates,
  board: boards,
  lon: lons,
  lat: lats,
  extra,
  // Short rows (cells missing at the end), blank lines and repeats of the row before.
  cut: fc.constantFrom(0, 0, 0, 0, 1, 3),
  repeat: fc.boolean(),
});

type Layout = typeof layout extends fc.Arbitrary<infer T> ? T : never;
type Row = typeof row extends fc.Arbitrary<infer T> ? T : never;

/** The header of a layout, and how a row is written under it. */
function fileOf(l: Layout) {
  const fields = ALL.filter((f) => !['investment', 'date', 'board'].includes(f) || l.optional.includes(f));
  fields.sort((a, b) => l.order(ALL.indexOf(a)) - l.order(ALL.indexOf(b)) || ALL.indexOf(a) - ALL.indexOf(b));
  const header: string[] = fields.map((f) => (f === 'investment' ? l.investmentHeader : FIELDS[f][0]));
  if (l.other) header.push(l.other);
  const line = (r: Row) => {
    const cells: string[] = fields.map((f) => r[f]);
    if (l.other) cells.push(r.extra);
    return cells.slice(0, cells.length - r.cut).join(l.delimiter);
  };
  return { header, line };
}

describe('projects fast path', () => {
  it('reads a line as readProject reads its cells: the same record and coordinate sample, and no problem but the board mismatch it names', () => {
    const lookups = buildLookups(reference);
    const containment = createContainment(reference.districts);
    let read = 0;
    let mismatched = 0;
    fc.assert(
      fc.property(layout, row, (l, r) => {
        const { header, line } = fileOf(l);
        const { layout: found } = findLayout([header], 'projects', 'p.csv');
        const text = line(r);
        const lines = new QuoteFreeLines(text, 0, text.length, l.delimiter, '\n');
        const reader = found && ProjectLineReader.forLayout({ lines, layout: found, lookups, containment, crs: l.crs, guarded: true });
        if (!found || !reader || !lines.advance()) return;
        if (!reader.read()) return;
        const fast = reader.outcome('fp:2', 2, true);
        read += 1;
        const cells: RowCells = { cells: new Map(), units: found.units };
        lines.cells().forEach((v, c) => {
          for (const [field, column] of found.columns) if (column === c) cells.cells.set(field, v.charCodeAt(0) === 39 ? unguardCsv(v) : v);
        });
        const problems: ImportProblem[] = [];
        const generic = readProject(cells, { place: { file: 'p.csv', row: 2, feature: null }, lookups, containment, crs: l.crs, problems, wantSample: true }, 'fp:2', null, 2);
        const v = reader.values;
        expect(problems).toEqual(
          v.mismatch ? [{ severity: 'warning', code: 'board_mismatch', file: 'p.csv', row: 2, feature: null, field: 'board', params: { board: v.board, located: v.mismatch } }] : [],
        );
        if (v.mismatch) mismatched += 1;
        expect(fast).toEqual({ record: generic.record, sample: generic.sample });
      }),
      { numRuns: 1500 },
    );
    // Most generated rows are plain ones: the fast path must have read a good share of them.
    expect(read).toBeGreaterThan(150);
    // …and some of them name a board their point is not in.
    expect(mismatched).toBeGreaterThan(0);
  });

  it('gives exactly the generic path result for any quote-free file', async () => {
    await fc.assert(
      fc.asyncProperty(layout, fc.array(row, { minLength: 1, maxLength: 40 }), async (l, rows) => {
        const { header, line } = fileOf(l);
        const lines = [header.join(l.delimiter)];
        for (const r of rows) {
          lines.push(line(r));
          if (r.repeat) lines.push(line(r));
        }
        const bytes = new TextEncoder().encode(lines.join(l.newline) + l.newline);
        const options: ImportOptions = { kind: 'projects', crs: l.crs, fileName: 'p.csv', datasetId: 'fp' };
        const now = () => new Date('2026-01-01T00:00:00Z');
        const fast = await runImport(bytes, options, reference, { now });
        const generic = await runImport(bytes, options, reference, { now, genericRowsOnly: true });
        expect(fast).toEqual(generic);
        // As the import worker runs it: records of generic rows and values of lines into the same columns.
        const chunker = projectChunker('fp');
        const streamed = await runImport(bytes, options, reference, { now, takeProject: chunker.take, takeProjectLine: chunker.takeLine });
        const projects = chunker.finish().flatMap(decodeProjects);
        expect(projects).toEqual(generic.dataset?.kind === 'projects' ? generic.dataset.projects : []);
        expect({ ...streamed, dataset: null }).toEqual({ ...generic, dataset: null });
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  it('reads the rows of a plain export in place, and still reports what the generic path reports', async () => {
    const header = '项目名称,产业,阶段,总投资(万元),日期,板块,经度,纬度';
    const good = (i: number) => `项目${i},物联网,签约,${1000 + i},2024-05-0${(i % 9) + 1},新吴,${(120.42 + i * 1e-4).toFixed(4)},31.52`;
    const text = [header, good(1), good(2), '项目3,物联网,签约,12亿,2024-05-01,新吴,120.42,31.52', good(2), '项目5,物联网,签约,1,2024-05-01,梁溪,120.42,31.52'].join('\n');
    const r = await runImport(new TextEncoder().encode(text), { kind: 'projects', crs: 'wgs84', fileName: 'p.csv', datasetId: 'fp' }, reference);
    expect(r.status).toBe('ok');
    expect(r.dataset?.kind === 'projects' && r.dataset.projects.map((p) => [p.source_row, p.investment_yi, p.board])).toEqual([
      [2, 0.1001, '320214'],
      [3, 0.1002, '320214'],
      [4, 12, '320214'],
      [5, 0.1002, '320214'],
      [6, 0.0001, '320213'],
    ]);
    expect(r.problems.map((p) => [p.code, p.row])).toEqual([
      ['duplicate_row', 5],
      ['board_mismatch', 6],
    ]);
  });
});

describe('projects fast path and the CRS hint', () => {
  // Two boards side by side: a GCJ-02 position read as WGS84 lands ~450 m east, across the shared edge.
  const square = (id: string, x0: number) => ({
    type: 'Feature' as const,
    properties: { id },
    geometry: { type: 'Polygon' as const, coordinates: [[[x0, 31.5], [x0 + 0.04, 31.5], [x0 + 0.04, 31.54], [x0, 31.54], [x0, 31.5]]] },
  });
  const sideBySide = { ...reference, districts: { type: 'FeatureCollection' as const, features: [square('320214', 120.4), square('320213', 120.44)] } };

  it('writes the board each point lies in when the board cell is empty, whichever board came first', async () => {
    const header = '项目名称,产业,阶段,板块,经度,纬度';
    // The same (empty) board text on every line, in two boards, alternating.
    const rows = Array.from({ length: 20 }, (_, i) => `项目${i},物联网,签约,,${i % 2 ? '120.45' : '120.41'},${(31.52 + i * 1e-4).toFixed(4)}`);
    const bytes = new TextEncoder().encode([header, ...rows].join('\n'));
    const options: ImportOptions = { kind: 'projects', crs: 'wgs84', fileName: 'p.csv', datasetId: 'fp' };
    const generic = await runImport(bytes, options, sideBySide, { genericRowsOnly: true });
    const chunker = projectChunker('fp');
    await runImport(bytes, options, sideBySide, { takeProject: chunker.take, takeProjectLine: chunker.takeLine });
    const projects = chunker.finish().flatMap(decodeProjects);
    expect(projects.map((p) => p.board)).toEqual(rows.map((_, i) => (i % 2 ? '320213' : '320214')));
    expect(projects).toEqual(generic.dataset?.kind === 'projects' ? generic.dataset.projects : []);
  });

  it('counts the lines read in place among the points the hint is measured on', async () => {
    const header = '项目名称,产业,阶段,板块,经度,纬度';
    const rows: string[] = [];
    // Lines the fast path reads (no board, well inside), and GCJ-02 positions across the edge (board mismatch).
    for (let i = 0; i < 40; i++) rows.push(`内部${i},物联网,签约,,${(120.41 + i * 1e-4).toFixed(4)},31.52`);
    for (let i = 0; i < 40; i++) rows.push(`跨界${i},物联网,签约,新吴,${(120.4425 + i * 1e-5).toFixed(5)},31.52`);
    const bytes = new TextEncoder().encode([header, ...rows].join('\n'));
    const options: ImportOptions = { kind: 'projects', crs: 'wgs84', fileName: 'p.csv', datasetId: 'fp' };
    const now = () => new Date('2026-01-01T00:00:00Z');
    const generic = await runImport(bytes, options, sideBySide, { now, genericRowsOnly: true });
    expect(generic.crsHint).toMatchObject({ suggested: 'gcj02', sampled: 80 });
    expect(await runImport(bytes, options, sideBySide, { now })).toEqual(generic);
    const chunker = projectChunker('fp');
    const streamed = await runImport(bytes, options, sideBySide, { now, takeProject: chunker.take, takeProjectLine: chunker.takeLine });
    expect({ ...streamed, dataset: null }).toEqual({ ...generic, dataset: null });
  });
});

describe('decimals read in place', () => {
  it('are the numbers plainDecimal reads from the same text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('0', '1', '5', '9', '.', '-', '+', 'e', ' '), { maxLength: 45 }).map((a) => a.join('')), fc.string({ maxLength: 3 }), (body, pad) => {
        const text = pad + body + pad;
        const expected = plainDecimal(body);
        expect(spanDecimal(text, pad.length, pad.length + body.length)).toBe(expected === null ? NaN : expected);
      }),
      { numRuns: 5000 },
    );
  });

  it('round correctly where a long text would not fit the exact path', () => {
    for (const s of ['120.305912345678', '0.1', '0.3', '31.567931', '9007199254740993', '1.0000000000000002', '123456789012345.6', '-0']) {
      expect(Object.is(spanDecimal(`,${s},`, 1, 1 + s.length), Number(s))).toBe(true);
    }
  });
});

describe('texts recognised by their characters', () => {
  it('read as a Map of the same texts would, however many texts and whatever their hashes', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom('a', 'b', '无', ','), { maxLength: 3 }).map((a) => a.join('')), { minLength: 1, maxLength: 600 }), fc.integer({ min: 1, max: 700 }), (texts, limit) => {
        let computed = 0;
        const memo = new SpanMemo((cell) => {
          computed += 1;
          return `[${cell}]`;
        }, limit);
        const line = `|${texts.join('|')}|`;
        let at = 1;
        for (const t of texts) {
          expect(memo.get(line, at, at + t.length)).toBe(`[${t}]`);
          at += t.length + 1;
        }
        // Each distinct text is computed once while the memo has room.
        if (new Set(texts).size <= limit) expect(computed).toBe(new Set(texts).size);
      }),
      { numRuns: 300 },
    );
  });
});
