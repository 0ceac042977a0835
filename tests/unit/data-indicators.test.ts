/**
 * Indicators and the documents' self-disagreements, checked against the source text cell by cell: every printed
 * phrase lies in the section it cites, holds the value, and says what the qualifier and the per-year mark say.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Disagreement, DocumentId, Indicator, IndicatorValue } from '../../src/schema';
import { DisagreementsSchema, IndicatorsSchema } from '../../src/schema';
import { DATA_DIR, readSource, sourcesAvailable } from '../../scripts/data/paths';
import { squash } from '../../scripts/data/text';
import { sectionText } from './data-source-refs';
import { seriesKey } from '../../src/timeline/series-model';

const read = (file: string): unknown => JSON.parse(readFileSync(resolve(DATA_DIR, file), 'utf8'));
const indicators: Indicator[] = IndicatorsSchema.parse(read('indicators.json'));
const disagreements: Disagreement[] = DisagreementsSchema.parse(read('disagreements.json'));
const haveSources = sourcesAvailable();
const handRead = indicators.filter((i) => i.set !== 'jiangyin_indicators');
const values = (list: Indicator[]) => list.flatMap((i) => i.values.map((v) => ({ i, v, who: `${i.id}@${v.year} "${v.printed}"` })));
const sectionOf = (document: DocumentId, section: string) => sectionText(readSource(document), section);

/** Numbers a printed phrase states: "1.5万" is 15000, "3万亿" 30000 (in 亿), a bare "万亿" 10000 (in 亿). */
export function printedNumbers(printed: string): number[] {
  const text = squash(printed);
  const found = [...text.matchAll(/(-?\d+(?:\.\d+)?)(万)?/g)].map((m) => Number(m[1]) * (m[2] ? 10000 : 1));
  if (/(^|[^\d])万亿/.test(text)) found.push(10000);
  return found;
}

/** The sentence of `section` up to the end of `printed` (from the last 。 or ；), or '' if it is not there. */
function sentenceUpTo(section: string, printed: string): string {
  const at = section.indexOf(squash(printed));
  if (at < 0) return '';
  const start = Math.max(section.lastIndexOf('。', at), section.lastIndexOf('；', at)) + 1;
  return section.slice(start, at + squash(printed).length);
}

describe('indicators against the source text', () => {
  it.skipIf(!haveSources)('each printed phrase lies in the section it cites', () => {
    const misplaced = values(handRead).filter(({ v }) => !sectionOf(v.source.document, v.source.section).includes(squash(v.printed)));
    expect(misplaced.map((x) => `${x.who} not in ${x.v.source.section}`)).toEqual([]);
  });

  it('each value is a number its printed phrase states; "-" and merged cells stay null, never 0', () => {
    const wrong = values(indicators).filter(({ v }) => v.value !== null && !printedNumbers(v.printed).includes(v.value));
    expect(wrong.map((x) => `${x.who} → ${String(x.v.value)}`)).toEqual([]);
    expect(values(indicators).filter(({ v }) => v.printed === '—' || v.printed === '-').every(({ v }) => v.value === null)).toBe(true);
  });

  it('qualifiers are what the words say: 左右 about, 以上/不少于/不低于 at least, 超/突破 over', () => {
    const bad = values(handRead).filter(({ v }) => {
      const p = squash(v.printed);
      if (v.qualifier === 'about') return !p.includes('左右');
      if (v.qualifier === 'at_least') return !/(?<!级)以上|不少于|不低于/.test(p);
      if (v.qualifier === 'over') return !/超|突破/.test(p);
      return p.includes('左右') && !/分别|、/.test(p);
    });
    expect(bad.map((x) => `${x.who}: ${x.v.qualifier}`)).toEqual([]);
  });

  it.skipIf(!haveSources)('a value is per-year exactly when its sentence says 每年 before it (平均每年 → average)', () => {
    const bad = values(handRead).filter(({ v }) => {
      const sentence = sentenceUpTo(sectionOf(v.source.document, v.source.section), v.printed);
      const saysEach = sentence.includes('每年');
      if (!v.per_year) return saysEach;
      return !saysEach || (v.per_year.basis === 'average') !== sentence.includes('平均每年');
    });
    expect(bad.map((x) => `${x.who}: per_year ${JSON.stringify(x.v.per_year)}`)).toEqual([]);
  });

  it('the 2026–2028 plan\'s yearly figures hold for 2026, 2027 and 2028, not once in 2028', () => {
    const perYear = indicators.filter((i) => i.document === 'plan2026' && i.values.some((v) => v.per_year)).map((i) => i.id).sort();
    expect(perYear).toEqual([
      'plan2026.bottleneck_breakthroughs_per_year', 'plan2026.capacity_investment_per_year', 'plan2026.capacity_projects_per_year',
      'plan2026.city_key_labs_per_year', 'plan2026.equipment_renewal_per_year', 'plan2026.sme_clusters_per_year',
      'plan2026.tech_firms_per_year', 'plan2026.tech_projects_per_year',
    ]);
    const spans = indicators.flatMap((i) => i.values).filter((v) => v.source.document === 'plan2026' && v.per_year).map((v) => `${v.per_year?.from}-${v.year}`);
    expect(new Set(spans)).toEqual(new Set(['2026-2028']));
  });

  it('carries the plan\'s 2028 goals and the opinions\' 2025 and 2030 goals that were missing', () => {
    const at = (id: string, year: number) => indicators.find((i) => i.id === id)?.values.filter((v) => v.year === year).map((v) => [v.value, v.qualifier]);
    expect(at('plan2026.future_little_giants', 2028)).toEqual([[15, 'exact']]);
    expect(at('plan2026.future_new_species_firms', 2028)).toEqual([[15, 'exact']]);
    expect(at('plan2026.key_parks', 2028)).toEqual([[60, 'about']]);
    expect(at('plan2026.jiangsu_premium_brands', 2028)).toEqual([[30, 'at_least']]);
    expect(at('plan2026.quality_centres', 2028)).toEqual([[3, 'exact']]);
    expect(at('plan2026.talent_firms', 2028)).toEqual([[1000, 'exact']]);
    expect(at('opinions.proof_of_concept_centres', 2025)).toEqual([[5, 'at_least']]);
    expect(at('opinions.future_innovation_platforms', 2030)).toEqual([[15, 'at_least']]);
    expect(at('opinions.key_technology_breakthroughs', 2030)).toEqual([[20, 'at_least']]);
    expect(at('opinions.future_chain_leaders', 2030)).toEqual([[5, 'at_least']]);
    expect(at('opinions.future_talent_teams', 2030)).toEqual([[40, 'at_least']]);
    expect(at('opinions.future_public_service_platforms', 2030)).toEqual([[30, 'at_least']]);
  });
});

/** What a stated target allows, as an interval; "about" within 5 %. */
function allowed(v: IndicatorValue): [number, number, boolean] {
  const x = v.value ?? NaN;
  if (v.qualifier === 'about') return [x * 0.95, x * 1.05, false];
  if (v.qualifier === 'at_least') return [x, Infinity, false];
  if (v.qualifier === 'over') return [x, Infinity, true];
  return [x, x, false];
}
/** Two statements agree when what one allows lies within what the other allows (870 within "more than 800"). */
function agree(a: IndicatorValue, b: IndicatorValue): boolean {
  const within = (p: IndicatorValue, q: IndicatorValue) => {
    const [pl, ph] = allowed(p);
    const [ql, qh, qOpen] = allowed(q);
    return (qOpen ? pl > ql : pl >= ql) && ph <= qh;
  };
  return within(a, b) || within(b, a);
}
const covers = (v: IndicatorValue, year: number) => v.year === year || (v.per_year !== undefined && year <= v.year && (v.per_year.from === null || year >= v.per_year.from));

describe('the documents\' self-disagreements', () => {
  it.skipIf(!haveSources)('every statement lies in the section it cites and names an existing value', () => {
    const ids = new Set(values(indicators).map(({ i, v }) => `${i.id}@${v.year}`));
    const bad = disagreements.flatMap((d) => d.statements.filter((s) => !sectionOf(s.source.document, s.source.section).includes(squash(s.printed))
      || (s.indicator_value !== undefined && !ids.has(s.indicator_value))).map((s) => `${d.id}: ${s.printed}`));
    expect(bad).toEqual([]);
  });

  it('every pair of targets for the same thing and year either agrees or is listed — and only such pairs are', () => {
    const targets = values(indicators).filter(({ v }) => v.qualifier !== 'fact' && v.value !== null);
    const clashes = new Set<string>();
    for (const a of targets) {
      for (const b of targets) {
        if (a === b || a.i.scope !== b.i.scope || seriesKey(a.i) !== seriesKey(b.i)) continue;
        const years = [a.v.year, b.v.year].filter((y) => covers(a.v, y) && covers(b.v, y));
        if (years.length && !agree(a.v, b.v)) clashes.add([a.i.id, b.i.id].sort().join(' / '));
      }
    }
    const listed = disagreements.filter((d) => d.kind !== 'name').map((d) => d.statements.map((st) => (st.indicator_value ?? '').split('@')[0]).sort().join(' / '));
    expect([...clashes].sort()).toEqual([...new Set(listed)].sort());
  });

  it('the scenario figures for 2030 and the unicorn tier are listed; "超800亿" against a table\'s 870 is not', () => {
    expect(disagreements.map((d) => d.id)).toEqual(expect.arrayContaining(['opinions_scenarios_2030', 'wp2024_unicorn_tier_name']));
    expect(disagreements.some((d) => d.statements.some((s) => s.printed.includes('超800亿')))).toBe(false);
    const text = indicators.find((i) => i.id === 'jiangyin2023.body.digital_core_scale')?.values[0];
    const table = indicators.find((i) => i.id === 'jiangyin2023.digital_core_scale')?.values.find((v) => v.year === 2025);
    expect(text && table && agree(text, table)).toBe(true);
  });

  it('summaries come in both languages and say which sections disagree', () => {
    for (const d of disagreements) {
      expect(d.summary_zh).toMatch(/[\u4e00-\u9fff]/);
      expect(d.summary_en).toMatch(/[a-z]/);
    }
  });
});
