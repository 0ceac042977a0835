import { describe, expect, it } from 'vitest';
import { parseNumber, toYi } from '../../src/import/validate/numbers';
import { parseDate } from '../../src/import/validate/fields';

describe('parseNumber', () => {
  it.each([
    ['1,200', 1200, null],
    ['1 200', 1200, null],
    ['1\u00a0200.5', 1200.5, null],
    ['12.5亿', 12.5, 'yi'],
    ['12.5 亿元', 12.5, 'yi'],
    ['3000万', 3000, 'wan'],
    ['3,000万元', 3000, 'wan'],
    ['１２', 12, null],
    ['１，２００．５', 1200.5, null],
    ['-3', -3, null],
    ['15%', 15, 'percent'],
    ['1e3', 1000, null],
  ])('%s → %s %s', (input, value, unit) => {
    expect(parseNumber(input)).toEqual({ kind: 'number', value, unit });
  });

  it('passes spreadsheet numbers through and rejects non-finite ones', () => {
    expect(parseNumber(42.5)).toEqual({ kind: 'number', value: 42.5, unit: null });
    expect(parseNumber(Number.NaN)).toEqual({ kind: 'invalid' });
    expect(parseNumber(Infinity)).toEqual({ kind: 'invalid' });
  });

  it.each(['', '   ', null, undefined])('empty: %s', (input) => expect(parseNumber(input)).toEqual({ kind: 'empty' }));

  it.each(['abc', '1,2', '12..5', '1,20,0', 'NaN', '--1', '亿'])('invalid: %s', (input) => {
    expect(parseNumber(input).kind).toBe('invalid');
  });

  it('reports units it does not accept instead of guessing', () => {
    expect(parseNumber('5亿美元')).toEqual({ kind: 'unknown_unit', unit: '亿美元' });
    expect(parseNumber('120 km2')).toEqual({ kind: 'unknown_unit', unit: 'km2' });
  });

  it('converts 万元 to 亿元 without float noise', () => {
    expect(toYi(3000, 'wan')).toBe(0.3);
    expect(toYi(12.5, 'yi')).toBe(12.5);
    expect(toYi(1, 'wan')).toBe(0.0001);
  });
});

describe('parseDate', () => {
  it.each([
    ['2024-03-15', '2024-03-15'],
    ['2024/3/5', '2024-03-05'],
    ['2024.3', '2024-03'],
    ['2024年3月15日', '2024-03-15'],
    ['2024年3月', '2024-03'],
    ['2024', '2024'],
    ['20240315', '2024-03-15'],
    [45366, '2024-03-15'],
  ])('%s → %s', (input, out) => expect(parseDate(input)).toBe(out));

  it.each(['2024-02-30', '2024-13', 'soon', '1800'])('rejects %s', (input) => expect(parseDate(input)).toBeUndefined());
  it('empty is null', () => expect(parseDate('')).toBeNull());
});
