/**
 * CSV export → import gives back the same names, for any text: the export guards formula-like cells
 * (= + - @, tab, CR) with an apostrophe for Excel, and the import removes exactly that guard again.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvSafe, unguardCsv } from '../../src/import/read/csv-guard';
import { projectsToCsv } from '../../src/import/export';
import { cellText } from '../../src/import/read/text';
import type { ImportedProject } from '../../src/schema';
import { run } from './import-helpers';

const prefix = fc.constantFrom('', '=', '+', '-', '@', '\t', '\r', "'", "'=", "''+", "'-1", '=cmd|"/c calc"!A1', '"', ',', '\n');
/** Any text a name can have after an import (trimmed, spaces normalised, no NUL), starting with the awkward prefixes. */
const name = fc
  .tuple(prefix, fc.string({ unit: 'grapheme', maxLength: 12 }), prefix)
  .map(([a, b, c]) => `${a}${b}${c}`)
  .filter((s) => s.length > 0 && !s.includes('\u0000') && cellText(s, 2000) === s);

const project = (n: string, i: number): ImportedProject => ({
  id: `src:${i + 2}`,
  external_id: null,
  origin: 'imported',
  name: n,
  industry: 'iot',
  stage: 'signed',
  investment_yi: 1,
  date: null,
  board: null,
  lon: 120.4 + i * 0.0001,
  lat: 31.52,
  location: { method: 'coordinates', crs: 'wgs84' },
  source_row: i + 2,
});

describe('CSV round trip', () => {
  it('the guard is undone exactly', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), prefix, (s, p) => {
      const v = `${p}${s}`;
      const guarded = csvSafe(v);
      expect(guarded.charCodeAt(0) === 39 ? unguardCsv(guarded) : guarded).toBe(v);
    }), { numRuns: 500 });
  });

  it('export → import keeps every name', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(name, { minLength: 1, maxLength: 15 }), async (names) => {
        const r = await run(projectsToCsv(names.map(project)), 'projects', { fileName: 'export.csv' });
        expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
        expect(r.dataset?.kind === 'projects' && r.dataset.projects.map((p) => p.name)).toEqual(names);
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
