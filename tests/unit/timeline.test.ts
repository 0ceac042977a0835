/**
 * The timeline's model, drawing and link key: series from the committed data, per-year targets drawn as a bar
 * over their years, "-" never drawn as zero, disagreements on the points they concern, `tl` round-trips.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DisagreementsSchema, IndicatorsSchema, TargetTablesSchema } from '../../src/schema';
import { DATA_DIR } from '../../scripts/data/paths';
import { timelineSeries, yearSpan, type Series, type TimelineData } from '../../src/timeline/series-model';
import { chartGeometry, hasChartMarks, isDisputed } from '../../src/timeline/chart-geometry';
import zhTimelineChart from '../../src/i18n/locales/zh/timeline-chart';
import enTimelineChart from '../../src/i18n/locales/en/timeline-chart';
import { decodeUrlState, defaultUrlState, encodeUrlState } from '../../src/url/url-state';

const read = (file: string): unknown => JSON.parse(readFileSync(resolve(DATA_DIR, file), 'utf8'));
const data: TimelineData = {
  indicators: IndicatorsSchema.parse(read('indicators.json')),
  targetTables: TargetTablesSchema.parse(read('targets-2024.json')),
  disagreements: DisagreementsSchema.parse(read('disagreements.json')),
};
const find = (list: Series[], key: string) => {
  const s = list.find((x) => x.key === key);
  if (!s) throw new Error(`no series ${key}`);
  return s;
};

describe('timeline series', () => {
  const city = timelineSeries({ kind: 'city' }, data);

  it('joins one measure across documents: a 2024 fact of the digest and the plan\'s 2028 target', () => {
    const s = find(city, 'city.high_tech_output_share');
    expect(s.points.map((p) => [p.year, p.value, p.fact])).toEqual([[2024, 53.1, true], [2028, 56, false]]);
    expect(find(city, 'city.future_industry_scale').points.map((p) => p.year)).toEqual([2027, 2028, 2030, 2035]);
  });

  it('keeps per-year targets per-year and qualifiers as data', () => {
    const p = find(city, 'city.capacity_projects_per_year').points;
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ year: 2028, value: 600, perYear: { from: 2026, basis: 'each_year' } });
    expect(find(city, 'city.future_talents_per_year').points[0]?.perYear).toEqual({ from: null, basis: 'average' });
    expect(find(city, 'city.key_parks').points[0]?.qualifier).toBe('about');
  });

  it('puts each disagreement on its series and marks only the points it concerns', () => {
    const scenarios = find(city, 'city.future_application_scenarios');
    expect(scenarios.disagreements.map((d) => d.id)).toEqual(['opinions_scenarios_2030']);
    expect(scenarios.points.filter((p) => isDisputed(scenarios, p))).toHaveLength(2);
    const jiangyin = timelineSeries({ kind: 'board', id: '320281' }, data);
    const talents = find(jiangyin, 'jiangyin.national_tech_talents');
    expect(talents.points.filter((p) => isDisputed(talents, p)).map((p) => [p.origin, p.year])).toEqual([
      ['jiangyin2023.national_tech_talents', 2023], ['jiangyin2023.body.national_tech_talents', 2025],
    ]);
    expect(find(jiangyin, 'jiangyin.digital_core_scale').disagreements).toEqual([]);
    expect(find(city, 'city.chain_leader_firms').disagreements).toEqual([]);
  });

  it('gives a board its column of the 2024 tables, "-" as null, and an industry the city column of its rows', () => {
    const xinwu = timelineSeries({ kind: 'board', id: '320214' }, data);
    expect(xinwu.every((s) => s.key.endsWith('.320214'))).toBe(true);
    expect(xinwu.some((s) => s.points[0]?.value === null)).toBe(true);
    expect(xinwu.some((s) => s.points[0]?.value === 0 && s.points[0]?.printed === '-')).toBe(false);
    const iot = timelineSeries({ kind: 'industry', id: 'iot' }, data);
    expect(find(iot, 'wp2024_annex1.iot.revenue_target.city').points[0]).toMatchObject({ year: 2024, source: { column: '全市' } });
  });
});

describe('timeline drawing', () => {
  const city = timelineSeries({ kind: 'city' }, data);
  const span = yearSpan(city) as [number, number];

  it('draws a per-year target as one bar over 2026–2028, not a dot in 2028', () => {
    const g = chartGeometry(find(city, 'city.tech_firms_per_year'), [2026, 2028]);
    expect(g.dots).toEqual([]);
    expect(g.bars).toHaveLength(1);
    const x = (year: number) => g.xTicks.find((t) => t.year === year)!.x;
    expect(g.bars[0]!.x1).toBeLessThan(x(2026));
    expect(g.bars[0]!.x2).toBeGreaterThan(x(2028));
  });

  it('draws "-" as a gap mark, not a value of zero, and facts and targets as separate lines', () => {
    const xinwu = timelineSeries({ kind: 'board', id: '320214' }, data);
    const dash = xinwu.find((s) => s.points[0]?.value === null)!;
    const g = chartGeometry(dash, [2024, 2024]);
    expect(g.dots).toEqual([]);
    expect(g.gaps).toHaveLength(1);
    const jiangyin = timelineSeries({ kind: 'board', id: '320281' }, data);
    const rd = chartGeometry(find(jiangyin, 'jiangyin.rd_intensity'), [2022, 2025]);
    expect(rd.factPath).toBeNull(); // one fact year only
    expect(rd.targetPath).toMatch(/^M/);
    expect(rd.xTicks.map((t) => t.year)).toEqual([2022, 2023, 2024, 2025]);
  });

  it('labels the last year and never crowds two year labels', () => {
    const g = chartGeometry(find(city, 'city.future_industry_scale'), span);
    expect(g.xTicks[g.xTicks.length - 1]?.year).toBe(span[1]);
    const gaps = g.xTicks.slice(1).map((t, i) => t.x - g.xTicks[i]!.x);
    expect(Math.min(...gaps)).toBeGreaterThan(30);
  });
});

describe('series without figures', () => {
  const jiangyin = timelineSeries({ kind: 'board', id: '320281' }, data);
  const highTech = find(jiangyin, 'jiangyin.high_tech_manufacturing_growth');

  it('a series stated only in words gets no chart (and says so in both languages); a figure or a dash does', () => {
    // 2022 actual -9.1 and a 2025 target in words ("年均增速高于规上工业增速"): the actual is drawn.
    expect(hasChartMarks(highTech)).toBe(true);
    expect(chartGeometry(highTech, [2022, 2025]).dots).toHaveLength(1);
    const wordsOnly = { ...highTech, points: highTech.points.filter((p) => p.value === null) };
    expect(wordsOnly.points.length).toBeGreaterThan(0);
    expect(hasChartMarks(wordsOnly)).toBe(false);
    const geometry = chartGeometry(wordsOnly, [2022, 2025]);
    expect(geometry.dots.length + geometry.bars.length + geometry.gaps.length).toBe(0);
    expect(hasChartMarks({ ...wordsOnly, points: [{ ...wordsOnly.points[0]!, printed: '-' }] })).toBe(true);
    expect(zhTimelineChart.noYearlyFigures).toMatch(/没有逐年数字/);
    expect(enTimelineChart.noYearlyFigures).toMatch(/^No yearly figures/);
  });

  it('every series the app shows either has marks to draw or is told apart by hasChartMarks', () => {
    const subjects = [{ kind: 'city' as const }, ...['320281', '320214', '320211'].map((id) => ({ kind: 'board' as const, id: id as never }))];
    for (const subject of subjects) {
      const list = timelineSeries(subject, data);
      const span = yearSpan(list)!;
      for (const series of list) {
        const g = chartGeometry(series, span);
        expect(g.dots.length + g.bars.length + g.gaps.length > 0, series.key).toBe(hasChartMarks(series));
      }
    }
  });
});

describe('timeline link key', () => {
  const ctx = { industryIds: new Set(['iot']), parkIds: new Set<string>() };
  it('round-trips city, board and industry; a link without it opens with no timeline', () => {
    for (const timeline of [{ kind: 'city' as const }, { kind: 'board' as const, id: '320281' as const }, { kind: 'industry' as const, id: 'iot' }]) {
      const { state, problems } = decodeUrlState(encodeUrlState({ ...defaultUrlState(), timeline }), ctx);
      expect(problems).toEqual([]);
      expect(state.timeline).toEqual(timeline);
    }
    expect(decodeUrlState('#v=1&lang=en', ctx).state.timeline).toBeUndefined();
    expect(encodeUrlState(defaultUrlState())).not.toContain('tl=');
  });
  it('reports an unknown subject and drops it', () => {
    const { state, problems } = decodeUrlState('#v=1&tl=board%3A999999', ctx);
    expect(problems).toContain('tl');
    expect(state.timeline).toBeUndefined();
  });
});

describe('timeline words', () => {
  it('says a dash as "no target" (or "no figure" for an actual) and keeps a target stated in words', async () => {
    const { valueText } = await import('../../src/timeline/point-text');
    const t = ((key: string, o?: Record<string, unknown>) => `${key}${o?.value !== undefined ? `:${String(o.value)}` : ''}`) as never;
    const jiangyin = timelineSeries({ kind: 'board', id: '320281' }, data);
    const growth = find(jiangyin, 'jiangyin.high_tech_manufacturing_growth').points;
    expect(valueText(growth.find((p) => p.year === 2025)!, 'zh', t)).toBe('“年均增速高于规上工业增速”');
    const patents = find(jiangyin, 'jiangyin.invention_patents_share').points;
    expect(valueText(patents.find((p) => p.year === 2022)!, 'zh', t)).toBe('timeline.noFigure');
    expect(chartGeometry({ ...find(jiangyin, 'jiangyin.high_tech_manufacturing_growth') }, [2022, 2025]).gaps).toEqual([]);
    const xinwu = timelineSeries({ kind: 'board', id: '320214' }, data).find((s) => s.points[0]?.value === null)!;
    expect(valueText(xinwu.points[0]!, 'zh', t)).toBe('timeline.legend.noTarget');
  });
});
