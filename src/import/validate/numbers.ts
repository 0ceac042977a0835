import { normaliseText } from '../read/text';

/** Units a number cell may carry. 'yi' = 亿(元), 'wan' = 万(元). */
export type NumberUnit = 'yi' | 'wan' | 'percent';

export type ParsedNumber =
  | { kind: 'empty' }
  | { kind: 'number'; value: number; unit: NumberUnit | null }
  | { kind: 'invalid' }
  | { kind: 'unknown_unit'; unit: string };

const UNIT_SUFFIXES: ReadonlyArray<readonly [RegExp, NumberUnit]> = [
  [/(亿元|亿)$/, 'yi'],
  [/(万元|万)$/, 'wan'],
  [/%$/, 'percent'],
];

// Plain number, or thousands grouped by "," / " " / "'" (1,200 · 1 200 · 1'200); optional sign, decimals, exponent.
const PLAIN = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
const GROUPED = /^[+-]?\d{1,3}([, ']\d{3})+(\.\d+)?$/;

/**
 * Parses the numbers people type into spreadsheets: "1,200", "1 200", "12.5亿", "3000万", "１２", "15%".
 * Spreadsheet cells that already are numbers pass through. Never throws.
 */
export function parseNumber(input: unknown): ParsedNumber {
  if (typeof input === 'number') return Number.isFinite(input) ? { kind: 'number', value: input, unit: null } : { kind: 'invalid' };
  if (typeof input !== 'string') return input === null || input === undefined ? { kind: 'empty' } : { kind: 'invalid' };
  const plain = plainDecimal(input);
  if (plain !== null) return { kind: 'number', value: plain, unit: null };
  let text = normaliseText(input).replace(/，/g, ',').replace(/。/g, '.').replace(/[−－]/g, '-');
  if (text === '') return { kind: 'empty' };
  let unit: NumberUnit | null = null;
  for (const [pattern, u] of UNIT_SUFFIXES) {
    if (pattern.test(text)) {
      unit = u;
      text = text.replace(pattern, '').trim();
      break;
    }
  }
  if (unit === null && !PLAIN.test(text)) {
    // A trailing non-numeric word (元, 美元, km2 …) is a unit we do not accept here.
    const m = /^([+\-\d., ']+)\s*([^\d\s.,+-].*)$/.exec(text);
    if (m?.[2] && /\d/.test(m[1] ?? '')) return { kind: 'unknown_unit', unit: m[2] };
  }
  let value: number;
  if (PLAIN.test(text)) value = Number(text);
  else if (GROUPED.test(text)) value = Number(text.replace(/[, ']/g, ''));
  else return { kind: 'invalid' };
  return Number.isFinite(value) ? { kind: 'number', value, unit } : { kind: 'invalid' };
}

/**
 * Fast path for what machines write ("120.3059", "-3", "12."): optional sign, ASCII digits, at most one dot,
 * nothing else. Exactly the cases the PLAIN pattern accepts without an exponent, so the result is the same as
 * the general path; anything else (spaces, units, grouping, full-width) returns null and takes the general path.
 */
export function plainDecimal(s: string): number | null {
  const value = spanDecimal(s, 0, s.length);
  return Number.isNaN(value) ? null : value;
}

/** Powers of ten that are exact doubles. */
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * plainDecimal of text.slice(from, to) without making that string, NaN where plainDecimal gives null: an optional
 * sign, ASCII digits, at most one dot, nothing else, at most 40 characters. With at
 * most 15 digits and 22 decimals, digits ÷ 10^decimals is one correctly rounded division of two exact doubles,
 * which is the number the text denotes, rounded once, as Number(text) gives it; longer texts go through Number.
 */
export function spanDecimal(text: string, from: number, to: number): number {
  const n = to - from;
  if (n === 0 || n > 40) return NaN;
  let i = from;
  const first = text.charCodeAt(from);
  const negative = first === 45;
  if (negative || first === 43) i += 1; // - +
  let value = 0;
  let digits = 0;
  let decimals = 0;
  let dot = false;
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      digits += 1;
      if (dot) decimals += 1;
    } else if (c === 46 && !dot) dot = true;
    else return NaN;
  }
  if (digits === 0) return NaN;
  if (digits > 15 || decimals > 22) return Number(text.slice(from, to));
  const abs = decimals === 0 ? value : value / (POW10[decimals] as number);
  return negative ? -abs : abs;
}

/** 亿元 from a value in its declared unit. */
export function toYi(value: number, unit: 'yi' | 'wan'): number {
  // Round to 1e-8 亿 (= 1 元) so 3000万 → 0.3 exactly rather than 0.30000000000000004.
  return unit === 'yi' ? value : Math.round((value / 10_000) * 1e8) / 1e8;
}
