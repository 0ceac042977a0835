import { describe, expect, it } from 'vitest';
import type { BoardId, TargetRow } from '../../src/schema';
import { boardIds } from '../../src/schema';
import { allocateMetric, allocateRow, primaryRows, type AllocationContext, type AllocationPark } from '../../src/domain/allocation';
import { buildHeatSurface, heatPointCount } from '../../src/domain/heat-points';
import { buildProjectIndex } from '../../src/domain/project-index';
import { targetTables, taxonomy } from '../../src/data/tables';
import { recordRows } from '../../src/domain/project-rows';

/** Synthetic fixture: a row with a value per board (null = "-"). */
function row(id: string, industry: string, metric: string, values: Partial<Record<BoardId | 'city', number | null>>, parent: string | null = null): TargetRow {
  return {
    id,
    table: 'wp2024_annex1',
    industry,
    metric,
    parent_row: parent,
    scope_zh: null,
    scope_en: null,
    label_zh: 'x',
    label_en: 'x',
    unit_zh: '亿元',
    unit_en: '100 million yuan',
    values,
    source: { document: 'wp2024', section: '附件1' },
    notes: [],
  };
}

const park = (id: string, board: BoardId, lead: string[], position: [number, number] = [120, 31.5]): AllocationPark => ({
  id,
  board,
  lead_industries: lead,
  position,
  precision: 'district',
});

const boardPoints: AllocationContext['boardPoints'] = Object.fromEntries(
  boardIds.map((b, i) => [b, [120 + i * 0.1, 31.5] as const]),
);

const context = (parks: AllocationPark[]): AllocationContext => ({
  parks,
  boardPoints,
  childrenOf: (id) => (id === 'iot' ? ['iov'] : []),
});

function sumsByBoard(points: ReturnType<typeof allocateRow>) {
  const sums: Partial<Record<BoardId, number>> = {};
  for (const p of points) sums[p.board] = (sums[p.board] ?? 0) + p.value;
  return sums;
}

describe('allocation rule', () => {
  it('splits a board target equally over its parks that lead the cluster and preserves the sum', () => {
    const r = row('r1', 'integrated_circuits', 'revenue_target', { city: 300, '320214': 90, '320281': 30 });
    const parks = [
      park('a', '320214', ['integrated_circuits']),
      park('b', '320214', ['integrated_circuits', 'iot']),
      park('c', '320214', ['biomedicine']),
      park('d', '320281', ['integrated_circuits']),
    ];
    const points = allocateRow(r, context(parks));
    expect(points.filter((p) => p.board === '320214').map((p) => [p.target, p.value, p.share])).toEqual([
      ['a', 45, 0.5],
      ['b', 45, 0.5],
    ]);
    expect(sumsByBoard(points)).toEqual({ '320214': 90, '320281': 30 });
    expect(points.every((p) => p.rowId === 'r1')).toBe(true);
  });

  it('places the whole target at the board point when the board has no matching park', () => {
    const r = row('r2', 'new_energy', 'revenue_target', { '320282': 12.5 });
    const points = allocateRow(r, context([park('x', '320282', ['biomedicine'])]));
    expect(points).toEqual([
      expect.objectContaining({ board: '320282', target: 'board', share: 1, value: 12.5, position: boardPoints['320282'] }),
    ]);
  });

  it('turns "-" (null) into no point at all, and keeps a real 0 as a 0-valued point', () => {
    const r = row('r3', 'new_materials', 'revenue_target', { '320213': null, '320205': 0, wxjk: null, '320206': 4 });
    const points = allocateRow(r, context([]));
    expect(points.map((p) => p.board).sort()).toEqual(['320205', '320206']);
    expect(points.find((p) => p.board === '320205')?.value).toBe(0);
  });

  it('never allocates the city column', () => {
    const points = allocateRow(row('r4', 'iot', 'revenue_target', { city: 1000 }), context([]));
    expect(points).toEqual([]);
  });

  it('counts sub-item parks for the parent cluster, but not the other way round', () => {
    const iot = row('iot', 'iot', 'revenue_target', { '320214': 100 });
    const iov = row('iov', 'iov', 'revenue_target', { '320214': 10 }, 'iot');
    const parks = [park('vehicles', '320214', ['iov']), park('sensors', '320214', ['iot'])];
    expect(allocateRow(iot, context(parks)).map((p) => p.target)).toEqual(['vehicles', 'sensors']);
    expect(allocateRow(iov, context(parks)).map((p) => p.target)).toEqual(['vehicles']);
  });

  it('uses one main row per industry: no sub-item rows, first of two scopes', () => {
    const rows = [
      row('bio_full', 'biomedicine', 'revenue_target', { '320214': 10 }),
      row('bio_mfg', 'biomedicine', 'revenue_target', { '320214': 5 }),
      row('iot', 'iot', 'revenue_target', { '320214': 7 }),
      row('iov', 'iov', 'revenue_target', { '320214': 2 }, 'iot'),
      row('growth', 'iot', 'revenue_growth_target', { '320214': 11 }),
    ];
    expect(primaryRows(rows, 'revenue_target', null).map((r) => r.id)).toEqual(['bio_full', 'iot']);
    expect(primaryRows(rows, 'revenue_target', 'iov').map((r) => r.id)).toEqual(['iov']);
    const all = allocateMetric(rows, 'revenue_target', null, context([]));
    expect(all.reduce((s, p) => s + p.value, 0)).toBe(17);
  });

  it('preserves every printed board cell of the real 2024 tables (all industries, revenue targets)', () => {
    const rows = targetTables.filter((t) => t.id !== 'wp2024_annex3').flatMap((t) => t.rows);
    const children = (id: string) => taxonomy.filter((i) => i.parent === id).map((i) => i.id);
    const points = allocateMetric(rows, 'revenue_target', null, { parks: [], boardPoints, childrenOf: children });
    for (const r of primaryRows(rows, 'revenue_target', null)) {
      for (const board of boardIds) {
        const cell = r.values[board];
        const placed = points.filter((p) => p.rowId === r.id && p.board === board);
        if (cell === null || cell === undefined) expect(placed).toEqual([]);
        else expect(placed.reduce((s, p) => s + p.value, 0)).toBeCloseTo(cell, 9);
      }
    }
  });
});

describe('heat surfaces', () => {
  const rows = [
    row('ic', 'integrated_circuits', 'revenue_target', { '320214': 90, '320281': 30 }),
    row('ic5', 'integrated_circuits', 'new_projects_over_5yi', { '320214': 2, wxjk: 1, '320213': null }),
  ];
  const ctx = context([park('a', '320214', ['integrated_circuits'])]);

  it('is null when heat is off', () => {
    expect(buildHeatSurface({ kind: null, industry: null, metric: 'revenue_target' }, { rows, allocation: ctx })).toBeNull();
  });

  it('draws no heat for targets (one value per board) nor for project investment without projects', () => {
    expect(buildHeatSurface({ kind: 'targets', industry: null, metric: 'revenue_target' }, { rows, allocation: ctx })).toBeNull();
    expect(buildHeatSurface({ kind: 'projects', industry: null, metric: 'revenue_target' }, { rows, allocation: ctx })).toBeNull();
  });

  it('switches to imported project points weighted by investment when a list is given', () => {
    const project = {
      id: 'p1', origin: 'imported' as const, name: 'P', industry: 'integrated_circuits', stage: 'started' as const,
      investment_yi: 12, date: null, board: '320214' as const, lon: 120.4, lat: 31.5,
      location: { method: 'coordinates' as const, crs: 'wgs84' as const }, source_row: 2,
    };
    const s = buildHeatSurface(
      { kind: 'projects', industry: null, metric: 'revenue_target' },
      { rows, allocation: ctx, projectIndex: buildProjectIndex(recordRows([project, { ...project, id: 'p2', investment_yi: null }, { ...project, id: 'p3', investment_yi: 3 }])) },
    )!;
    expect(s.basis).toBe('imported_projects');
    expect(s.total).toBe(15);
    expect(heatPointCount(s)).toBe(2);
    expect([...s.projectData!.weights]).toEqual([1, 0.25]);
    expect([...s.projectData!.positions.slice(0, 2)].map((v) => Math.round(v * 10) / 10)).toEqual([120.4, 31.5]);
    expect(s.skippedProjects).toBe(1);
    // Another cluster chosen on the heat: nothing kept; the modelled surface does not come back.
    const other = buildHeatSurface(
      { kind: 'projects', industry: 'biomedicine', metric: 'revenue_target' },
      { rows, allocation: ctx, projectIndex: buildProjectIndex(recordRows([project])) },
    )!;
    expect(other.basis).toBe('imported_projects');
    expect(heatPointCount(other)).toBe(0);
  });

});
