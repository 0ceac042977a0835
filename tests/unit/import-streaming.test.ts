import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseCsvPieces } from '../../src/import/read/csv';
import { DuplicateProjects } from '../../src/import/validate/duplicates';
import { runImport } from '../../src/import/pipeline';
import type { ImportedProject } from '../../src/schema';
import { syntheticProjects } from '../../scripts/fixtures/synthetic';
import { reference } from './import-helpers';

/** A quote-free file of ~n rows with blank lines here and there (including whitespace-only and delimiter-only ones). */
function table(n: number, delimiter: string, linebreak: string) {
  const lines = ['name,industry,lon,lat'.replaceAll(',', delimiter)];
  for (let i = 0; i < n; i++) {
    lines.push([`项目${i}`, i % 3 ? 'iot' : 'integrated_circuits', 120 + (i % 997) / 1000, 31.5].join(delimiter));
    if (i % 1234 === 0) lines.push(i % 2 ? '' : `  ${delimiter}${delimiter} `);
  }
  return lines.join(linebreak) + linebreak;
}

describe('CSV in pieces', () => {
  for (const [label, delimiter, linebreak] of [
    ['comma, LF', ',', '\n'],
    ['semicolon, CRLF', ';', '\r\n'],
    ['tab, LF', '\t', '\n'],
  ] as const) {
    it(`a large quote-free file (${label}) is cut into pieces that hold exactly the rows of a whole parse`, () => {
      const text = table(60_000, delimiter, linebreak);
      const pieces = [...parseCsvPieces(text)];
      expect(pieces.length).toBeGreaterThan(1);
      const whole = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t', '|'] }).data;
      expect(pieces.flatMap((p) => p.rows)).toEqual(whole);
      expect(pieces.flatMap((p) => p.errors)).toEqual([]);
    });
  }

  it('a file with quotes is parsed whole (a quoted field may hold a line break)', () => {
    const text = table(30_000, ',', '\n') + '"多行\n名称",iot,120.1,31.5\n';
    const pieces = [...parseCsvPieces(text)];
    expect(pieces).toHaveLength(1);
    expect(pieces[0]!.rows.at(-1)).toEqual(['多行\n名称', 'iot', '120.1', '31.5']);
  });
});

describe('import read in pieces', () => {
  const header = '项目名称,产业,阶段,总投资(万元),日期,板块,经度,纬度';
  /** ~40k rows (several pieces), a bad date every 997th row, a repeat of the row before every 1500th, blank lines. */
  function file() {
    const lines = [header];
    const badAt: number[] = [];
    const repeatedAt: number[] = [];
    let sheetRow = 1;
    for (const [i, p] of syntheticProjects(11, 40_000).entries()) {
      const bad = i % 997 === 500;
      const row = `${p.name},${p.industry},${p.stage},${p.investmentWan},${bad ? '2024-13-40' : p.date},,${p.lon},${p.lat}`;
      lines.push(row);
      sheetRow += 1;
      if (bad) badAt.push(sheetRow);
      if (i % 1500 === 7) {
        lines.push(row);
        sheetRow += 1;
        repeatedAt.push(sheetRow);
      }
      if (i % 2000 === 3) lines.push(''); // blank lines are not numbered (rows are counted as the table has them)
    }
    return { bytes: new TextEncoder().encode(lines.join('\n')), badAt, repeatedAt };
  }
  const options = { kind: 'projects' as const, crs: 'wgs84' as const, fileName: 'big.csv', datasetId: 'big' };

  it('names the right row across piece boundaries and flags repeated rows', async () => {
    const { bytes, badAt, repeatedAt } = file();
    expect(bytes.length).toBeGreaterThan(3 * 1024 * 1024);
    const r = await runImport(bytes, options, reference);
    expect(r.status).toBe('ok');
    expect(r.problems.filter((p) => p.code === 'bad_date').map((p) => p.row)).toEqual(badAt);
    expect(r.problems.filter((p) => p.code === 'duplicate_row').map((p) => p.row)).toEqual(repeatedAt);
  }, 60_000);

  it('hands each valid project to takeProject in row order instead of keeping it, with the same result otherwise', async () => {
    const { bytes } = file();
    const kept = await runImport(bytes, options, reference);
    const taken: ImportedProject[] = [];
    const streamed = await runImport(bytes, options, reference, { takeProject: (p) => taken.push(p), now: () => new Date(kept.dataset!.meta.imported_at) });
    expect(streamed.dataset?.kind === 'projects' && streamed.dataset.projects).toEqual([]);
    expect(taken).toEqual(kept.dataset?.kind === 'projects' ? kept.dataset.projects : null);
    expect(taken.length).toBe(streamed.summary.valid);
    expect({ ...streamed, dataset: null }).toEqual({ ...kept, dataset: null });
    expect(streamed.dataset?.meta).toEqual(kept.dataset?.meta);
  }, 60_000);
});

describe('repeated projects (same name at the same place)', () => {
  const project = (name: string, lon: number, lat: number) => ({ name, lon, lat }) as ImportedProject;

  it('tells repeats from namesakes elsewhere and neighbours, past many places', () => {
    const d = new DuplicateProjects();
    // 20 000 distinct places: the table grows several times and keeps every place.
    for (let i = 0; i < 20_000; i++) expect(d.seen(project(`p${i}`, 120 + i * 1e-5, 31.5))).toBe(false);
    expect(d.seen(project('p123', 120 + 123 * 1e-5, 31.5))).toBe(true);
    expect(d.seen(project('p123', 120 + 124 * 1e-5, 31.5))).toBe(false); // same name, another place
    expect(d.seen(project('p124', 120 + 123 * 1e-5, 31.5))).toBe(false); // same place, another name
    expect(d.seen(project('p124', 120 + 123 * 1e-5, 31.5))).toBe(true); // … which is now a repeat
    expect(d.seen(project('p5', 120 + 5 * 1e-5 + 4e-7, 31.5 - 4e-7))).toBe(true); // equal to 6 decimals
    expect(d.seen(project('p5', 120 + 5 * 1e-5 + 2e-6, 31.5))).toBe(false);
  });

  it('keeps every name at a shared place (projects placed at a park)', () => {
    const d = new DuplicateProjects();
    for (let i = 0; i < 500; i++) expect(d.seen(project(`园区项目${i}`, 120.3, 31.6))).toBe(false);
    expect(d.seen(project('园区项目0', 120.3, 31.6))).toBe(true);
    expect(d.seen(project('园区项目499', 120.3, 31.6))).toBe(true);
  });
});

describe('row limit', () => {
  it('holds for a file with old Mac line breaks (\\r only), which is not cut into pieces', async () => {
    const rows = '项目名称,产业,阶段,总投资(亿元),日期,板块,经度,纬度\r' + 'x,物联网,签约,1,2024,,120.42,31.52\r'.repeat(200_020);
    const r = await runImport(new TextEncoder().encode(rows), { kind: 'projects', crs: 'wgs84', fileName: 'mac.csv', datasetId: 'm' }, reference);
    expect(r.status).toBe('failed');
    expect(r.problems[0]).toMatchObject({ code: 'too_many_rows', params: { rows: 200_021, limit: 200_000 } });
  }, 60_000);
});
