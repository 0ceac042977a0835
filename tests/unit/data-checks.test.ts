import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crossReferenceProblems, dataSchemas, schemaProblems } from '../../scripts/data/data-checks';
import { DATA_DIR } from '../../scripts/data/paths';
import { cellSource, industryById, rowsForIndustry, targetRow, targetValue } from '../../src/data/selectors';

const load = () => Object.fromEntries(Object.keys(dataSchemas).map((f) => [f, JSON.parse(readFileSync(resolve(DATA_DIR, f), 'utf8'))]));

describe('check-data', () => {
  it('passes on the committed files', () => {
    const data = load();
    expect(schemaProblems(data, {})).toEqual([]);
    expect(crossReferenceProblems(data, {})).toEqual([]);
  });

  it('names file, index and field of a schema problem', () => {
    const data = load();
    (data['targets-2024.json'] as { rows: { values: Record<string, unknown> }[] }[])[0]!.rows[1]!.values.city = '250';
    expect(schemaProblems(data, {}).join('\n')).toMatch(/data\/targets-2024\.json\[0\]\.rows\[1\]\.values\.city/);
  });

  it('finds unknown industries, missing parks and dangling parent rows', () => {
    const data = load();
    (data['chain-chiefs.json'] as { industry: string }[])[0]!.industry = 'no_such_industry';
    (data['future-park-plans.json'] as { existing_parks: string[] }[])[0]!.existing_parks.push('no_such_park');
    (data['targets-2024.json'] as { rows: { parent_row: string | null }[] }[])[0]!.rows[1]!.parent_row = 'nowhere';
    const problems = crossReferenceProblems(data, {}).join('\n');
    expect(problems).toMatch(/chain-chiefs\.json\[0\]\.industry: unknown industry id "no_such_industry"/);
    expect(problems).toMatch(/future-park-plans\.json\[0\]\.existing_parks\[\d+\]: no park "no_such_park"/);
    expect(problems).toMatch(/rows\[1\]\.parent_row: no row "nowhere"/);
  });

  it('validates geo feature properties', () => {
    const geo = { 'districts.geojson': { type: 'FeatureCollection', features: [{ properties: { id: 'nowhere' } }] } };
    expect(schemaProblems({}, geo).join('\n')).toMatch(/geo\/districts\.geojson\.features\[0\]\.properties/);
  });
});

describe('selectors', () => {
  it('reads cells: number, null for "-", undefined for no column', () => {
    expect(targetValue('wp2024_annex1.iot.revenue_target', 'city')).toBe(3270);
    expect(targetValue('wp2024_annex1.iot.revenue_target', '320214')).toBe(2200);
    expect(targetValue('wp2024_annex1.quantum_technology.revenue_target', '320281')).toBeNull();
    expect(targetValue('wp2024_annex3.future_parks', 'city')).toBeUndefined();
    expect(targetValue('no.such.row', 'city')).toBeUndefined();
  });

  it('cites a cell with its printed column header', () => {
    const row = targetRow('wp2024_annex2.iot.new_firms_projects')!;
    expect(cellSource(row, '320281')).toEqual({ ...row.source, column: '江阴' });
    expect(cellSource(row, 'wxjk').column).toBe('经开');
  });

  it('finds rows per industry, optionally with sub-items', () => {
    const own = rowsForIndustry('iot');
    const withSubs = rowsForIndustry('iot', { includeSubItems: true });
    expect(own.every((r) => r.industry === 'iot')).toBe(true);
    expect(withSubs.length).toBeGreaterThan(own.length);
    expect(withSubs.some((r) => r.industry === 'iov')).toBe(true);
    expect(industryById('iov')?.parent).toBe('iot');
    expect(industryById('nope')).toBeUndefined();
  });
});
