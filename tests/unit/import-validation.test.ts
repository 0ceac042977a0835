import { describe, expect, it } from 'vitest';
import type { ProblemCode } from '../../src/import/validate/problems';
import zh from '../../src/i18n/locales/zh/import';
import en from '../../src/i18n/locales/en/import';
import { csv, okRow, run, zoneFeature, zonesFc } from './import-helpers';

const codes = async (p: ReturnType<typeof run>) => (await p).problems.map((x) => x.code);
const SQ = [[120.41, 31.51], [120.43, 31.51], [120.43, 31.53], [120.41, 31.53], [120.41, 31.51]];

describe('project row validation: every problem names the row and the field', () => {
  it.each<[string, string, ProblemCode, string]>([
    ['swapped lon/lat', okRow('1', { lon: '31.52', lat: '120.42' }), 'coord_swapped', 'lon'],
    ['out of range', okRow('1', { lon: '200', lat: '31.5' }), 'coord_out_of_range', 'lon'],
    ['NaN coordinate', okRow('1', { lon: 'NaN' }), 'coord_nan', 'lon'],
    ['outside Wuxi', okRow('1', { lon: '116.4', lat: '39.9' }), 'outside_wuxi', 'lon'],
    ['unknown industry', okRow('1', { industry: '炼金术' }), 'unknown_industry', 'industry'],
    ['unknown stage', okRow('1', { stage: '梦想中' }), 'unknown_stage', 'stage'],
    ['unknown board', okRow('1', { board: '火星' }), 'unknown_board', 'board'],
    ['unknown park, no coords', okRow('1', { lon: '', lat: '', park: '不存在园' }), 'unknown_park', 'park'],
    ['no location', okRow('1', { lon: '', lat: '' }), 'coord_missing', 'lon'],
    ['missing name', okRow('1', { name: '' }), 'required', 'name'],
    ['bad date', okRow('1', { date: '2024-02-30' }), 'bad_date', 'date'],
    ['negative investment', okRow('1', { inv: '-5' }), 'negative_number', 'investment'],
    ['investment not a number', okRow('1', { inv: 'lots' }), 'not_a_number', 'investment'],
    ['investment in dollars', okRow('1', { inv: '5亿美元' }), 'unknown_unit', 'investment'],
    ['board mismatch', okRow('1', { board: '江阴' }), 'board_mismatch', 'board'],
  ])('%s', async (_name, row, code, field) => {
    const r = await run(csv(row), 'projects');
    const p = r.problems.find((x) => x.code === code);
    expect(p, JSON.stringify(r.problems)).toBeDefined();
    expect(p).toMatchObject({ file: 'p.csv', row: 2, feature: null, field });
  });

  it('flags duplicate ids on the second occurrence and keeps the first', async () => {
    const r = await run(csv(okRow('A'), okRow('A', { name: 'other' })), 'projects');
    expect(r.problems.find((p) => p.code === 'duplicate_id')).toMatchObject({ row: 3, field: 'id' });
    expect(r.summary).toMatchObject({ valid: 1, invalid: 1 });
  });

  it('requires a declared investment unit', async () => {
    const r = await run(['名称,产业,阶段,投资,经度,纬度', 'x,物联网,签约,100,120.42,31.52'].join('\n'), 'projects');
    expect(r.problems.find((p) => p.code === 'unit_missing')).toMatchObject({ row: 2, field: 'investment' });
  });

  it('normalises 万元 (header) and 亿/万 (cell) to 亿元', async () => {
    const r = await run(['名称,产业,阶段,总投资（万元）,经度,纬度', 'a,物联网,签约,"3,000",120.42,31.52', 'b,物联网,签约,2亿,120.42,31.521'].join('\n'), 'projects');
    expect(r.dataset?.kind === 'projects' && r.dataset.projects.map((p) => p.investment_yi)).toEqual([0.3, 2]);
  });

  it('locates a project at a known park, taking its position, precision and board', async () => {
    const r = await run(csv(okRow('1', { lon: '', lat: '', park: '合成测试园乙', board: '' })), 'projects');
    const p = r.dataset?.kind === 'projects' ? r.dataset.projects[0] : undefined;
    expect(p).toMatchObject({ lon: 120.3, lat: 31.79, board: '320281', location: { method: 'park', park_id: 'synthetic_park_b', precision: 'district' } });
  });

  it('reports a missing required column for the file, not per row', async () => {
    const r = await run('名称,经度,纬度\nx,120.4,31.5', 'projects');
    expect(r.status).toBe('failed');
    expect(r.problems.find((p) => p.code === 'missing_column')).toMatchObject({ row: 1, params: { columns: 'industry, stage' } });
  });

  it('accepts English headers and values', async () => {
    const r = await run('name,industry,stage,investment_wan,date,board,lng,lat\nX,Integrated circuits,under construction,"1 200",2024-06,Xinwu,120.42,31.52', 'projects');
    expect(r.dataset?.kind === 'projects' && r.dataset.projects[0]).toMatchObject({ industry: 'integrated_circuits', stage: 'under_construction', investment_yi: 0.12, board: '320214', date: '2024-06' });
  });

  it('ignores and reports __proto__ / constructor / prototype columns', async () => {
    const r = await run('名称,产业,阶段,经度,纬度,__proto__,constructor\nx,物联网,签约,120.42,31.52,{"polluted":1},1', 'projects');
    expect(r.problems.filter((p) => p.code === 'forbidden_key').map((p) => p.field)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(r.dataset?.kind === 'projects' && r.dataset.projects.length).toBe(1);
  });
});

describe('zone geometry validation', () => {
  it.each<[string, unknown, ProblemCode]>([
    ['unclosed ring', { type: 'Polygon', coordinates: [SQ.slice(0, 4)] }, 'ring_unclosed'],
    ['ring too short', { type: 'Polygon', coordinates: [[SQ[0], SQ[1], SQ[0]]] }, 'ring_too_short'],
    ['self-intersection', { type: 'Polygon', coordinates: [[SQ[0], SQ[2], SQ[1], SQ[3], SQ[0]]] }, 'self_intersection'],
    ['empty ring [[]]', { type: 'Polygon', coordinates: [[]] }, 'geometry_empty_ring'],
    ['empty MultiPolygon ring [[[]]]', { type: 'MultiPolygon', coordinates: [[[]]] }, 'geometry_empty_ring'],
    ['empty geometry', { type: 'Polygon', coordinates: [] }, 'geometry_empty'],
    ['null position', { type: 'Polygon', coordinates: [[null]] }, 'geojson_invalid'],
    ['line string', { type: 'LineString', coordinates: [[120.4, 31.5], [120.5, 31.5]] }, 'geometry_type'],
    ['missing geometry', null, 'geometry_missing'],
    ['swapped point', { type: 'Point', coordinates: [31.52, 120.42] }, 'coord_swapped'],
    ['NaN position', { type: 'Point', coordinates: ['x', 31.5] }, 'coord_nan'],
    ['outside Wuxi', { type: 'Point', coordinates: [116.4, 39.9] }, 'outside_wuxi'],
  ])('%s', async (_name, geometry, code) => {
    const r = await run(zonesFc(zoneFeature(geometry)), 'zones');
    expect(r.problems.find((p) => p.code === code), JSON.stringify(r.problems)).toMatchObject({ file: 'z.geojson', feature: 1, row: null });
    expect(r.summary.valid).toBe(0);
  });

  it('accepts a valid polygon and infers its board', async () => {
    const r = await run(zonesFc(zoneFeature({ type: 'Polygon', coordinates: [SQ] }, { 板块: '' })), 'zones');
    expect(r.dataset?.kind === 'zones' && r.dataset.zones[0]).toMatchObject({ board: '320214', zone_kind: 'connected_zone', geometry: { type: 'Polygon' } });
  });

  it('reports duplicate feature ids, a non-FeatureCollection and broken JSON', async () => {
    const f = zoneFeature({ type: 'Point', coordinates: [120.42, 31.52] }, {}, 'Z');
    expect(await codes(run(zonesFc(f, f), 'zones'))).toContain('duplicate_id');
    expect(await codes(run('{"type":"Point","coordinates":[1,2]}', 'zones'))).toContain('not_feature_collection');
    expect(await codes(run('{"type":', 'zones'))).toContain('json_parse');
  });

  it('a "__proto__" property is reported and never reaches a prototype', async () => {
    const text = zonesFc(zoneFeature({ type: 'Point', coordinates: [120.42, 31.52] })).replace('"名称"', '"__proto__":{"polluted":1},"名称"');
    const r = await run(text, 'zones');
    expect(r.problems.find((p) => p.code === 'forbidden_key')).toMatchObject({ feature: 1, field: 'properties.__proto__' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(r.summary.valid).toBe(1);
  });
});

describe('file-level problems', () => {
  it('empty, unsupported, binary, too large', async () => {
    expect(await codes(run('', 'projects'))).toContain('empty_file');
    expect(await codes(run(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2]), 'projects', { fileName: 'old.xls' }))).toContain('unsupported_format');
    expect(await codes(run(new Uint8Array([0x61, 0, 0x62]), 'projects'))).toContain('not_text');
    expect(await codes(run('{}', 'targets', { fileName: 't.geojson' }))).toContain('unsupported_format');
    const big = new Uint8Array(50 * 1024 * 1024 + 1).fill(0x61);
    const r = await run(big, 'projects');
    expect(r.problems[0]).toMatchObject({ code: 'file_too_large', params: { limitMb: 50 } });
  });

  it('a broken .xlsx is reported, not thrown', async () => {
    expect(await codes(run(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9, 9]), 'projects', { fileName: 'x.xlsx' }))).toContain('xlsx_unreadable');
  });
});

describe('messages', () => {
  // Site register codes have their messages in the sites locale files (tests/unit/sites-import.test.ts).
  const all: Exclude<ProblemCode, `site_${string}`>[] = [
    'file_too_large', 'too_many_rows', 'empty_file', 'unsupported_format', 'decode_failed', 'csv_parse', 'json_parse', 'not_feature_collection',
    'geojson_invalid', 'xlsx_failed', 'missing_column', 'unknown_column', 'duplicate_column', 'forbidden_key', 'required', 'not_a_number',
    'negative_number', 'unit_missing', 'unknown_unit', 'unknown_industry', 'unknown_stage', 'unknown_board', 'unknown_park', 'unknown_metric',
    'unknown_zone_kind', 'unknown_status', 'bad_date', 'bad_year', 'coord_missing', 'coord_nan', 'coord_out_of_range', 'coord_swapped',
    'outside_wuxi', 'board_mismatch', 'geometry_missing', 'geometry_type', 'geometry_empty', 'geometry_empty_ring', 'ring_too_short',
    'ring_unclosed', 'self_intersection', 'duplicate_id', 'duplicate_row', 'crs_hint', 'too_many_problems', 'internal_error',
  ];
  it('every problem code has a Chinese and an English message', () => {
    for (const code of all) {
      expect(zh.problem[code], code).toBeTruthy();
      expect(en.problem[code], code).toBeTruthy();
    }
    expect(Object.keys(zh.problem).sort()).toEqual(Object.keys(en.problem).sort());
  });
  it('zh and en have the same keys everywhere', () => {
    const keys = (o: object, p = ''): string[] => Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v as object, `${p}${k}.`) : [`${p}${k}`]));
    expect(keys(zh).sort()).toEqual(keys(en).sort());
  });
});
