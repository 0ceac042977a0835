import Papa from 'papaparse';
import { QuoteFreeLines, quoteFreeRows } from './quote-free-rows';

export interface CsvParse {
  rows: string[][];
  /** Papaparse's own row-level errors (e.g. an unclosed quote), with 0-based data row indexes. */
  errors: Array<{ row: number | null; message: string }>;
}

const DELIMITERS = [',', ';', '\t', '|'];
/** Papaparse guesses line endings from the first 1 MB and the delimiter from the first 10 rows; so do we, the same way. */
const GUESS_CHARS = 1024 * 1024;

/**
 * CSV text → rows of strings. Delimiter is detected (comma, semicolon, tab: Excel's "Unicode text" export uses tabs);
 * no header handling here, so the header row can be searched for and named in messages by spreadsheet row number.
 */
export function parseCsv(text: string): CsvParse {
  const all: CsvParse = { rows: [], errors: [] };
  for (const piece of parseCsvPieces(text)) {
    for (const row of piece.rows) all.rows.push(row);
    all.errors.push(...piece.errors);
  }
  return all;
}

/**
 * Characters per piece of a quote-free file (~3 k rows of a typical project list): small enough that a piece's rows
 * are mostly done with before the next minor GC, so they die young (1 MB pieces made them outlive it and be
 * promoted: ~40 MB more peak memory at 100 k rows).
 */
const PIECE_CHARS = 256 * 1024;

/**
 * The same rows as parseCsv, in pieces, parsed one at a time as the caller asks for them, so a caller that is done
 * with a piece's rows before asking for the next keeps no more than one piece alive (the import reads a quote-free
 * file line by line instead, parseCsvLines). Only a quote-free file with \n line breaks is cut (at a line break;
 * a quoted field may hold one); any other file is one piece. Only a piece's own errors come with it, with row
 * indexes counted within the piece; a quote-free file can only have a failed delimiter guess, on its first piece.
 */
export function* parseCsvPieces(text: string): Generator<CsvParse> {
  const guess = quoteFreeDialect(text);
  if (!guess) {
    yield parseGeneral(text);
    return;
  }
  if (guess.linebreak !== '\n' && guess.linebreak !== '\r\n') {
    yield parseUnquoted(text, guess.delimiter, guess.errors);
    return;
  }
  let errors = guess.errors;
  for (let start = 0; start < text.length; ) {
    const cut = start + PIECE_CHARS >= text.length ? -1 : text.indexOf('\n', start + PIECE_CHARS);
    const end = cut < 0 ? text.length : cut + 1;
    // Papaparse's own rows for such a piece (quote-free-rows.ts), without its copy of every line.
    yield { rows: quoteFreeRows(text, start, end, guess.delimiter, guess.linebreak), errors: rowErrors(errors) };
    errors = [];
    start = end;
  }
}

/**
 * A quote-free file with \n or \r\n line breaks as lines to be read one at a time (the import's usual case:
 * no rows are kept beyond the one being read); null for any other file, which parseCsvPieces reads. Errors are
 * those of the delimiter guess, as parseCsvPieces gives them with its first piece.
 */
export function parseCsvLines(text: string): { lines: QuoteFreeLines; errors: CsvParse['errors'] } | null {
  const guess = quoteFreeDialect(text);
  if (!guess || (guess.linebreak !== '\n' && guess.linebreak !== '\r\n')) return null;
  return { lines: new QuoteFreeLines(text, 0, text.length, guess.delimiter, guess.linebreak), errors: rowErrors(guess.errors) };
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
 * The delimiter and line break of a file without any quote character (what exports and machines mostly write),
 * or null for a file with quotes (papaparse reads it whole, parseGeneral). Such a file gives the same rows as
 * parseGeneral, faster: the delimiter is guessed by papaparse on the first 1 MB (what it looks at anyway), the
 * text is then cut with it, and blank rows are dropped with a check that allocates nothing (papaparse's greedy
 * check joins every row into a new string). Without quotes papaparse reports no row errors; only a failed
 * delimiter guess, which is kept.
 */
function quoteFreeDialect(text: string) {
  if (text.includes('"')) return null;
  const cut = text.length > GUESS_CHARS ? text.lastIndexOf('\n', GUESS_CHARS) : -1;
  const sample = cut > 0 ? text.slice(0, cut) : text;
  const linebreak = guessLinebreak(sample.length > GUESS_CHARS ? sample.slice(0, GUESS_CHARS) : sample);
  // Papaparse guesses the delimiter from the first 10 rows, but splits all the text it is given to get them: it is
  // given the first 64 lines (and the line break found above), so the same rows decide, without the copies.
  const head = sample.slice(0, afterLines(sample, linebreak === '\r' ? '\r' : '\n', 64));
  const guess = Papa.parse<string[]>(head, { header: false, skipEmptyLines: 'greedy', delimitersToGuess: DELIMITERS, preview: 50, newline: linebreak });
  return { delimiter: guess.meta.delimiter || ',', linebreak, errors: guess.errors.filter((e) => e.code === 'UndetectableDelimiter') };
}

/**
 * Papaparse's own line-break guess (guessLineEndings, on the same first 1 MB of a quote-free text), counted with
 * indexOf instead of splitting the text into every line twice.
 */
function guessLinebreak(text: string): '\n' | '\r\n' | '\r' {
  const firstR = text.indexOf('\r');
  if (firstR < 0) return '\n';
  const firstN = text.indexOf('\n');
  if (firstN >= 0 && firstN < firstR) return '\n';
  let pieces = 1;
  let withN = 0;
  for (let at = firstR; at >= 0; at = text.indexOf('\r', at + 1)) {
    pieces += 1;
    if (text.charCodeAt(at + 1) === 10) withN += 1;
  }
  return withN >= pieces / 2 ? '\r\n' : '\r';
}

/** The index just after the `lines`-th `mark`, or the text's length when it has fewer. */
function afterLines(text: string, mark: string, lines: number): number {
  let at = -1;
  for (let k = 0; k < lines; k++) {
    at = text.indexOf(mark, at + 1);
    if (at < 0) return text.length;
  }
  return at + 1;
}

function parseUnquoted(text: string, delimiter: string, guessErrors: readonly Papa.ParseError[], newline?: string): CsvParse {
  const result = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimiter, ...(newline ? { newline: newline as '\n' | '\r\n' } : {}) });
  const rows: string[][] = [];
  for (const r of result.data) if (Array.isArray(r) && !isBlank(r)) rows.push(r);
  return { rows, errors: rowErrors([...guessErrors, ...result.errors]) };
}

const rowErrors = (errors: readonly Papa.ParseError[]): CsvParse['errors'] =>
  errors.slice(0, 50).map((e) => ({ row: typeof e.row === 'number' ? e.row : null, message: `${e.code}: ${e.message}` }));
