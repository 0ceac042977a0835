/**
 * Indicators and target-table cells as timeline series, for the city, one board or one industry. Pure: the data
 * comes in as arguments, so tests give fixtures. Nothing is interpolated: a series holds only printed figures.
 */
import { columnHeader } from '../panels/lib/sources';
import type { TimelineSubject } from '../store/timeline-slice';
import type { BoardId, Disagreement, Indicator, IndicatorValue, SourceRef, TargetTable } from '../schema';


export interface SeriesPoint {
  year: number;
  value: number | null;
  qualifier: IndicatorValue['qualifier'];
  printed: string;
  source: SourceRef;
  /** "每年…": the figure holds for each year from `from` (null: the document names no first year) to `year`. */
  perYear?: IndicatorValue['per_year'];
  fact: boolean;
  /** Which indicator or table row it came from. */
  origin: string;
}

export interface Series {
  key: string;
  label_zh: string;
  label_en: string;
  unit_zh: string;
  unit_en: string;
  /** Which group it is listed under: an indicator set or a target table. */
  group: string;
  points: SeriesPoint[];
  disagreements: Disagreement[];
}

export interface TimelineData {
  indicators: readonly Indicator[];
  targetTables: readonly TargetTable[];
  disagreements: readonly Disagreement[];
}

/** Indicators of one scope that measure the same thing share this key (see the schema's `series`). */
export function seriesKey(indicator: Pick<Indicator, 'id' | 'series'>): string {
  return indicator.series ?? indicator.id.slice(indicator.id.lastIndexOf('.') + 1);
}

const byYear = (a: SeriesPoint, b: SeriesPoint) => a.year - b.year || Number(b.fact) - Number(a.fact);

/** Tables and main goals before the goals read from running text, so a shared series takes the table's name. */
const SET_ORDER: readonly Indicator['set'][] = [
  'jiangyin_indicators', 'jiangyin_body_targets', 'wp2024_city_goals', 'wp2024_task_targets', 'opinions_goals', 'plan2026_targets',
  // The digest is suggestions, not policy: a measure it shares with a plan is listed under the plan.
  'fyp15_facts',
];

function indicatorSeries(list: readonly Indicator[], all: readonly Disagreement[]): Series[] {
  const groups = new Map<string, Indicator[]>();
  const ordered = [...list].sort((a, b) => SET_ORDER.indexOf(a.set) - SET_ORDER.indexOf(b.set));
  for (const indicator of ordered) {
    const key = `${indicator.scope}.${seriesKey(indicator)}`;
    groups.set(key, [...(groups.get(key) ?? []), indicator]);
  }
  return [...groups.entries()].map(([key, members]) => {
    const first = members[0] as Indicator;
    const ids = new Set(members.map((m) => m.id));
    return {
      key,
      label_zh: first.label_zh,
      label_en: first.label_en,
      unit_zh: first.unit_zh,
      unit_en: first.unit_en,
      group: first.set,
      points: members.flatMap((m) => m.values.map((v): SeriesPoint => ({
        year: v.year, value: v.value, qualifier: v.qualifier, printed: v.printed, source: v.source,
        ...(v.per_year ? { perYear: v.per_year } : {}), fact: v.qualifier === 'fact', origin: m.id,
      }))).sort(byYear),
      disagreements: all.filter((d) => d.indicators.some((id) => ids.has(id))),
    };
  });
}

function tableSeries(tables: readonly TargetTable[], column: 'city' | BoardId, industry: string | null): Series[] {
  return tables.flatMap((table) => table.rows
    .filter((row) => (industry === null || row.industry === industry) && column in row.values)
    .map((row): Series => ({
      key: `${row.id}.${column}`,
      label_zh: row.label_zh,
      label_en: row.label_en,
      unit_zh: row.unit_zh,
      unit_en: row.unit_en,
      group: table.id,
      points: [{
        year: table.year, value: row.values[column] ?? null, qualifier: 'exact', printed: String(row.values[column] ?? '-'),
        source: { ...row.source, column: columnHeader(column) }, fact: false, origin: row.id,
      }],
      disagreements: [],
    })));
}

/**
 * The series for a subject. City: every city-wide indicator. Board: its own indicators (Jiangyin's table and
 * body text) and its column of the 2024 tables. Industry: the city column of the 2024 tables' rows for it.
 */
export function timelineSeries(subject: TimelineSubject, data: TimelineData): Series[] {
  if (subject.kind === 'city') return indicatorSeries(data.indicators.filter((i) => i.scope === 'city'), data.disagreements);
  if (subject.kind === 'board') {
    const own = subject.id === '320281' ? indicatorSeries(data.indicators.filter((i) => i.scope === 'jiangyin'), data.disagreements) : [];
    return [...own, ...tableSeries(data.targetTables, subject.id, null)];
  }
  return tableSeries(data.targetTables, 'city', subject.id);
}

/** The years a series spans, per-year periods included (for a shared axis). */
export function yearSpan(series: readonly Series[]): [number, number] | null {
  const years = series.flatMap((s) => s.points.flatMap((p) => [p.year, p.perYear?.from ?? p.year]));
  return years.length ? [Math.min(...years), Math.max(...years)] : null;
}
