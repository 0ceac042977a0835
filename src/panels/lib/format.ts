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

const amountFormatters = new Map<string, Intl.NumberFormat>();

/** Up to four decimals: rescaling (536.1 亿 → 53.61 billion) moves the point, never drops a printed digit. */
function formatAmount(value: number, language: Language): string {
  const locale = localeOf(language);
  let f = amountFormatters.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: 4 });
    amountFormatters.set(locale, f);
  }
  return f.format(value);
}

/**
 * An amount given in 亿元 (10^8 yuan) as a reader says it. Chinese keeps 亿元, and 万亿元 from 10,000 亿 on
 * ("536.1亿元", "1.2万亿元"). English has no word for 10^8: "53.61 billion yuan", "800 million yuan",
 * "1.2 trillion yuan" — not "536.1 × 100 million yuan".
 */
export function formatYuanYi(valueYi: number, language: Language): string {
  const size = Math.abs(valueYi);
  if (language === 'zh') return size >= 10_000 ? `${formatAmount(valueYi / 10_000, language)}万亿元` : `${formatNumber(valueYi, language)}亿元`;
  if (size >= 10_000) return `${formatAmount(valueYi / 10_000, language)} trillion yuan`;
  if (size >= 10) return `${formatAmount(valueYi / 10, language)} billion yuan`;
  return `${formatAmount(valueYi * 100, language)} million yuan`;
}

/** The documents' 亿元 unit (Chinese, English as stored in data/). */
function isYi(unit: { zh: string; en: string }): boolean {
  return unit.zh === '亿元';
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
  if (isYi(unit)) return { kind: 'value', value, text: formatYuanYi(value, language) };
  return { kind: 'value', value, text: withUnit(number, language === 'zh' ? unit.zh : unit.en, language) };
}
