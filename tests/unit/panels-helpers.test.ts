import { groupRows } from '../../src/panels/lib/row-groups';
import { citationPieces } from '../../src/panels/lib/citation';
import { describe, expect, it } from 'vitest';
import type { TargetRow, TargetTable } from '../../src/schema';
import { formatCell, formatNumber } from '../../src/panels/lib/format';
import { targetsForPark } from '../../src/panels/lib/park-targets';
import { compareBoards, rankedCount } from '../../src/panels/lib/board-compare';
import { activeFilterCount, facetCounts, parkMatchesFilters } from '../../src/domain/park-filter';
import { FootnoteList, cellRef } from '../../src/panels/lib/sources';
import { DEFAULT_FILTERS } from '../../src/store';

// Synthetic rows: shapes follow the schema, numbers are made up for the test.
function row(id: string, table: TargetTable['id'], industry: string | null, values: TargetRow['values']): TargetRow {
  return {
    id, table, industry, metric: id.split('.').pop()!, parent_row: null, scope_zh: null, scope_en: null,
    label_zh: id, label_en: id, unit_zh: '亿元', unit_en: '100 million yuan', values,
    source: { document: 'wp2024', section: table === 'wp2024_annex1' ? '附件1' : '附件2', row: id },
    notes: [],
  };
}
function table(id: TargetTable['id'], rows: TargetRow[]): TargetTable {
  return { id, title_zh: id, title_en: id, year: 2024, source: { document: 'wp2024', section: id }, notes: [], rows };
}
const tables = [
  table('wp2024_annex1', [
    row('a1.iot.revenue_target', 'wp2024_annex1', 'iot', { city: 10, '320214': 4, '320206': null }),
    row('a1.ai.revenue_target', 'wp2024_annex1', 'artificial_intelligence', { city: 5, '320214': 0 }),
  ]),
  table('wp2024_annex2', [row('a2.iot.new_firms_projects', 'wp2024_annex2', 'iot', { '320214': 3 })]),
  table('wp2024_annex3', [row('a3.parks', 'wp2024_annex3', null, { '320214': 2 })]),
];

describe('cell formatting', () => {
  it("keeps '-' (no target) apart from 0 and from a column that is not printed", () => {
    const unit = { zh: '亿元', en: '100 million yuan' };
    expect(formatCell(null, unit, 'zh')).toEqual({ kind: 'no_target' });
    expect(formatCell(undefined, unit, 'zh')).toEqual({ kind: 'not_printed' });
    expect(formatCell(0, unit, 'zh')).toMatchObject({ kind: 'value', value: 0, text: '0亿元' });
    expect(formatCell(1234.5, unit, 'en')).toMatchObject({ text: '123.45 billion yuan' });
    expect(formatCell(5, { zh: '场', en: 'events' }, 'en')).toMatchObject({ text: '5 events' });
    expect(formatCell(1234.5, null, 'zh')).toMatchObject({ text: '1,234.5' });
    expect(formatCell(12, { zh: '%', en: '%' }, 'en')).toMatchObject({ text: '12%' });
  });
  it('formats numbers per locale', () => {
    expect(formatNumber(12345.678, 'en')).toBe('12,345.68');
    expect(formatNumber(12345.678, 'zh')).toBe('12,345.68');
  });
});

describe('targets that apply to a park', () => {
  it("returns its board's Annex 1/2 rows for its lead industries, with cell sources", () => {
    const got = targetsForPark({ board: '320214', lead_industries: ['iot', 'artificial_intelligence'] }, tables);
    expect(got.map((t) => [t.row.id, t.value])).toEqual([
      ['a1.iot.revenue_target', 4],
      ['a2.iot.new_firms_projects', 3],
      ['a1.ai.revenue_target', 0],
    ]);
    expect(got[0]!.source).toEqual({ document: 'wp2024', section: '附件1', row: 'a1.iot.revenue_target', column: '新吴' });
  });
  it("reports '-' as null and never uses the park-target annex", () => {
    const got = targetsForPark({ board: '320206', lead_industries: ['iot'] }, tables);
    expect(got.map((t) => t.value)).toEqual([null, undefined]);
    expect(got.some((t) => t.table === 'wp2024_annex3')).toBe(false);
  });
  it('returns nothing for a park without lead industries', () => {
    expect(targetsForPark({ board: '320214', lead_industries: [] }, tables)).toEqual([]);
  });
});

describe('board comparison', () => {
  it('ranks boards with numbers, shares ties, leaves "-" unranked', () => {
    const bars = compareBoards({ values: { city: 99, '320281': 5, '320282': 10, '320213': 5, '320205': null } });
    const by = Object.fromEntries(bars.map((b) => [b.board, b]));
    expect(by['320282']).toMatchObject({ rank: 1, share: 1 });
    expect(by['320281']).toMatchObject({ rank: 2, share: 0.5 });
    expect(by['320213']!.rank).toBe(2);
    expect(by['320205']).toMatchObject({ rank: null, value: null });
    expect(by['wxjk']).toMatchObject({ rank: null, value: undefined });
    expect(bars).toHaveLength(8); // city column is not a board
    expect(rankedCount(bars)).toBe(3);
  });
});

describe('park filters', () => {
  const parks = [
    { category: 'future_park', board: '320214', status: 'existing', lead_industries: ['iov'] },
    { category: 'future_park', board: '320206', status: 'suggested', lead_industries: ['humanoid_robots'] },
    { category: 'innovation_hub', board: '320214', status: 'existing', lead_industries: ['iot', 'humanoid_robots'] },
  ] as const;
  const parentOf = (id: string) => (id === 'iov' ? 'iot' : undefined);
  const list = parks.map((p) => ({ ...p, lead_industries: [...p.lead_industries] }));

  it('ANDs groups, ORs values, and includes sub-items of a chosen industry', () => {
    const f = { ...DEFAULT_FILTERS, industries: ['iot'] };
    expect(list.map((p) => parkMatchesFilters(p, f, parentOf))).toEqual([true, false, true]);
    const g = { ...DEFAULT_FILTERS, boards: ['320214' as const], categories: ['future_park' as const] };
    expect(list.map((p) => parkMatchesFilters(p, g))).toEqual([true, false, false]);
    expect(list.every((p) => parkMatchesFilters(p, DEFAULT_FILTERS))).toBe(true);
    expect(activeFilterCount(g)).toBe(2);
  });
  it("counts facets without the group's own selection", () => {
    const f = { ...DEFAULT_FILTERS, boards: ['320214' as const], categories: ['innovation_hub' as const] };
    const counts = facetCounts(list, f, 'categories', (p) => [p.category]);
    expect(Object.fromEntries(counts)).toEqual({ future_park: 1, innovation_hub: 1 });
  });
});

describe('footnotes', () => {
  it('numbers each distinct source once', () => {
    const notes = new FootnoteList();
    const r = tables[0]!.rows[0]!;
    expect(notes.add(cellRef(r, '320214'))).toBe(1);
    expect(notes.add(cellRef(r, 'city'))).toBe(2);
    expect(notes.add(cellRef(r, '320214'))).toBe(1);
    expect(notes.refs[1]!.column).toBe('全市');
  });
});

import { romanizeHan, romanizePersonName } from '../../src/panels/lib/romanize';
describe('romanizing Chinese names in English text', () => {
  it('turns town names into pinyin with an English suffix', () => {
    expect(romanizeHan('centre of 胡埭镇 (town seat)')).toBe('centre of Hudai Town (town seat)');
    expect(romanizeHan('雪浪街道')).toBe('Xuelang Subdistrict');
    expect(romanizeHan('no Han here')).toBe('no Han here');
  });
});

import { layoutTable } from '../../src/panels/lib/table-layout';
describe('table layout for the board panel', () => {
  it('groups per-industry rows into lines × metric columns, keeping document order', () => {
    const t1 = table('wp2024_annex1', [
      row('x.iot.revenue_target', 'wp2024_annex1', 'iot', {}),
      row('x.iot.revenue_growth_target', 'wp2024_annex1', 'iot', {}),
      row('x.ai.revenue_target', 'wp2024_annex1', 'artificial_intelligence', {}),
    ]);
    const { metrics, lines } = layoutTable(t1);
    expect(metrics).toEqual(['revenue_target', 'revenue_growth_target']);
    expect(lines.map((l) => [l.industry, [...l.byMetric.keys()]])).toEqual([
      ['iot', ['revenue_target', 'revenue_growth_target']],
      ['artificial_intelligence', ['revenue_target']],
    ]);
  });
  it('keeps rows of one industry with different printed scopes apart, and Annex 3 rows single', () => {
    const a = row('x.bio.all.revenue_target', 'wp2024_annex1', 'biomedicine', {});
    const b = { ...row('x.bio.mfg.revenue_target', 'wp2024_annex1', 'biomedicine', {}), scope_zh: '制造研发' };
    expect(layoutTable(table('wp2024_annex1', [a, b])).lines).toHaveLength(2);
    const t3 = layoutTable(tables[2]!);
    expect(t3.metrics).toEqual([]);
    expect(t3.lines[0]!.single?.id).toBe('a3.parks');
  });
});
describe('romanizing person names', () => {
  it('writes surname then given name', () => {
    expect(romanizePersonName('杜小刚')).toBe('Du Xiaogang');
    expect(romanizePersonName('蒋敏')).toBe('Jiang Min');
  });
});

import { sheetAwareLatitude } from '../../src/panels/lib/actions';
describe('camera aim under the phone sheet', () => {
  it('moves the centre south by half the hidden height, less at higher zoom', () => {
    expect(sheetAwareLatitude(31.5, 13, 0)).toBe(31.5);
    const a = 31.5 - sheetAwareLatitude(31.5, 13, 400);
    const b = 31.5 - sheetAwareLatitude(31.5, 14, 400);
    expect(a).toBeGreaterThan(0);
    expect(a / b).toBeCloseTo(2, 5);
    // 200 px at zoom 13 ≈ 200 · 360/(512·8192) · cos 31.5° ≈ 0.0147°
    expect(a).toBeCloseTo(0.0147, 3);
  });
});
describe('table layout merges a sub-item printed with and without a scope', () => {
  it('keeps 车联网 on one line and 生物医药 scopes on two', () => {
    const iovRev = { ...row('x.iov.revenue_target', 'wp2024_annex1', 'iov', {}), scope_zh: '核心产业', scope_en: 'core' };
    const iovGrowth = row('x.iov.revenue_growth_target', 'wp2024_annex1', 'iov', {});
    const bioAll = { ...row('x.bio.revenue_target', 'wp2024_annex1', 'biomedicine', {}), scope_zh: '全口径' };
    const bioAllG = { ...row('x.bio.revenue_growth_target', 'wp2024_annex1', 'biomedicine', {}), scope_zh: '全口径' };
    const bioMfg = { ...row('x.biom.revenue_target', 'wp2024_annex1', 'biomedicine', {}), scope_zh: '制造研发' };
    const bioMfgG = { ...row('x.biom.revenue_growth_target', 'wp2024_annex1', 'biomedicine', {}), scope_zh: '制造研发' };
    const { lines } = layoutTable(table('wp2024_annex1', [iovRev, iovGrowth, bioAll, bioAllG, bioMfg, bioMfgG]));
    expect(lines.map((l) => [l.industry, l.scope_zh, l.byMetric.size])).toEqual([
      ['iov', '核心产业', 2],
      ['biomedicine', '全口径', 2],
      ['biomedicine', '制造研发', 2],
    ]);
  });
});

describe('citations read as sentences', () => {
  const text = (pieces: ReturnType<typeof citationPieces>) => pieces.map((p) => ('text' in p ? p.text : `“${p.quote}”`)).join('');
  const ref = { document: 'opinions' as const, section: '附件2', row: '新吴区', column: '现有重点园区' };
  it('frames the printed labels in each language', () => {
    expect(text(citationPieces(ref, 'zh'))).toBe('附件2，“新吴区”行，“现有重点园区”列。');
    expect(text(citationPieces(ref, 'en'))).toBe(', Annex 2, row “新吴区”, column “现有重点园区”.');
  });
  it('numbers rows, names sections and board columns, and keeps items', () => {
    expect(text(citationPieces({ document: 'jiangyin2023', section: '附件', row: '18', column: '2023年目标' }, 'en'))).toBe(', the annex, row 18, column “2023年目标”.');
    expect(text(citationPieces({ document: 'wp2024', section: '附件1', row: '物联网 / 2024年规上营收目标', column: '新吴' }, 'en', 'Xinwu'))).toBe(
      ', Annex 1, row “物联网 / 2024年规上营收目标”, column “新吴” (Xinwu).',
    );
    expect(text(citationPieces({ document: 'plan2026', section: '二(一)1' }, 'zh'))).toBe('二(一)1。');
    expect(text(citationPieces({ document: 'plan2026', section: '二(一)1' }, 'en'))).toBe(', section 二(一)1.');
    expect(text(citationPieces({ document: 'fyp15', section: '建设具有国际影响力的无锡产业科技创新高地' }, 'en'))).toBe(', the article “建设具有国际影响力的无锡产业科技创新高地”.');
    expect(text(citationPieces({ document: 'opinions', section: '二(一)', item: '通用人工智能' }, 'zh'))).toBe('二(一)：“通用人工智能”。');
  });
});

describe('row picker groups', () => {
  const row = (id: string, table: TargetRow['table'], industry: string | null, label: string): TargetRow => ({
    id, table, industry, metric: 'm', parent_row: null, scope_zh: null, scope_en: null, label_zh: label, label_en: `${label} (en)`,
    unit_zh: '个', unit_en: 'count', values: {}, source: { document: 'wp2024', section: '附件1' }, notes: [],
  });
  const rows = [
    row('a1.iot.rev', 'wp2024_annex1', 'iot', '营收'), row('a1.iot.g', 'wp2024_annex1', 'iot', '增速'),
    row('a1.bio.rev', 'wp2024_annex1', 'biomedicine', '营收'), row('a2.iot.n', 'wp2024_annex2', 'iot', '新招引'),
    row('a3.parks', 'wp2024_annex3', null, '新认定园区'),
  ];
  const names = (id: string) => ({ iot: '物联网 Internet of Things', biomedicine: '生物医药 Biomedicine' })[id] ?? id;
  it('groups by annex and then by cluster', () => {
    expect(groupRows(rows, names).map((g) => [g.key, g.rows.length])).toEqual([
      ['wp2024_annex1/iot', 2], ['wp2024_annex1/biomedicine', 1], ['wp2024_annex2/iot', 1], ['wp2024_annex3/', 1],
    ]);
  });
  it('searches cluster and indicator names in both languages, keeping the chosen row', () => {
    expect(groupRows(rows, names, 'biomed').flatMap((g) => g.rows.map((r) => r.id))).toEqual(['a1.bio.rev']);
    expect(groupRows(rows, names, '增速').flatMap((g) => g.rows.map((r) => r.id))).toEqual(['a1.iot.g']);
    expect(groupRows(rows, names, 'parks', 'a2.iot.n').flatMap((g) => g.rows.map((r) => r.id))).toEqual(['a2.iot.n']);
    expect(groupRows(rows, names, '园区').flatMap((g) => g.rows.map((r) => r.id))).toEqual(['a3.parks']);
  });
});
