import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { buildCoverage, buildQaInput } from '../../src/planner/planner-data';
import { runQa } from '../../src/planner/qa/run-qa';
import { QA_CHECKS } from '../../src/planner/qa/checks';
import { QA_CSV_HEADER, qaLinkFragment, qaToCsv } from '../../src/planner/qa/qa-csv';
import { lacksEnglish } from '../../src/planner/qa/checks/missing-english';
import { sumAllowances } from '../../src/planner/sum-allowances';
import { disagreements } from '../../src/data/disagreements';
import { createContainment } from '../../src/import/validate/containment';
import type { DistrictFeatures } from '../../src/import/validate/reference';
import type { QaCheck } from '../../src/planner/qa/types';
import { decodeUrlState } from '../../src/url/url-state';
import { resources } from '../../src/i18n/resources';
import zhPlanner from '../../src/i18n/locales/zh/planner';
import enPlanner from '../../src/i18n/locales/en/planner';
import { bundledPlannerData, districtsGeo, platformRecords } from './planner-fixture';
import { platformCarriers } from '../../src/planner/coverage-sources';

const containment = createContainment(districtsGeo as unknown as DistrictFeatures);
const locate = (lon: number, lat: number) => containment.locate(lon, lat);

/** As the app runs it: parks and the platform register (`platforms: []` = the register did not load). */
function run(data = bundledPlannerData(), platforms = platformRecords) {
  const coverage = buildCoverage(data, { carriers: platformCarriers(platforms) });
  return runQa(buildQaInput(data, coverage, sumAllowances, locate, platforms));
}
const countOf = (results: ReturnType<typeof run>, id: string) => results.find((r) => r.check.id === id)!.items.length;

describe('planner QA checks on the bundled data', () => {
  const results = run();
  it('counts what the registers hold today', () => {
    expect(countOf(results, 'approximate_position')).toBe(49); // no park has a published site yet
    expect(countOf(results, 'no_lead_industry')).toBe(11); // the 11 parks data/PARKS.md lists
    expect(countOf(results, 'site_outside_board')).toBe(0);
    expect(countOf(results, 'sum_mismatch')).toBe(3); // data/sum-allowances.json
    expect(countOf(results, 'target_without_carrier')).toBe(127); // 131 with parks only; 4 cells carried by platforms
    expect(countOf(results, 'park_without_target')).toBe(1);
    expect(countOf(results, 'platform_without_target')).toBe(0);
    expect(countOf(results, 'missing_english')).toBe(0);
  });

  it('platforms take gaps off the list; without the register the list is the parks-only one', () => {
    const parksOnly = run(bundledPlannerData(), []);
    const gapKey = (i: { link: unknown }) => JSON.stringify(i.link);
    const withPlatforms = new Set(results.find((r) => r.check.id === 'target_without_carrier')!.items.map(gapKey));
    const without = parksOnly.find((r) => r.check.id === 'target_without_carrier')!.items.map(gapKey);
    expect(without.length).toBeGreaterThan(withPlatforms.size);
    expect([...withPlatforms].every((k) => without.includes(k))).toBe(true);
    expect(withPlatforms.has(JSON.stringify({ kind: 'cell', industry: 'artificial_intelligence', board: 'wxjk' }))).toBe(false);
    expect(without).toContain(JSON.stringify({ kind: 'cell', industry: 'artificial_intelligence', board: 'wxjk' }));
    const detail = results.find((r) => r.check.id === 'target_without_carrier')!.items[0]!.detail;
    expect(detail.zh).toContain('无园区或平台承载');
    expect(detail.en).toContain('no park or platform on this board serves it');
  });

  it('each sum mismatch names the row and leads to its industry', () => {
    const items = results.find((r) => r.check.id === 'sum_mismatch')!.items;
    expect(items.map((i) => i.link)).toEqual([
      { kind: 'industry', id: 'biomedicine' },
      { kind: 'industry', id: 'iov' },
      { kind: 'industry', id: 'automotive_parts' },
    ]);
    expect(items[0]!.detail.zh).toContain('2313');
    expect(items[0]!.detail.en).toContain('2300');
  });

  it('lists every recorded disagreement of the documents, citing both statements and leading to the timeline', () => {
    const items = results.find((r) => r.check.id === 'documents_disagree')!.items;
    expect(items).toHaveLength(disagreements.length);
    const scenarios = items.find((i) => i.subject.zh.includes('融合应用场景'))!;
    expect(scenarios.detail.zh).toContain('一(三)');
    expect(scenarios.detail.zh).toContain('三(二)2');
    expect(scenarios.link).toEqual({ kind: 'timeline', subject: { kind: 'city' } });
    expect(items.find((i) => i.detail.en.includes('Jiangyin'))?.link).toEqual({ kind: 'timeline', subject: { kind: 'board', id: '320281' } });
    expect(qaLinkFragment(scenarios.link)).toBe('#v=1&tl=city');
  });

  it('a disagreement added to the record is listed; none recorded, none listed', () => {
    const data = bundledPlannerData();
    const coverage = buildCoverage(data);
    const none = runQa(buildQaInput(data, coverage, sumAllowances, locate, [], []));
    expect(none.find((r) => r.check.id === 'documents_disagree')!.items).toEqual([]);
    const one = runQa(buildQaInput(data, coverage, sumAllowances, locate, [], disagreements.slice(0, 1)));
    expect(one.find((r) => r.check.id === 'documents_disagree')!.items).toHaveLength(1);
  });

  it('a target without a carrier leads to its matrix cell', () => {
    const item = results.find((r) => r.check.id === 'target_without_carrier')!.items.find((i) => i.link?.kind === 'cell' && i.link.industry === 'humanoid_robots' && i.link.board === '320205');
    expect(item?.subject).toEqual({ zh: '人形机器人 · 锡山区', en: expect.stringContaining('Humanoid robots') });
  });
});

describe('planner QA checks on changed data', () => {
  it('a park given a site drops out of the precision list; a site in another board is flagged', () => {
    const data = bundledPlannerData();
    const parks = data.parks.map((p) =>
      p.props.id === 'jiangyin_ic_park'
        ? // Jiangyin's park put at a point in Yixing's board label point.
          { props: { ...p.props, precision: 'site' as const, site: { origin: 'user' as const, source: { title: 't' } } }, point: data.boards.find((b) => b.id === '320282')!.label_point }
        : p,
    );
    const results = run({ ...data, parks });
    expect(countOf(results, 'approximate_position')).toBe(48);
    const outside = results.find((r) => r.check.id === 'site_outside_board')!.items;
    expect(outside).toHaveLength(1);
    expect(outside[0]!.detail.zh).toContain('宜兴');
    expect(outside[0]!.detail.en).toContain('your site register');
  });

  it('a park of 无锡经开区 with a site in 滨湖 or 新吴 is inside its board', () => {
    const data = bundledPlannerData();
    const binhu = data.boards.find((b) => b.id === '320211')!.label_point;
    const parks = data.parks.map((p) => (p.props.board === 'wxjk' ? { props: { ...p.props, precision: 'site' as const }, point: binhu } : p));
    expect(countOf(run({ ...data, parks }), 'site_outside_board')).toBe(0);
  });

  it('naming a lead industry or a missing English name changes the counts', () => {
    const data = bundledPlannerData();
    const parks = data.parks.map((p) =>
      p.props.id === 'dongfang_space_park' ? { ...p, props: { ...p.props, lead_industries: ['commercial_space'] } } : p.props.id === 'micro_nano_park' ? { ...p, props: { ...p.props, name_en: '微纳园' } } : p,
    );
    const results = run({ ...data, parks });
    expect(countOf(results, 'no_lead_industry')).toBe(10);
    expect(countOf(results, 'missing_english')).toBe(1);
    expect(lacksEnglish('  ')).toBe(true);
    expect(lacksEnglish('6G')).toBe(false);
  });

  it('a platform on a board that sets no target for what it serves is listed and leads to the platform', () => {
    const data = bundledPlannerData();
    const board = 'wxjk';
    const parksOnly = buildCoverage(data);
    const untargeted = parksOnly.tracks.find((tr) => parksOnly.cell(tr.id, board).targets.length === 0)!;
    const base = platformRecords.find((p) => p.board === board)!;
    const platforms = [...platformRecords, { ...base, id: 'test_platform', name_zh: '测试平台', name_en: 'Test platform', serves: [untargeted.id] }];
    const items = run(data, platforms).find((r) => r.check.id === 'platform_without_target')!.items;
    expect(items.map((i) => i.link)).toEqual([{ kind: 'platform', id: 'test_platform' }]);
    expect(items[0]!.subject).toEqual({ zh: '测试平台', en: 'Test platform' });
    expect(qaLinkFragment(items[0]!.link)).toBe('#v=1&sel=platform:test_platform');
  });

  it('a registered check runs with the others (one module, one line)', () => {
    const extra: QaCheck = { id: 'extra', severity: 'note', run: () => [{ check: 'extra', severity: 'note', subject: { zh: '甲', en: 'A' }, detail: { zh: '乙', en: 'B' }, link: null }] };
    const data = bundledPlannerData();
    const results = runQa(buildQaInput(data, buildCoverage(data), sumAllowances, locate), [...QA_CHECKS, extra]);
    expect(results.at(-1)!.items).toHaveLength(1);
  });
});

describe('QA CSV', () => {
  const title = (id: string, lng: 'zh' | 'en') => (lng === 'zh' ? zhPlanner : enPlanner).qa.check[id as keyof typeof zhPlanner.qa.check];
  it('one row per item, both languages, a link that the app opens', () => {
    const results = run();
    const csv = qaToCsv(results, title, 'https://map.example/');
    expect(csv.startsWith('\ufeff')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.data[0]).toEqual(QA_CSV_HEADER);
    expect(parsed.data).toHaveLength(1 + results.reduce((n, r) => n + r.items.length, 0));
    const noLead = parsed.data.filter((r) => r[0] === 'no_lead_industry');
    expect(noLead).toHaveLength(11);
    expect(noLead[0]![1]).toBe('园区未写明主导产业');
    expect(noLead[0]![2]).toBe('Parks with no lead industry named');
    const link = noLead[0]![8]!;
    expect(link.startsWith('https://map.example/#')).toBe(true);
    const ctx = { industryIds: new Set(data().taxonomy.map((i) => i.id)), parkIds: new Set(data().parks.map((p) => p.props.id)) };
    const decoded = decodeUrlState(link.slice(link.indexOf('#')), ctx);
    expect(decoded.problems).toEqual([]);
    expect(decoded.state.selection?.kind).toBe('park');
    const cell = decodeUrlState(qaLinkFragment({ kind: 'cell', industry: 'iot', board: '320282' }), ctx);
    expect(cell.problems).toEqual([]);
    expect(cell.state.filters).toMatchObject({ industries: ['iot'], boards: ['320282'] });
  });

  it('guards text that a spreadsheet would run as a formula', () => {
    const results = [{ check: QA_CHECKS[0]!, items: [{ check: 'x', severity: 'gap' as const, subject: { zh: '=SUM(A1)', en: '+1' }, detail: { zh: '-', en: '@x' }, link: null }] }];
    const rows = Papa.parse<string[]>(qaToCsv(results, title).slice(1), { skipEmptyLines: true }).data;
    expect(rows[1]!.slice(4, 8)).toEqual(["'=SUM(A1)", "'+1", "'-", "'@x"]);
  });
});

describe('planner strings', () => {
  it('English has every key of Chinese (the lazy planner strings and the header entry)', () => {
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));
    expect(keys(enPlanner).sort()).toEqual(keys(zhPlanner).sort());
    expect(keys(resources.en.translation.plannerEntry).sort()).toEqual(keys(resources.zh.translation.plannerEntry).sort());
    for (const check of QA_CHECKS) expect(zhPlanner.qa.check).toHaveProperty(check.id);
  });
});

const data = bundledPlannerData;
