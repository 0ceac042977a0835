import { HEADER_SEARCH_ROWS } from './table';
import { IMPORT_LIMITS, MB } from '../limits';

/**
 * Checks an .xlsx before the Excel reader inflates it: a small file can unzip to gigabytes (a "zip bomb") or
 * hold millions of rows, and the reader would then run for minutes and fail with its own words. The zip's
 * central directory states each part's unzipped size (read without inflating anything); the first sheet is
 * then inflated as a stream, counting its rows (and bytes, in case the directory lies) and stopping as soon
 * as a limit is passed. Only native DecompressionStream is used (workers, browsers, Node ≥ 20).
 */
export type XlsxRejection =
  | { code: 'xlsx_too_large'; params: { part: string; sizeMb: number | string; limitMb: number } }
  | { code: 'xlsx_too_many_rows'; params: { rows: number; limit: number } }
  | { code: 'xlsx_unreadable'; params: { reason: 'not_zip' | 'encrypted' | 'compression' | 'no_sheet' } };

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The zip's central directory (no inflating); null when the bytes are not a readable zip. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  const names = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    entries.push({
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      // 0xFFFFFFFF means "see the zip64 record": more than 4 GB, far past any limit.
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const isXmlPart = (name: string) => name.endsWith('.xml') || name.endsWith('.rels');
const roundMb = (bytes: number) => Math.round((bytes / MB) * 10) / 10;

function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) return null;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  return bytes.subarray(start, Math.min(bytes.length, start + entry.compressedSize));
}

/**
 * Inflates one part as a stream, giving each piece to `onPiece` (which returns false to stop early); never
 * produces more than `maxBytes` (returns 'too_large' instead).
 */
async function inflatePart(bytes: Uint8Array, entry: ZipEntry, maxBytes: number, onPiece: (piece: Uint8Array) => boolean): Promise<'done' | 'stopped' | 'too_large' | 'broken'> {
  const data = entryData(bytes, entry);
  if (!data) return 'broken';
  if (entry.method === 0) return onPiece(data) ? 'done' : 'stopped';
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return 'done';
      total += value.length;
      if (total > maxBytes) return 'too_large';
      if (!onPiece(value)) return 'stopped';
    }
  } catch {
    return 'broken';
  } finally {
    void reader.cancel().catch(() => undefined);
  }
}

async function inflateSmall(bytes: Uint8Array, entry: ZipEntry | undefined): Promise<string | null> {
  if (!entry) return null;
  const pieces: Uint8Array[] = [];
  const outcome = await inflatePart(bytes, entry, 16 * MB, (p) => (pieces.push(p), true));
  return outcome === 'done' ? new TextDecoder().decode(await new Blob(pieces as Uint8Array<ArrayBuffer>[]).arrayBuffer()) : null;
}

/** The first sheet's part name, as the Excel reader picks it: the first <sheet> of the workbook, through its relationship. */
async function firstSheetPart(bytes: Uint8Array, entries: readonly ZipEntry[]): Promise<string | null> {
  const byName = new Map(entries.map((e) => [e.name, e]));
  const workbook = await inflateSmall(bytes, byName.get('xl/workbook.xml'));
  const rels = await inflateSmall(bytes, byName.get('xl/_rels/workbook.xml.rels'));
  return firstSheetName(workbook, rels, entries.map((e) => e.name));
}

/** Resolves the first <sheet> of workbook.xml through workbook.xml.rels; else the first worksheet part. */
export function firstSheetName(workbook: string | null, rels: string | null, names: readonly string[]): string | null {
  const rid = workbook ? /<(?:\w+:)?sheet\b[^>]*?\b\w+:id="([^"]+)"/.exec(workbook)?.[1] : undefined;
  if (rid && rels) {
    for (const tag of rels.match(/<(?:\w+:)?Relationship\b[^>]*>/g) ?? []) {
      if (/\bId="([^"]+)"/.exec(tag)?.[1] !== rid) continue;
      const target = /\bTarget="([^"]+)"/.exec(tag)?.[1];
      if (target) return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    }
  }
  return names.find((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n)) ?? null;
}

const ROW_TAG = [0x3c, 0x72, 0x6f, 0x77]; // "<row"

/** Counts <row …> elements across pieces (a tag may be cut between two pieces). */
class RowCounter {
  rows = 0;
  private matched = 0;
  add(piece: Uint8Array) {
    let matched = this.matched;
    let rows = this.rows;
    for (let i = 0; i < piece.length; i++) {
      const b = piece[i] as number;
      if (matched === 4) {
        // "<row" followed by a space, ">" or "/" (not "<rowBreaks").
        if (b === 0x20 || b === 0x3e || b === 0x2f || b === 0x09 || b === 0x0a || b === 0x0d) rows += 1;
        matched = 0;
      }
      matched = b === ROW_TAG[matched] ? matched + 1 : b === 0x3c ? 1 : 0;
    }
    this.matched = matched;
    this.rows = rows;
  }
}

/** The last row of the sheet's <dimension ref="A1:J3000000"/>, when stated near the start of the sheet. */
function dimensionRows(head: string): number | null {
  const ref = /<(?:\w+:)?dimension\b[^>]*\bref="[A-Z]*\d*:?[A-Z]*(\d+)"/.exec(head)?.[1];
  return ref ? Number(ref) : null;
}

/** Null when the file may be given to the Excel reader; otherwise why not (a problem code and its parameters). */
export async function checkXlsx(bytes: Uint8Array, signal?: { readonly aborted: boolean }): Promise<XlsxRejection | null> {
  const entries = readZipDirectory(bytes);
  if (!entries) return { code: 'xlsx_unreadable', params: { reason: 'not_zip' } };
  const parts = entries.filter((e) => isXmlPart(e.name));
  if (parts.some((e) => e.flags & 1)) return { code: 'xlsx_unreadable', params: { reason: 'encrypted' } };
  if (parts.some((e) => e.method !== 0 && e.method !== 8)) return { code: 'xlsx_unreadable', params: { reason: 'compression' } };
  const limit = IMPORT_LIMITS.maxXlsxUnzippedBytes;
  let total = 0;
  let largest: ZipEntry | null = null;
  for (const e of parts) {
    total += e.size;
    if (!largest || e.size > largest.size) largest = e;
  }
  if (largest && total > limit) return { code: 'xlsx_too_large', params: { part: largest.name, sizeMb: roundMb(total), limitMb: limit / MB } };

  const sheetName = await firstSheetPart(bytes, parts);
  const sheet = parts.find((e) => e.name === sheetName);
  if (!sheet) return { code: 'xlsx_unreadable', params: { reason: 'no_sheet' } };
  const maxRows = IMPORT_LIMITS.maxRows + HEADER_SEARCH_ROWS;
  const counter = new RowCounter();
  let head = '';
  let stated: number | null = null;
  const outcome = await inflatePart(bytes, sheet, limit, (piece) => {
    if (signal?.aborted) return false;
    if (head.length < 4096) {
      head += new TextDecoder().decode(piece.subarray(0, 4096));
      stated = dimensionRows(head);
      if (stated !== null && stated > maxRows) return false;
    }
    counter.add(piece);
    return counter.rows <= maxRows;
  });
  if (outcome === 'too_large') return { code: 'xlsx_too_large', params: { part: sheet.name, sizeMb: `${roundMb(limit)}+`, limitMb: limit / MB } };
  if (outcome === 'broken') return { code: 'xlsx_unreadable', params: { reason: 'not_zip' } };
  if (outcome === 'stopped' && !signal?.aborted) {
    const rows: number = stated !== null && stated > maxRows ? stated : counter.rows;
    return { code: 'xlsx_too_many_rows', params: { rows, limit: IMPORT_LIMITS.maxRows } };
  }
  return null;
}
