/**
 * Files that are damaged, hostile or simply unusual: encodings named (UTF-16/UTF-32 refused, Shift-JIS
 * flagged), NUL characters as a row-level problem wherever they are, binary files refused, data rows (not
 * lines) counted against the limit, header-only files, GeoJSON shapes (4-value positions, heights, objects
 * where text belongs, polygons in a project list), and Excel files that unzip too far or hold too many rows.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/import/read/encoding';
import { IMPORT_LIMITS } from '../../src/import/limits';
import { MAX_BAD_CELLS, parseXlsx } from '../../src/import/read/xlsx';
import { readZipDirectory } from '../../src/import/read/xlsx-guard';
import { manyRowsXlsx, xlsxOf, zip } from '../../scripts/fixtures/xlsx-zip';
import { csv, okRow, PROJECT_HEADER, run, zoneFeature, zonesFc } from './import-helpers';

const SQ = [[120.41, 31.51], [120.43, 31.51], [120.43, 31.53], [120.41, 31.53], [120.41, 31.51]];
const codes = async (r: ReturnType<typeof run>) => (await r).problems.map((p) => p.code);
const encode = (s: string, enc: string) => new Uint8Array(iconv.encode(s, enc));

describe('encodings', () => {
  const text = '项目名称,产业\r\n合成项目,集成电路\r\n'.repeat(4);
  it.each([
    ['UTF-32 LE with BOM', new Uint8Array([0xff, 0xfe, 0, 0, ...encode('ab', 'utf-32le')]), 'utf-32le'],
    ['UTF-32 BE with BOM', new Uint8Array([0, 0, 0xfe, 0xff, ...encode('ab', 'utf-32be')]), 'utf-32be'],
    ['UTF-16 LE with BOM', new Uint8Array([0xff, 0xfe, ...encode(text, 'utf-16le')]), 'utf-16le'],
    ['UTF-16 BE with BOM', new Uint8Array([0xfe, 0xff, ...encode(text, 'utf-16be')]), 'utf-16be'],
    ['UTF-16 LE without BOM', encode('name,industry\r\nA,B\r\n'.repeat(3), 'utf-16le'), 'utf-16le'],
    ['UTF-32 LE without BOM', encode('name,industry\r\nA,B\r\n'.repeat(3), 'utf-32le'), 'utf-32le'],
  ])('%s is named, not read as garbage', (_name, bytes, encoding) => {
    expect(decodeText(bytes)).toEqual({ ok: false, reason: 'unsupported', encoding });
  });

  it('a UTF-32 file is reported as UTF-32 in the import, by name', async () => {
    const r = await run(new Uint8Array([0xff, 0xfe, 0, 0, ...encode(csv(okRow('1')), 'utf-32le')]), 'projects');
    expect(r.problems).toEqual([expect.objectContaining({ code: 'encoding_unsupported', params: { encoding: 'utf-32le' }, row: null })]);
  });

  it('flags Japanese Shift-JIS read as GB18030, and not real GBK', () => {
    const japanese = decodeText(encode('名前,業種\r\nテスト案件です,ロボット産業\r\nさくら工場の建設,ひかり\r\n', 'shift_jis'));
    expect(japanese).toMatchObject({ ok: true, encoding: 'gb18030', suspect: 'shift_jis' });
    const chinese = decodeText(encode('项目名称,产业,阶段\r\n合成项目（测试）,集成电路,在建\r\n物联网园区,软件,签约\r\n', 'gbk'));
    expect(chinese).toMatchObject({ ok: true, encoding: 'gb18030', suspect: null });
  });

  it('refuses binary files by signature, however they are named', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, ...new Array(200).fill(0x41)]);
    expect(await codes(run(png, 'projects', { fileName: 'photo.csv' }))).toEqual(['not_text']);
  });
});

describe('NUL characters', () => {
  it('are a problem of their row and column, near the start and past 64 KB alike', async () => {
    const rows = Array.from({ length: 1500 }, (_, i) => okRow(String(i + 1)));
    rows[1] = rows[1]!.replace('项目2', '项\u0000目2');
    rows[1400] = rows[1400]!.replace('签约', '签\u0000约');
    const text = csv(...rows);
    expect(text.lastIndexOf('\u0000')).toBeGreaterThan(65536);
    const r = await run(text, 'projects');
    const nul = r.problems.filter((p) => p.code === 'nul_char');
    expect(nul).toEqual([
      expect.objectContaining({ row: 3, field: 'name', params: { row: 3, column: '项目名称' } }),
      expect.objectContaining({ row: 1402, field: 'stage', params: { row: 1402, column: '阶段' } }),
    ]);
    expect(r.summary).toMatchObject({ valid: 1498, invalid: 2 });
  });

  it('in a column the import does not use, the row is still named and skipped', async () => {
    const r = await run(`${PROJECT_HEADER},备注\n${okRow('1')},ok\n${okRow('2')},bad\u0000note`, 'projects');
    expect(r.problems.find((p) => p.code === 'nul_char')).toMatchObject({ row: 3, field: '备注', params: { column: '备注' } });
    expect(r.summary.valid).toBe(1);
  });
});

describe('rows', () => {
  it('a header without data rows says so', async () => {
    expect(await codes(run(PROJECT_HEADER + '\n', 'projects'))).toEqual(['no_data_rows']);
    expect(await codes(run(`${PROJECT_HEADER}\n,,,\n`, 'projects'))).toEqual(['no_data_rows']);
  });

  it('counts data rows, not lines, against the limit', async () => {
    // 200,001 data rows under a title row and a header: fewer lines than the coarse pre-check lets through.
    const row = okRow('x').replace(/^x,/, ',') + '\n';
    const text = `2025 年项目清单\n${PROJECT_HEADER}\n${row.repeat(IMPORT_LIMITS.maxRows + 1)}`;
    const r = await run(text, 'projects');
    expect(r.status).toBe('failed');
    // Listed first, although the identical rows filled the problem list with notes before the limit was reached.
    expect(r.problems[0]).toMatchObject({ code: 'too_many_rows', params: { rows: IMPORT_LIMITS.maxRows + 1, limit: IMPORT_LIMITS.maxRows } });
  }, 120_000);
});

describe('GeoJSON shapes', () => {
  const project = (geometry: unknown, props: Record<string, unknown> = {}) =>
    zonesFc({ type: 'Feature', properties: { 项目名称: '点', 产业: '物联网', 阶段: '签约', ...props }, geometry });

  it('a 4-value point says how many values a position takes', async () => {
    const r = await run(project({ type: 'Point', coordinates: [120.42, 31.52, 5, 7] }), 'projects', { fileName: 'p.geojson' });
    expect(r.problems[0]).toMatchObject({ code: 'position_values', feature: 1, params: { count: 4, value: '[120.42, 31.52, 5, 7]' } });
    const z = await run(zonesFc(zoneFeature({ type: 'Polygon', coordinates: [[...SQ.slice(0, 2), [120.43, 31.53, 1, 2], ...SQ.slice(3)]] })), 'zones');
    expect(z.problems[0]).toMatchObject({ code: 'position_values', feature: 1, field: 'geometry.coordinates[0][2]', params: { count: 4 } });
  });

  it('a 3D polygon or point is accepted with a warning that the height is dropped', async () => {
    const z = await run(zonesFc(zoneFeature({ type: 'Polygon', coordinates: [SQ.map(([x, y]) => [x, y, 12])] })), 'zones');
    expect(z.summary.valid).toBe(1);
    expect(z.problems).toEqual([expect.objectContaining({ code: 'height_dropped', severity: 'warning', feature: 1 })]);
    const p = await run(project({ type: 'Point', coordinates: [120.42, 31.52, 3] }), 'projects', { fileName: 'p.geojson' });
    expect(p.summary.valid).toBe(1);
    expect(p.problems.map((x) => x.code)).toEqual(['height_dropped']);
  });

  it('an object where the name belongs says it must be text', async () => {
    const r = await run(zonesFc(zoneFeature({ type: 'Polygon', coordinates: [SQ] }, { 名称: { zh: '片区' } })), 'zones');
    expect(r.problems[0]).toMatchObject({ code: 'value_not_text', field: 'name', params: { type: 'object' } });
  });

  it('a polygon in a project list says what a project list accepts', async () => {
    const r = await run(project({ type: 'Polygon', coordinates: [SQ] }), 'projects', { fileName: 'p.geojson' });
    expect(r.problems[0]).toMatchObject({ code: 'geometry_not_point', params: { type: 'Polygon' } });
  });

  it('coordinates in zone messages carry the numbers the file wrote', async () => {
    const r = await run(zonesFc(zoneFeature({ type: 'Point', coordinates: [116.4, 39.9] })), 'zones');
    expect(r.problems[0]).toMatchObject({ code: 'outside_wuxi', params: { lon: 116.4, lat: 39.9 } });
    const nan = await run(zonesFc(zoneFeature({ type: 'Point', coordinates: ['x', 31.5] })), 'zones');
    expect(nan.problems[0]).toMatchObject({ code: 'coord_nan', params: { value: '[x, 31.5]' } });
  });
});

describe('Excel limits', () => {
  it('refuses a file whose zip directory states more unzipped bytes than the limit, before inflating', async () => {
    const small = xlsxOf([['项目名称'], ['x']]);
    const entries = readZipDirectory(small)!;
    const lying = zip(
      entries.map((e) => ({ name: e.name, data: new Uint8Array(0) })),
      (name) => (name.endsWith('sheet1.xml') ? 1500 * 1024 * 1024 : 10),
    );
    const r = await parseXlsx(lying);
    expect(r).toMatchObject({ ok: false, code: 'xlsx_too_large', params: { part: 'xl/worksheets/sheet1.xml', sizeMb: 1500, limitMb: 300 } });
  });

  it('counts rows while the sheet streams and stops at the limit', async () => {
    const r = await parseXlsx(await manyRowsXlsx(IMPORT_LIMITS.maxRows + 50_000));
    expect(r).toMatchObject({ ok: false, code: 'xlsx_too_many_rows', params: { limit: IMPORT_LIMITS.maxRows } });
  }, 60_000);

  it('a bad cell is a problem of its row, named by cell; the other rows are read', async () => {
    const header = PROJECT_HEADER.split(',');
    const bad = (ref: string) => ({ raw: `<c r="{ref}" t="n"><v>${ref}</v></c>` });
    const sheet = xlsxOf([header, okRow('1').split(','), [...okRow('2').split(',').slice(0, -1), bad('x')], okRow('3').split(','), [bad('y'), ...okRow('4').split(',').slice(1)]]);
    const r = await run(sheet, 'projects', { fileName: 'bad.xlsx' });
    expect(r.summary.valid).toBe(2);
    const lastColumn = String.fromCharCode(64 + header.length);
    expect(r.problems.filter((p) => p.code === 'xlsx_bad_cell')).toEqual([
      expect.objectContaining({ row: 3, params: { cell: `${lastColumn}3`, reason: 'value' } }),
      expect.objectContaining({ row: 5, params: { cell: 'A5', reason: 'value' } }),
    ]);
    expect(r.problems.filter((p) => p.severity === 'error' && p.code !== 'xlsx_bad_cell')).toEqual([]);
  });

  it('refuses a file with more unreadable cells than the limit, naming the first', async () => {
    const rows: Parameters<typeof xlsxOf>[0] = [PROJECT_HEADER.split(',')];
    for (let i = 0; i <= MAX_BAD_CELLS; i++) rows.push([{ raw: '<c r="{ref}" t="b"><v>7</v></c>' }, ...okRow(String(i)).split(',').slice(1)]);
    const r = await parseXlsx(xlsxOf(rows));
    expect(r).toMatchObject({ ok: false, code: 'xlsx_bad_cells', params: { count: MAX_BAD_CELLS, cell: 'A2' } });
  });

  it('reads a well-formed sheet as before', async () => {
    const r = await run(xlsxOf([PROJECT_HEADER.split(','), okRow('1').split(',')]), 'projects', { fileName: 'ok.xlsx' });
    expect(r.summary.valid).toBe(1);
  });
});
