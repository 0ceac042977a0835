import Papa from 'papaparse';

export interface CsvParse {
  rows: string[][];
  /** Papaparse's own row-level errors (e.g. an unclosed quote), with 0-based data row indexes. */
  errors: Array<{ row: number | null; message: string }>;
}

const DELIMITERS = [',', ';', '\t', '|'];
/** Papaparse guesses line endings from the first 1 MB and the delimiter from the first 10 rows: same text, same guess. */
const GUESS_CHARS = 1024 * 1024;

/**
 * CSV text → rows of strings. Delimiter is detected (comma, semicolon, tab: Excel's "Unicode text" export uses tabs);
 * no header handling here, so the header row can be searched for and named in messages by spreadsheet row number.
 */
export function parseCsv(text: string): CsvParse {
  return text.includes('"') ? parseGeneral(text) : parseUnquoted(text);
}

function parseGeneral(text: string): CsvParse {
  const result = Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: 'greedy',
    delimitersToGuess: DELIMITERS,
  });
  return {
    rows: result.data.filter((r): r is string[] => Array.isArray(r)),
    errors: result.errors.slice(0, 50).map((e) => ({ row: typeof e.row === 'number' ? e.row : null, message: `${e.code}: ${e.message}` })),
  };
}

/** Blank as papaparse's 'greedy' mode means it: every field is whitespace (so ",,," is blank too). */
const NON_SPACE = /\S/;
function isBlank(row: readonly string[]): boolean {
  for (const field of row) if (NON_SPACE.test(field)) return false;
  return true;
}

/**
 * Files without any quote character (what exports and machines mostly write): the same rows as parseGeneral,
 * faster on 100k rows. The delimiter is guessed by papaparse on the first 1 MB (what it looks at anyway),
 * then the whole text is parsed with it, and blank rows are dropped here with a check that allocates nothing
 * (papaparse's greedy check joins every row into a new string). Without quotes papaparse reports no row errors;
 * only a failed delimiter guess, which is kept.
 */
function parseUnquoted(text: string): CsvParse {
  const cut = text.length > GUESS_CHARS ? text.lastIndexOf('\n', GUESS_CHARS) : -1;
  const guess = Papa.parse<string[]>(cut > 0 ? text.slice(0, cut) : text, { header: false, skipEmptyLines: 'greedy', delimitersToGuess: DELIMITERS, preview: 50 });
  const delimiter = guess.meta.delimiter || ',';
  const result = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimiter });
  const rows: string[][] = [];
  for (const r of result.data) if (Array.isArray(r) && !isBlank(r)) rows.push(r);
  const errors = [...guess.errors.filter((e) => e.code === 'UndetectableDelimiter'), ...result.errors];
  return {
    rows,
    errors: errors.slice(0, 50).map((e) => ({ row: typeof e.row === 'number' ? e.row : null, message: `${e.code}: ${e.message}` })),
  };
}
