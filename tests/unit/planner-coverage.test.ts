import { describe, expect, it } from 'vitest';
import { computeCoverage, type BoardTarget, type Carrier } from '../../src/planner/coverage';
import { futureParkTargets, parkCarriers, platformCarriers, tableTargets } from '../../src/planner/coverage-sources';
import { buildCoverage } from '../../src/planner/planner-data';
import { cityTracks } from '../../src/planner/tracks';
import { MATURITY_2026 } from '../../src/planner/maturity';
import { FLAGSHIP_EVENTS } from '../../src/planner/flagship-events';
import { futureParkPlans, targetTables, taxonomy } from '../../src/data';
import { bundledPlannerData, platformRecords } from './planner-fixture';

const target = (industry: string, board: BoardTarget['board']): BoardTarget => ({
  kind: 'annex_cell', industry, board, label_zh: 'x', label_en: 'x', value: 1, unit_zh: null, unit_en: null,
  source: { document: 'wp2024', section: '附件1' },
});
const park = (id: string, board: Carrier['board'], industries: string[]): Carrier => ({ kind: 'park', id, board, industries });
const parentOf = (id: string) => (id === 'iov' ? 'iot' : undefined);
const tracks = [{ id: 'iot', group: 'landmark' as const }, { id: 'metaverse', group: 'new_track' as const }];

describe('chain coverage', () => {
  it('classes each cell by targets and carriers on that board', () => {
    const cov = computeCoverage({
      tracks,
      boards: ['320281', '320282', '320214'],
      targets: [target('iot', '320281'), target('iot', '320282'), target('metaverse', '320214')],
      carriers: [park('a', '320281', ['iot']), park('b', '320214', ['iot'])],
      parentOf,
    });
    expect(cov.cell('iot', '320281').status).toBe('covered');
    expect(cov.cell('iot', '320282').status).toBe('target_without_carrier');
    expect(cov.cell('iot', '320214').status).toBe('carrier_without_target');
    expect(cov.cell('metaverse', '320281').status).toBe('empty');
    expect(cov.gaps.map((c) => `${c.track}|${c.board}`)).toEqual(['iot|320282', 'metaverse|320214']);
    expect(cov.unbacked.map((u) => u.carrier.id)).toEqual(['b']);
    expect(cov.counts).toEqual({ covered: 1, target_without_carrier: 2, carrier_without_target: 1, empty: 2 });
  });

  it('folds sub-items into their track, for targets and carriers alike', () => {
    const cov = computeCoverage({
      tracks, boards: ['320281'], targets: [target('iov', '320281')], carriers: [park('a', '320281', ['iov'])], parentOf,
    });
    expect(cov.cell('iot', '320281').status).toBe('covered');
  });

  it('a carrier is unbacked only when none of its tracks has a target on its board; no tracks is not unbacked', () => {
    const cov = computeCoverage({
      tracks, boards: ['320281'], targets: [target('iot', '320281')],
      carriers: [park('both', '320281', ['iot', 'metaverse']), park('none', '320281', []), park('other', '320281', ['jiangyin_x'])],
      parentOf,
    });
    expect(cov.unbacked).toEqual([]);
    expect(cov.cell('metaverse', '320281').status).toBe('carrier_without_target');
  });

  it('takes platforms (or any carrier kind) the same way as parks', () => {
    const cov = computeCoverage({
      tracks, boards: ['320282'], targets: [target('iot', '320282')], carriers: [{ kind: 'platform', id: 'lab', board: '320282', industries: ['iot'] }], parentOf,
    });
    expect(cov.cell('iot', '320282').carriers.map((c) => c.kind)).toEqual(['platform']);
    expect(cov.gaps).toEqual([]);
  });
});

describe('coverage inputs from the data', () => {
  it('a "-" cell is no target; a printed figure is one, cited with its board column', () => {
    const targets = tableTargets(targetTables);
    const row = targetTables.flatMap((t) => t.rows).find((r) => r.id === 'wp2024_annex1.iot.revenue_target')!;
    const boards = targets.filter((t) => t.label_zh === row.label_zh && t.industry === 'iot').map((t) => t.board);
    expect(boards.sort()).toEqual(Object.entries(row.values).filter(([k, v]) => k !== 'city' && v !== null).map(([k]) => k).sort());
    expect(targets.find((t) => t.industry === 'iot' && t.board === '320281')?.source.column).toBe('江阴');
    // Exactly the printed board figures of rows with an industry: "-" (null) never becomes a target.
    const rows = targetTables.flatMap((t) => t.rows).filter((r) => r.industry !== null);
    const printed = rows.flatMap((r) => Object.entries(r.values).filter(([k, v]) => k !== 'city' && typeof v === 'number'));
    const dashes = rows.flatMap((r) => Object.entries(r.values).filter(([k, v]) => k !== 'city' && v === null));
    expect(dashes.length).toBeGreaterThan(0);
    expect(targets).toHaveLength(printed.length);
    expect(targets.every((t) => typeof t.value === 'number')).toBe(true);
  });

  it('Annex 2 of the opinions gives each board its focus directions as targets', () => {
    const focus = futureParkTargets(futureParkPlans);
    expect(focus.length).toBe(futureParkPlans.reduce((n, p) => n + p.focus_industries.length, 0));
    expect(focus.every((t) => t.value === null && t.source.section === '附件2')).toBe(true);
  });

  it('tracks: city lists only, sub-items and Jiangyin-only industries left out', () => {
    const ids = cityTracks(taxonomy).map((t) => t.id);
    expect(ids).toContain('iot');
    expect(ids).toContain('six_g');
    expect(ids).not.toContain('iov');
    expect(ids).not.toContain('modern_logistics');
    expect(ids.length).toBe(28);
  });

  it('platforms with a board carry their industries there; platforms without a board carry nothing', () => {
    const carriers = platformCarriers(platformRecords);
    const withBoard = platformRecords.filter((p) => p.board !== null);
    expect(carriers.map((c) => c.id)).toEqual(withBoard.map((p) => p.id));
    expect(carriers.every((c) => c.kind === 'platform')).toBe(true);
    expect(withBoard.length).toBeGreaterThan(0);
    expect(withBoard.length).toBeLessThan(platformRecords.length);
    const xuelang = carriers.find((c) => c.id === 'xuelang_computing_center')!;
    expect(xuelang).toMatchObject({ board: 'wxjk', industries: ['artificial_intelligence'] });
  });

  it('the bundled data with platforms: cells they carry turn covered, and nothing else moves', () => {
    const data = bundledPlannerData();
    const parksOnly = buildCoverage(data);
    const cov = buildCoverage(data, { carriers: platformCarriers(platformRecords) });
    // The Xuelang computing centre (Wuxi Economic Development Zone) serves AI, for which the zone sets a target
    // that no park there names.
    expect(parksOnly.cell('artificial_intelligence', 'wxjk').status).toBe('target_without_carrier');
    expect(cov.cell('artificial_intelligence', 'wxjk').status).toBe('covered');
    expect(cov.cell('artificial_intelligence', 'wxjk').carriers.map((c) => c.id)).toContain('xuelang_computing_center');
    // Every cell a platform turns from a gap to covered is one less gap; no cell loses a carrier.
    const turned = parksOnly.gaps.filter((g) => cov.cell(g.track, g.board).status === 'covered').length;
    expect(turned).toBeGreaterThan(0);
    expect(cov.counts.covered).toBe(parksOnly.counts.covered + turned);
    expect(cov.counts.target_without_carrier).toBe(parksOnly.counts.target_without_carrier - turned);
    for (const tr of cov.tracks) {
      for (const b of cov.boards) expect(cov.cell(tr.id, b).carriers.length).toBeGreaterThanOrEqual(parksOnly.cell(tr.id, b).carriers.length);
    }
    // As counted from the registers today (49 parks, 5 platforms with a board).
    expect(cov.counts).toEqual({ covered: 42, target_without_carrier: 127, carrier_without_target: 1, empty: 54 });
    // Each platform with a board serves a track its board sets a target for.
    expect(cov.unbacked.map((u) => u.carrier.id)).toEqual(['fosun_embodied_intelligence_park']);
  });

  it('the bundled data, parks only (the register did not load): gaps, unbacked parks and the one carrier-only cell', () => {
    const cov = buildCoverage(bundledPlannerData());
    // Parks serve 38 track × board pairs that have targets; most cluster targets have no named park.
    expect(cov.counts).toEqual({ covered: 38, target_without_carrier: 131, carrier_without_target: 1, empty: 54 });
    expect(cov.unbacked.map((u) => u.carrier.id)).toEqual(['fosun_embodied_intelligence_park']);
    expect(cov.cell('hydrogen_energy_storage', '320281').status).toBe('covered');
    // Xishan's Annex 2 row names humanoid robots as a focus, but no Xishan park names that track.
    expect(cov.cell('humanoid_robots', '320205').status).toBe('target_without_carrier');
    expect(parkCarriers(bundledPlannerData().parks.map((p) => p.props))).toHaveLength(49);
  });

  it('the 2026 stages and brand events name only tracks of the matrix', () => {
    const ids = new Set(cityTracks(taxonomy).map((t) => t.id));
    for (const id of MATURITY_2026.keys()) expect(ids.has(id), id).toBe(true);
    for (const e of FLAGSHIP_EVENTS) expect(ids.has(e.track), e.id).toBe(true);
  });
});
