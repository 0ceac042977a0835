import type { CellValue } from '../../schema';
import type { Language } from '../../store';
import { localeOf } from './names';

/**
 * A table cell as the UI shows it. The documents print "-" where a board has no target; that is
 * data (null) and must read differently from 0 and from a column the table does not print at all.
 */
export type CellDisplay =
  | { kind: 'value'; value: number; text: string }
  | { kind: 'no_target' }
  | { kind: 'not_printed' };

const formatters = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, language: Language): string {
  const locale = localeOf(language);
  let f = formatters.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    formatters.set(locale, f);
  }
  return f.format(value);
}

/** Units that read worse than a bare number ("120 count") or that the document does not print. */
const SILENT_UNITS = new Set(['count', 'not printed', '未注明']);

/** Number plus unit: Chinese sets units tight ("1,200亿元"); "%" is always tight. */
export function withUnit(text: string, unit: string, language: Language): string {
  if (!unit || SILENT_UNITS.has(unit)) return text;
  if (unit === '%' || language === 'zh') return `${text}${unit}`;
  // English: a one-word unit after a space ("5 events"), a phrase in brackets ("56 (100 million yuan)").
  return unit.includes(' ') ? `${text} (${unit})` : `${text} ${unit}`;
}

/** `unit: null` = bare number, for tables and charts whose header already names the unit. */
export function formatCell(
  value: CellValue | undefined,
  unit: { zh: string; en: string } | null,
  language: Language,
): CellDisplay {
  if (value === undefined) return { kind: 'not_printed' };
  if (value === null) return { kind: 'no_target' };
  const number = formatNumber(value, language);
  if (!unit) return { kind: 'value', value, text: number };
  return { kind: 'value', value, text: withUnit(number, language === 'zh' ? unit.zh : unit.en, language) };
}
