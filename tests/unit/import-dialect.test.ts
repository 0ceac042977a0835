import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseCsvPieces } from '../../src/import/read/csv';

/**
 * The CSV dialect (line break and delimiter) is guessed on a bounded sample with papaparse's own rules; whatever
 * the mix of line breaks, delimiters and blank lines, the rows must be exactly those of papaparse guessing on the
 * whole text.
 */
const field = fc.stringMatching(/^[a-z0-9 项目物联网.\-]{0,6}$/);
const linebreak = fc.constantFrom('\n', '\r\n', '\r');

describe('CSV dialect guess', () => {
  it('gives the same rows as papaparse guessing on the whole text (mixed line breaks, delimiters, blank lines)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(',', ';', '\t', '|'),
        fc.array(fc.tuple(fc.array(field, { minLength: 1, maxLength: 5 }), linebreak), { minLength: 1, maxLength: 120 }),
        (delimiter, lines) => {
          const text = lines.map(([cells, br]) => cells.join(delimiter) + br).join('');
          const ours = [...parseCsvPieces(text)].flatMap((p) => p.rows);
          const whole = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t', '|'] }).data;
          expect(ours).toEqual(whole);
        },
      ),
      { numRuns: 300 },
    );
  });
});
