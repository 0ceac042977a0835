import Papa from 'papaparse';

export interface CsvParse {
  rows: string[][];
  /** Papaparse's own row-level errors (e.g. an unclosed quote), with 0-based data row indexes. */
  errors: Array<{ row: number | null; message: string }>;
}

/**
 * CSV text → rows of strings. Delimiter is detected (comma, semicolon, tab: Excel's "Unicode text" export uses tabs);
 * no header handling here, so the header row can be searched for and named in messages by spreadsheet row number.
 */
export function parseCsv(text: string): CsvParse {
  const result = Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t', '|'],
  });
  return {
    rows: result.data.filter((r): r is string[] => Array.isArray(r)),
    errors: result.errors.slice(0, 50).map((e) => ({ row: typeof e.row === 'number' ? e.row : null, message: `${e.code}: ${e.message}` })),
  };
}
