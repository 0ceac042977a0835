/**
 * A table value with its unit, as a map label reads it: "2,200 亿元" in Chinese; in English 亿元 (100 million
 * yuan) becomes billions ("220 bn yuan"), the way English readers count money. Growth rates keep their "%".
 */
import type { Language } from '../store';

export interface ValueUnit {
  unit_zh: string;
  unit_en: string;
}

const number = (v: number, language: Language, digits = 1) =>
  v.toLocaleString(language === 'en' ? 'en' : 'zh-CN', { maximumFractionDigits: digits });

/** The number as shown (converted to the display unit) and the unit text after it ('' for none, '%' glued on). */
function parts(value: number, unit: ValueUnit | undefined, language: Language): [string, string] {
  if (!unit) return [number(value, language), ''];
  if (unit.unit_en === '%') return [number(value, language), '%'];
  if (unit.unit_en === 'not printed') return [number(value, language), ''];
  if (language === 'en') {
    if (unit.unit_zh === '亿元') return [number(value / 10, language, 2), ' bn yuan'];
    // "count" is the table's word for a plain number: "12", not "12 count".
    if (unit.unit_en === 'count') return [number(value, language), ''];
    return [number(value, language), ` ${unit.unit_en}`];
  }
  return [number(value, language), ` ${unit.unit_zh}`];
}

export function formatValue(value: number, unit: ValueUnit | undefined, language: Language): string {
  const [n, suffix] = parts(value, unit, language);
  return n + suffix;
}

/** "42–68 亿元" / "4.2–6.8 bn yuan": one unit for both ends. */
export function formatRange(min: number, max: number, unit: ValueUnit | undefined, language: Language): string {
  if (min === max) return formatValue(min, unit, language);
  const [a] = parts(min, unit, language);
  const [b, suffix] = parts(max, unit, language);
  return `${a}–${b}${suffix}`;
}
