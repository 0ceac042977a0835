import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { quoteFreeRows } from '../../src/import/read/quote-free-rows';

/** What the import did before with papaparse on a quote-free piece: its rows, greedy blank rows dropped. */
function papaRows(text: string, delimiter: string, newline: '\n' | '\r\n'): string[][] {
  const result = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimiter, newline });
  return result.data.filter((r) => Array.isArray(r) && r.some((f) => /\S/.test(f)));
}

const CHARS = ['a', '无', '1', '.', ' ', '\t', '\r', '\n', '\r\n', ',', ';', '|', '\u3000', '\u00a0', '\u200b', '\ufeff', '\u2028'];

describe('quote-free CSV rows', () => {
  it('are the rows papaparse gives for the same quote-free text (blank rows dropped), for any text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...CHARS), { maxLength: 80 }).map((a) => a.join('')),
        fc.constantFrom(',', ';', '\t', '|'),
        fc.constantFrom('\n' as const, '\r\n' as const),
        (text, delimiter, newline) => {
          expect(quoteFreeRows(text, 0, text.length, delimiter, newline)).toEqual(papaRows(text, delimiter, newline));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('read only the range asked for, as papaparse reads that slice', () => {
    const text = 'a,b\n\ufeffc,d\n \n e ,f\r\ng,h\n';
    const start = text.indexOf('\ufeff');
    const end = text.indexOf('g');
    expect(quoteFreeRows(text, start, end, ',', '\n')).toEqual(papaRows(text.slice(start, end), ',', '\n'));
    expect(quoteFreeRows(text, start, end, ',', '\n')).toEqual([['c', 'd'], [' e ', 'f\r']]);
  });
});
