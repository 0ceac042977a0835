/** A series point as words: the qualifier kept ("about 50", "at least 15"), per-year targets said as such. */
import type { TFunction } from 'i18next';
import type { Language } from '../store';
import { formatNumber } from '../panels/lib/format';
import type { SeriesPoint } from './series-model';

export type PointKind = 'fact' | 'target' | 'perYear';

export function pointKind(point: SeriesPoint): PointKind {
  return point.fact ? 'fact' : point.perYear ? 'perYear' : 'target';
}

/** The document prints a dash: no target set (or, for an actual figure, none given) — never 0. */
export function isDash(point: SeriesPoint): boolean {
  return /^[-－—–]$/.test(point.printed.trim());
}

/** The value with its qualifier; a dash reads as "no target" / "no figure", never as 0; words stay as printed. */
export function valueText(point: SeriesPoint, language: Language, t: TFunction): string {
  if (point.value === null) {
    if (!isDash(point)) return `“${point.printed}”`;
    return point.fact ? t('timeline.noFigure') : t('timeline.legend.noTarget');
  }
  const value = t(`timeline.qualifier.${point.qualifier}`, { value: formatNumber(point.value, language) });
  if (!point.perYear) return value;
  const span = point.perYear.basis === 'average'
    ? t('timeline.perYear.average', { to: point.year })
    : point.perYear.from === null
      ? t('timeline.perYear.eachOpen', { to: point.year })
      : t('timeline.perYear.each', { from: point.perYear.from, to: point.year });
  return `${span} ${value}`;
}

/** When the point is: its year, or the span of a per-year target. */
export function yearText(point: SeriesPoint): string {
  if (point.perYear?.from != null) return `${point.perYear.from}–${point.year}`;
  return String(point.year);
}
