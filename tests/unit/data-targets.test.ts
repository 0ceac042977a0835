import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { boardColumns, type TargetTable } from '../../src/schema';
import { annexSpecs, extractAnnex, extractTargetTables } from '../../scripts/data/extract-targets';
import { DATA_DIR, readSource, sourcesAvailable } from '../../scripts/data/paths';
import { findSumDiscrepancies } from '../../scripts/data/sum-check';
import { parseCell } from '../../scripts/data/text';

const committed = JSON.parse(readFileSync(resolve(DATA_DIR, 'targets-2024.json'), 'utf8')) as TargetTable[];
const allowances = JSON.parse(readFileSync(resolve(DATA_DIR, 'sum-allowances.json'), 'utf8')) as { row_id: string }[];
const haveSources = sourcesAvailable();

/**
 * An independent reading of an annex: every tab-separated line that is not a header, as its numeric cells
 * ('-' → null) in printed order. Deliberately naive: it knows nothing of clusters, labels or ids.
 */
function naiveCells(text: string, annex: number, valueCount: number): (number | null)[][] {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.replace(/\s/g, '') === `附件${annex}`);
  const end = lines.findIndex((l, i) => i > start && /^附件\s*\d+$/.test(l.trim()));
  return lines
    .slice(start, end < 0 ? undefined : end)
    .filter((l) => l.includes('\t') && !l.includes('江阴'))
    .map((l) => l.split('\t').slice(-valueCount).map((c) => (c.trim() === '-' ? null : Number(c.trim()))));
}

describe('targets-2024.json against the source text', () => {
  it.skipIf(!haveSources)('matches an independent reading cell for cell, row for row', () => {
    const text = readSource('wp2024');
    for (const [t, annex, columns] of [[0, 1, 9], [1, 2, 9], [2, 3, 8]] as const) {
      const table = committed[t]!;
      const order = boardColumns.filter((c) => c in table.rows[0]!.values);
      expect(order).toHaveLength(columns);
      const fromJson = table.rows.map((row) => order.map((c) => row.values[c]));
      expect(fromJson).toEqual(naiveCells(text, annex, columns));
    }
  });

  it.skipIf(!haveSources)('is exactly what the extractor produces today (regenerate with npm run build:data)', () => {
    expect(extractTargetTables(readSource('wp2024'))).toEqual(committed);
  });

  it('keeps "-" as null, distinct from 0', () => {
    expect(parseCell('-')).toBeNull();
    expect(parseCell('0')).toBe(0);
    const cells = committed.flatMap((t) => t.rows.flatMap((r) => Object.values(r.values)));
    expect(cells.filter((v) => v === null).length).toBeGreaterThan(100);
    // e.g. 两机 has no Liangxi target; AI's Jiangyin figure is a real number
    const row = (id: string) => committed.flatMap((t) => t.rows).find((r) => r.id === id)!;
    expect(row('wp2024_annex1.aero_engines_gas_turbines.revenue_target').values['320213']).toBeNull();
    expect(row('wp2024_annex2.iov.special_policy').values.city).toBeNull();
  });

  it('has the expected shape: 40 / 95 / 5 rows, sub-rows pointing at parents, Annex 3 without 全市', () => {
    expect(committed.map((t) => t.rows.length)).toEqual([40, 95, 5]);
    const ids = new Set(committed.flatMap((t) => t.rows.map((r) => r.id)));
    for (const row of committed.flatMap((t) => t.rows)) if (row.parent_row) expect(ids.has(row.parent_row)).toBe(true);
    expect(committed[2]!.rows.every((r) => !('city' in r.values))).toBe(true);
    expect(committed[0]!.notes).toHaveLength(1);
    expect(committed[2]!.notes).toHaveLength(1);
  });

  it('lists every boards-vs-全市 discrepancy in sum-allowances.json, and nothing else', () => {
    const found = findSumDiscrepancies(committed).map((d) => d.row_id).sort();
    expect(found).toEqual(allowances.map((a) => a.row_id).sort());
  });
});

describe('extractor quirks (synthetic annex text)', () => {
  const header = '集群\t建设培育指标\t全市\t江阴\t宜兴\t梁溪\t锡山\t惠山\t滨湖\t新吴\t经开';
  const synthetic = (rows: string[]) => ['附件 2', '', '标题', '', header, ...rows, '', '附件 3'].join('\n');
  const spec = annexSpecs[1]!;

  it('keeps both rows when a block prints the same metric twice, with distinct ids and notes', () => {
    const table = extractAnnex(
      synthetic([
        '物联网\t举办产业对接、专题招商活动（场）\t3\t1\t1\t-\t-\t-\t-\t1\t-',
        '\t举办产业对接、专题招商活动（个）\t2\t-\t-\t1\t-\t-\t-\t1\t-',
      ]),
      spec,
    );
    expect(table.rows.map((r) => r.id)).toEqual(['wp2024_annex2.iot.promotion_events', 'wp2024_annex2.iot.promotion_events.2']);
    expect(table.rows.map((r) => r.unit_zh)).toEqual(['场', '个']);
    expect(table.rows.every((r) => r.notes.some((n) => n.includes('twice')))).toBe(true);
  });

  it('carries a block across a repeated header and reads split names', () => {
    const table = extractAnnex(
      synthetic([
        '软件与信息 技术服务\t新招引企业/项目(个)\t2\t1\t1\t-\t-\t-\t-\t-\t-',
        header,
        '\t市级以上创新平台（个）\t1\t1\t-\t-\t-\t-\t-\t-\t-',
      ]),
      spec,
    );
    expect(table.rows.map((r) => r.industry)).toEqual(['software_it', 'software_it']);
    expect(table.rows[1]!.notes.join()).toMatch(/page break/);
    expect(table.rows[0]!.notes.join()).toMatch(/Half-width/);
  });

  it('refuses labels it has no translation for', () => {
    expect(() => extractAnnex(synthetic(['物联网\t未知指标（个）\t1\t-\t-\t-\t-\t-\t-\t-\t1']), spec)).toThrow(/no translation/);
  });
});
