/**
 * Where a series' marks go in its small chart: pure numbers and SVG path strings from d3-scale and d3-shape, so
 * tests check the drawing's meaning (a per-year target is a bar over its years; "-" is no mark at zero).
 */
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { Series, SeriesPoint } from './series-model';

export const CHART = { width: 320, height: 132, left: 40, right: 12, top: 16, bottom: 22 } as const;

export interface Dot { point: SeriesPoint; cx: number; cy: number; disputed: boolean }
export interface Bar { point: SeriesPoint; x1: number; x2: number; y: number; openStart: boolean; disputed: boolean }
export interface Gap { point: SeriesPoint; x: number }
export interface Geometry {
  dots: Dot[];
  bars: Bar[];
  /** Years the document prints "-" for: drawn as a mark below the axis, never as a value of 0. */
  gaps: Gap[];
  factPath: string | null;
  targetPath: string | null;
  xTicks: { year: number; x: number }[];
  yTicks: { value: number; y: number }[];
  baselineY: number;
}

/**
 * Whether a point is one side of a recorded disagreement: a statement names its value; where one indicator holds
 * two values for the year (two sections of one document), the statement's printed words pick the point.
 */
export function isDisputed(series: Series, point: SeriesPoint): boolean {
  const key = `${point.origin}@${point.year}`;
  const shared = series.points.filter((p) => `${p.origin}@${p.year}` === key).length > 1;
  return series.disagreements.some((d) => d.statements.some((s) => s.indicator_value === key && (!shared || s.printed === point.printed)));
}

/** A printed dash ("-", "－" …): the document says "no target" for that year. */
const DASH = /^[-－—–]$/;

/**
 * Whether a series has anything to draw: a number, or a dash marked as a gap. A series stated only in words
 * gets no chart (an empty frame would read as "no data"); its points are listed as text.
 */
export function hasChartMarks(series: Series): boolean {
  return series.points.some((p) => p.value !== null || DASH.test(p.printed.trim()));
}

export function chartGeometry(series: Series, span: [number, number]): Geometry {
  const { width, height, left, right, top, bottom } = CHART;
  const x = scaleLinear().domain([span[0] - 0.5, span[1] + 0.5]).range([left, width - right]);
  const numbers = series.points.flatMap((p) => (p.value === null ? [] : [p.value]));
  const lo = Math.min(0, ...numbers);
  const hi = Math.max(0, ...numbers);
  const y = scaleLinear().domain([lo, hi === lo ? lo + 1 : hi]).nice(4).range([height - bottom, top]);
  const half = Math.max(4, (x(1) - x(0)) / 2 - 2);

  const dots: Dot[] = [];
  const bars: Bar[] = [];
  const gaps: Gap[] = [];
  for (const point of series.points) {
    const disputed = isDisputed(series, point);
    if (point.value === null) {
      // A dash is marked; a target stated in words (a merged cell) has no number to draw and is listed below.
      if (DASH.test(point.printed.trim())) gaps.push({ point, x: x(point.year) });
    }
    else if (point.perYear) {
      const from = point.perYear.from ?? point.year;
      bars.push({ point, x1: x(from) - half, x2: x(point.year) + half, y: y(point.value), openStart: point.perYear.from === null, disputed });
    } else dots.push({ point, cx: x(point.year), cy: y(point.value), disputed });
  }

  const path = line<Dot>().x((d) => d.cx).y((d) => d.cy);
  const firstPerYear = (list: Dot[]) => list.filter((d, i) => list.findIndex((e) => e.point.year === d.point.year) === i);
  const facts = firstPerYear(dots.filter((d) => d.point.fact));
  const lastFact = facts[facts.length - 1];
  const targets = firstPerYear(dots.filter((d) => !d.point.fact && (!lastFact || d.point.year > lastFact.point.year)));
  const targetLine = lastFact && targets.length ? [lastFact, ...targets] : targets;

  const years = span[1] - span[0];
  const step = years > 12 ? 5 : years > 6 ? 2 : 1;
  // Counted back from the last year, so the last year is labelled and no two labels crowd each other.
  const xTicks: Geometry['xTicks'] = [];
  for (let year = span[1]; year >= span[0]; year -= step) xTicks.unshift({ year, x: x(year) });

  return {
    dots,
    bars,
    gaps,
    factPath: facts.length > 1 ? path(facts) : null,
    targetPath: targetLine.length > 1 ? path(targetLine) : null,
    xTicks,
    yTicks: y.ticks(3).map((value) => ({ value, y: y(value) })),
    baselineY: y(0),
  };
}
