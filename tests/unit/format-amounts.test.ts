import { describe, expect, it } from 'vitest';
import { formatCell, formatYuanYi } from '../../src/panels/lib/format';

const YI = { zh: '亿元', en: '100 million yuan' };
const PERCENT = { zh: '%', en: '%' };

describe('amounts in 亿元 as a reader says them', () => {
  it('Chinese keeps 亿元, tight, and switches to 万亿元 from 10,000 亿', () => {
    expect(formatYuanYi(536.1, 'zh')).toBe('536.1亿元');
    expect(formatYuanYi(2200, 'zh')).toBe('2,200亿元');
    expect(formatYuanYi(12_000, 'zh')).toBe('1.2万亿元');
    expect(formatYuanYi(10_000, 'zh')).toBe('1万亿元');
  });

  it('English says billion / million / trillion yuan, never "× 100 million yuan"', () => {
    expect(formatYuanYi(536.1, 'en')).toBe('53.61 billion yuan');
    expect(formatYuanYi(10, 'en')).toBe('1 billion yuan');
    expect(formatYuanYi(5, 'en')).toBe('500 million yuan');
    expect(formatYuanYi(0.35, 'en')).toBe('35 million yuan');
    expect(formatYuanYi(12_000, 'en')).toBe('1.2 trillion yuan');
    expect(formatYuanYi(2200, 'en')).toBe('220 billion yuan');
  });

  it('moves the decimal point without dropping a printed digit', () => {
    expect(formatYuanYi(1234.56, 'en')).toBe('123.456 billion yuan');
    expect(formatYuanYi(12_345.67, 'zh')).toBe('1.2346万亿元');
  });

  it('table cells in 亿元 use it; other units and "-" are unchanged', () => {
    expect(formatCell(536.1, YI, 'zh')).toMatchObject({ kind: 'value', text: '536.1亿元' });
    expect(formatCell(536.1, YI, 'en')).toMatchObject({ kind: 'value', value: 536.1, text: '53.61 billion yuan' });
    expect(formatCell(536.1, null, 'en')).toMatchObject({ text: '536.1' });
    expect(formatCell(null, YI, 'en')).toEqual({ kind: 'no_target' });
  });

  it('percentages stay tight in both languages', () => {
    expect(formatCell(12.5, PERCENT, 'zh')).toMatchObject({ text: '12.5%' });
    expect(formatCell(12.5, PERCENT, 'en')).toMatchObject({ text: '12.5%' });
  });
});
