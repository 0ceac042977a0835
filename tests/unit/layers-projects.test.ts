/**
 * Imported projects and zones on the map (issue 5/6), with SYNTHETIC records built here by a seeded generator:
 * the column index filters exactly like the import pipeline's projectMatches, the GPU filter mask encodes the
 * same rule, chunked indexes concatenate to the whole one, heat data packs only kept projects, zones go through the one park filter, and the counts and the
 * URL codec know the new selection kinds.
 */
import { describe, expect, it } from 'vitest';
import type { ImportedProject, ImportedZone } from '../../src/schema';
import { boardIds, projectStages } from '../../src/schema/constants';
import { projectMatches } from '../../src/import/map-hooks';
import {
  buildProjectIndex,
  concatProjectIndexes,
  dayRange,
  keptHeatData,
  keptMask,
  keptProjects,
  projectIndexOf,
  projectRow,
  rememberProjectIndex,
  type ProjectFilterSpec,
} from '../../src/domain/project-index';
import { pointStyleOf, projectPointLayers } from '../../src/layers/imported-layers';
import { STAGE_RAMP, hexToRgba } from '../../src/layers/palette';
import { importedForBoard, importedForIndustry, zoneMatchesFilters } from '../../src/domain/imported';
import { recordRows } from '../../src/domain/project-rows';
import { DEFAULT_FILTERS, createAppStore } from '../../src/store';
import { decodeUrlState, encodeUrlState, defaultUrlState } from '../../src/url/url-state';
import { boundsOf } from '../../src/layers/bounds';
import { projectsInView } from '../../src/domain/export-selection';

const parentOf = (id: string) => (id === 'iov' ? 'iot' : undefined);
const INDUSTRIES = ['iot', 'iov', 'biomedicine', 'new_materials'];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function syntheticProjects(n: number, seed = 7): ImportedProject[] {
  const r = rng(seed);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  return Array.from({ length: n }, (_, i) => {
    const dated = r() < 0.8;
    const y = 2019 + Math.floor(r() * 6);
    const shape = Math.floor(r() * 3);
    const date = !dated ? null : shape === 0 ? `${y}` : shape === 1 ? `${y}-0${1 + Math.floor(r() * 9)}` : `${y}-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}`;
    return {
      id: `ds-test:${i + 2}`,
      origin: 'imported',
      name: `合成项目${i}`,
      industry: pick(INDUSTRIES),
      stage: pick(projectStages),
      investment_yi: r() < 0.1 ? null : Math.round(r() * 1000) / 10,
      date,
      board: r() < 0.1 ? null : pick(boardIds),
      lon: 120 + r() * 0.6,
      lat: 31.3 + r() * 0.5,
      location: r() < 0.3 ? { method: 'park', park_id: 'some_park', precision: 'town' } : { method: 'coordinates', crs: 'wgs84' },
      source_row: i + 2,
    } satisfies ImportedProject;
  });
}

const projects = syntheticProjects(600);
const index = buildProjectIndex(recordRows(projects));
const specs: ProjectFilterSpec[] = [
  { stages: [], industries: [], boards: [], dateFrom: null, dateTo: null },
  { stages: ['signed', 'at_capacity'], industries: [], boards: [], dateFrom: null, dateTo: null },
  { stages: [], industries: ['biomedicine'], boards: ['320214', '320281'], dateFrom: null, dateTo: null },
  { stages: [], industries: [], boards: [], dateFrom: '2021-03', dateTo: '2022' },
  { stages: ['started'], industries: ['new_materials'], boards: [], dateFrom: '2020-02-15', dateTo: null },
];

/** The pipeline's rule, with the park filter's sub-item rule added for industries (iov counts for iot). */
function reference(p: ImportedProject, spec: ProjectFilterSpec): boolean {
  const industries = spec.industries.length ? INDUSTRIES.filter((id) => spec.industries.includes(id) || spec.industries.includes(parentOf(id) ?? '')) : [];
  return projectMatches(p, { ...spec, industries });
}

describe('project index', () => {
  it('keeps exactly the projects projectMatches keeps', () => {
    for (const spec of specs) {
      const expected = projects.flatMap((p, i) => (reference(p, spec) ? [i] : []));
      expect(keptProjects(index, spec, parentOf)).toEqual(expected);
    }
  });

  it('counts a 车联网 project under an 物联网 filter', () => {
    const spec = { ...specs[0]!, industries: ['iot'] };
    const kept = keptProjects(index, spec, parentOf).map((i) => projects[i]!.industry);
    expect(new Set(kept)).toEqual(new Set(['iot', 'iov']));
  });

  it('packs only kept projects with an amount into the heat data, weights scaled to 0–1', () => {
    for (const spec of specs) {
      const kept = projects.filter((p) => reference(p, spec));
      const withAmount = kept.filter((p) => (p.investment_yi ?? 0) > 0);
      const data = keptHeatData(index, spec, parentOf);
      expect(data.length).toBe(withAmount.length);
      expect(data.skipped).toBe(kept.length - withAmount.length);
      expect(data.total).toBeCloseTo(withAmount.reduce((s, p) => s + p.investment_yi!, 0), 1);
      if (data.length) expect(Math.max(...data.weights)).toBe(1);
    }
  });

  it('gives the GPU filter a 0/1 mask that keeps exactly the kept projects', () => {
    for (const spec of specs) {
      const mask = keptMask(index, spec, parentOf);
      expect(mask).toHaveLength(projects.length);
      expect([...mask].flatMap((m, i) => (m === 1 ? [i] : []))).toEqual(keptProjects(index, spec, parentOf));
      expect([...mask].every((m) => m === 0 || m === 1)).toBe(true);
    }
  });

  it('filters any number of industries (no GPU category limit)', () => {
    const many = projects.slice(0, 80).map((p, i) => ({ ...p, industry: `ind_${i % 40}` }));
    const manyIndex = buildProjectIndex(recordRows(many));
    expect(manyIndex.industries).toHaveLength(40);
    const kept = keptMask(manyIndex, { ...specs[0]!, industries: ['ind_3', 'ind_39'] });
    expect([...kept].flatMap((m, i) => (m ? [many[i]!.industry] : []))).toEqual(['ind_3', 'ind_39', 'ind_3', 'ind_39']);
  });

  it('concatenates chunk indexes into the same index as one build (industry codes re-numbered)', () => {
    // Chunks whose first-seen industries differ, so each chunk numbers them differently.
    const chunks = [projects.slice(0, 7), projects.slice(7, 250), projects.slice(250)];
    const whole = concatProjectIndexes(chunks.map((c) => buildProjectIndex(recordRows(c))), recordRows(projects));
    const direct = buildProjectIndex(recordRows(projects));
    expect(whole.count).toBe(direct.count);
    expect(whole.withAmount).toBe(direct.withAmount);
    for (const key of ['positions', 'investment', 'stage', 'board', 'dateStart', 'dateEnd', 'fromPark'] as const) {
      expect([...whole[key]]).toEqual([...direct[key]]);
    }
    expect([...whole.industry].map((c) => whole.industries[c])).toEqual(projects.map((p) => p.industry));
    for (const spec of specs) expect(keptProjects(whole, spec, parentOf)).toEqual(keptProjects(direct, spec, parentOf));
    expect(() => concatProjectIndexes(chunks.map((c) => buildProjectIndex(recordRows(c))), recordRows(projects.slice(1)))).toThrow(/indexed rows/);
  });

  it('remembers one index per dataset\'s rows; an index built elsewhere is reused', () => {
    const list = recordRows(syntheticProjects(30, 11));
    const first = projectIndexOf(list);
    expect(projectIndexOf(list)).toBe(first);
    const other = syntheticProjects(30, 12);
    const otherRows = recordRows(other);
    const prebuilt = concatProjectIndexes([buildProjectIndex(recordRows(other.slice(0, 10))), buildProjectIndex(recordRows(other.slice(10)))], otherRows);
    rememberProjectIndex(prebuilt);
    expect(projectIndexOf(otherRows)).toBe(prebuilt);
    expect(projectRow(prebuilt, other[17]!.id)).toBe(17);
    expect(projectRow(prebuilt, 'nope')).toBe(-1);
  });

  it('packs point colours per project: stage colour filled, or hollow and ringed when placed at a park', () => {
    const style = pointStyleOf(index);
    expect(pointStyleOf(index)).toBe(style);
    for (const i of [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]) {
      const p = projects[i]!;
      const stageColour = hexToRgba(STAGE_RAMP[projectStages.indexOf(p.stage)]!);
      const fill = [...style.fill.slice(i * 4, i * 4 + 4)];
      const line = [...style.line.slice(i * 4, i * 4 + 4)];
      if (p.location.method === 'park') {
        expect(fill).toEqual([255, 255, 255, 255]);
        expect(line).toEqual(stageColour);
        expect(style.width[i]).toBe(2.5);
      } else {
        expect(fill).toEqual(stageColour);
        expect(style.width[i]).toBe(1);
      }
    }
  });

  it('gives deck.gl the same points data while the mask is unchanged or the points are hidden', () => {
    const local = buildProjectIndex(recordRows(syntheticProjects(50, 3)));
    const dataOf = (mask: Float32Array, visible: boolean) =>
      projectPointLayers({ index: local, mask, visible, selectedId: null })[0]!.props.data as { attributes: Record<string, { value: unknown }> };
    const a = keptMask(local, specs[0]!);
    const b = keptMask(local, specs[1]!);
    const shown = dataOf(a, true);
    expect(dataOf(a, true)).toBe(shown);
    expect(shown.attributes.getFilterValue!.value).toBe(a);
    // Hidden: a filter change keeps the old data (nothing to upload for a layer nobody sees)…
    expect(dataOf(b, false)).toBe(shown);
    // …and the current mask goes in as soon as the points show.
    const shownAgain = dataOf(b, true);
    expect(shownAgain).not.toBe(shown);
    expect(shownAgain.attributes.getFilterValue!.value).toBe(b);
    expect(shownAgain.attributes.getPosition!.value).toBe(local.positions);
  });

  it('reads partial dates as the whole period', () => {
    expect(dayRange('2024')[1] - dayRange('2024')[0]).toBe(365);
    expect(dayRange('2024-02')[1] - dayRange('2024-02')[0]).toBe(28);
    expect(dayRange('2024-02-10')[0]).toBe(dayRange('2024-02-10')[1]);
  });
});

const zone = (patch: Partial<ImportedZone>): ImportedZone => ({
  id: 'ds-z:2', origin: 'imported', name: '合成区', zone_kind: 'connected_zone', board: '320214', lead_industries: ['iov'],
  area_km2: 1, status: 'planned', geometry: { type: 'Point', coordinates: [120.4, 31.5] },
  location: { method: 'coordinates', crs: 'wgs84' }, source_row: 2, ...patch,
});

describe('imported zones and counts', () => {
  it('filters zones through the one park filter', () => {
    expect(zoneMatchesFilters(zone({}), { ...DEFAULT_FILTERS, industries: ['iot'] }, parentOf)).toBe(true);
    expect(zoneMatchesFilters(zone({}), { ...DEFAULT_FILTERS, industries: ['iot'] })).toBe(false);
    expect(zoneMatchesFilters(zone({}), { ...DEFAULT_FILTERS, categories: ['upgrade_zone'] })).toBe(false);
    expect(zoneMatchesFilters(zone({ zone_kind: 'extra_park' }), { ...DEFAULT_FILTERS, categories: ['connected_zone'] })).toBe(false);
    expect(zoneMatchesFilters(zone({ status: null }), { ...DEFAULT_FILTERS, statuses: ['planned'] })).toBe(false);
  });

  it('counts per board and per industry (sub-items included), apart from official data', () => {
    const zs = [zone({}), zone({ id: 'ds-z:3', zone_kind: 'upgrade_zone', board: '320281', lead_industries: ['new_materials'] })];
    const inBoard = projects.filter((p) => p.board === '320214');
    const board = importedForBoard(index, zs, '320214');
    expect(board.projects).toBe(inBoard.length);
    // Amounts are the records' own (exact), not the index's rounded copies.
    expect(board.investmentYi).toBe(inBoard.reduce((sum, p) => sum + (p.investment_yi ?? 0), 0));
    expect(board.projectsWithoutAmount).toBe(inBoard.filter((p) => p.investment_yi === null).length);
    expect(board.zonesByKind).toEqual({ connected_zone: 1 });
    const iot = importedForIndustry(index, zs, 'iot', parentOf);
    expect(iot.projects).toBe(projects.filter((p) => p.industry === 'iot' || p.industry === 'iov').length);
    expect(iot.zones).toBe(1);
    expect(importedForBoard(null, zs, '320281')).toMatchObject({ projects: 0, zones: 1 });
  });
});

describe('selection of imported records', () => {
  it('round-trips project/zone selections through the link and rejects malformed ids', () => {
    const ctx = { industryIds: new Set<string>(), parkIds: new Set<string>() };
    for (const selection of [{ kind: 'project', id: 'ds-abc-123:17' }, { kind: 'zone', id: 'ds-x:2' }] as const) {
      const hash = encodeUrlState({ ...defaultUrlState(), selection });
      expect(decodeUrlState(hash, ctx)).toEqual({ state: expect.objectContaining({ selection }), problems: [] });
    }
    const bad = decodeUrlState('#v=1&sel=project:<script>', ctx);
    expect(bad.state.selection).toBeNull();
    expect(bad.problems).toEqual(['sel']);
    const known = { ...ctx, importedIds: { projects: new Set(['ds-a:2']), zones: new Set<string>() } };
    expect(decodeUrlState('#v=1&sel=project:ds-b:2', known).problems).toEqual(['sel']);
  });

  it('clears a selected record when its dataset is removed', () => {
    const store = createAppStore();
    store.getState().select({ kind: 'project', id: 'ds-a:5' });
    store.getState().removeImportedDataset('ds-b');
    expect(store.getState().selection).toEqual({ kind: 'project', id: 'ds-a:5' });
    store.getState().removeImportedDataset('ds-a');
    expect(store.getState().selection).toBeNull();
  });

  it('finds the bounds to fit on a phone', () => {
    expect(
      boundsOf({
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [120.5, 31.4] } },
          { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[119.5, 31], [120, 31], [120, 32], [119.5, 31]]] } },
        ],
      }),
    ).toEqual([[119.5, 31], [120.5, 32]]);
  });
});

describe('export of what is on screen', () => {
  it('exports exactly the projects the map keeps under the current filters', () => {
    const filters = { ...DEFAULT_FILTERS, industries: ['iot'], boards: ['320214', '320281'] as const };
    const projectFilters = { stages: ['signed', 'started'] as ProjectFilterSpec['stages'], dateFrom: '2020', dateTo: null };
    const exported = projectsInView(recordRows(projects), { ...filters, boards: [...filters.boards] }, { ...projectFilters, stages: [...projectFilters.stages] }, parentOf);
    const spec = { ...projectFilters, industries: filters.industries, boards: filters.boards };
    expect(exported.length).toBeGreaterThan(0);
    expect(exported.length).toBeLessThan(projects.length);
    expect(exported.every((p) => reference(p, spec))).toBe(true);
    expect(exported.length).toBe(projects.filter((p) => reference(p, spec)).length);
  });

  it('exports every project when no filter is set', () => {
    const all = projectsInView(recordRows(projects), DEFAULT_FILTERS, { stages: [], dateFrom: null, dateTo: null }, parentOf);
    expect(all).toHaveLength(projects.length);
  });
});
