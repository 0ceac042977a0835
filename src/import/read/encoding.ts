import type { TextEncoding } from '../../schema/imports';

/** Encodings recognised but not read (Excel's "Unicode text" is UTF-16 LE); named in words in the message. */
export type UnsupportedEncoding = 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';

export type DecodeResult =
  | {
      ok: true;
      text: string;
      encoding: TextEncoding;
      /** U+FFFD characters left after decoding (0 = clean). */
      replaced: number;
      /** Set when GB18030 was used but the bytes read far better as another encoding (the names would be garbled). */
      suspect: 'shift_jis' | null;
    }
  | { ok: false; reason: 'binary' }
  | { ok: false; reason: 'unsupported'; encoding: UnsupportedEncoding };

const countReplacement = (text: string) => {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) n += 1;
  return n;
};

/** Signatures of common non-text files that get renamed to .csv (images, PDF, archives, executables). */
const MAGIC: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x25, 0x50, 0x44, 0x46], // PDF
  [0x1f, 0x8b], // gzip
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
  [0x52, 0x61, 0x72, 0x21], // RAR
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0x4d, 0x5a], // Windows executable
];

const SAMPLE = 8192;

/** The byte-order mark or, without one, the NUL pattern of UTF-16/UTF-32 text (ASCII-range characters have zero bytes). */
function wideEncoding(bytes: Uint8Array): UnsupportedEncoding | null {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return 'utf-32le';
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'utf-32be';
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  const n = Math.min(bytes.length, SAMPLE) & ~3;
  if (n < 16) return null;
  const zeros: [number, number, number, number] = [0, 0, 0, 0];
  for (let i = 0; i < n; i++) if (bytes[i] === 0) zeros[(i & 3) as 0 | 1 | 2 | 3] += 1;
  const quarter = n / 4;
  const [z0, z1, z2, z3] = zeros;
  // UTF-32: three zero bytes in every four; UTF-16: a zero byte in every other position.
  if (z1 > 0.9 * quarter && z2 > 0.9 * quarter && z3 > 0.9 * quarter && z0 < 0.5 * quarter) return 'utf-32le';
  if (z0 > 0.9 * quarter && z1 > 0.9 * quarter && z2 > 0.9 * quarter && z3 < 0.5 * quarter) return 'utf-32be';
  if (z1 + z3 > 1.6 * quarter && z0 + z2 < 0.5 * quarter) return 'utf-16le';
  if (z0 + z2 > 1.6 * quarter && z1 + z3 < 0.5 * quarter) return 'utf-16be';
  return null;
}

/**
 * A file that is not text at all: a known signature, or many control bytes at its start. A stray NUL in one
 * cell is not enough (that is a row-level problem, reported with its row by the import).
 */
function looksBinary(bytes: Uint8Array): boolean {
  if (MAGIC.some((m) => m.every((byte, i) => bytes[i] === byte))) return true;
  const n = Math.min(bytes.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control += 1;
  }
  return control >= Math.max(1, n * 0.1);
}

/**
 * Decodes a text file as Excel in China saves it: UTF-8 with or without BOM, or GBK/GB18030.
 * UTF-8 is tried strictly first (valid GBK text with Chinese characters is almost never valid UTF-8);
 * when it fails, GB18030 (a superset of GBK and GB2312) is used and reported. UTF-16/UTF-32 and binary files
 * are recognised and refused with their name.
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  const wide = wideEncoding(bytes);
  if (wide) return { ok: false, reason: 'unsupported', encoding: wide };
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  if (looksBinary(body)) return { ok: false, reason: 'binary' };
  // The lenient decoder is much faster than the strict one (several times in Node); without a U+FFFD in its
  // output every byte was valid UTF-8, and the text is the same. Only text with a U+FFFD takes the strict path.
  const lenient = new TextDecoder('utf-8').decode(body);
  if (!lenient.includes('\ufffd')) return { ok: true, text: lenient, encoding: hasBom ? 'utf-8-bom' : 'utf-8', replaced: 0, suspect: null };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    return { ok: true, text, encoding: hasBom ? 'utf-8-bom' : 'utf-8', replaced: 0, suspect: null };
  } catch {
    if (hasBom) {
      const text = new TextDecoder('utf-8').decode(body);
      return { ok: true, text, encoding: 'utf-8-bom', replaced: countReplacement(text), suspect: null };
    }
    const text = new TextDecoder('gb18030').decode(body);
    return { ok: true, text, encoding: 'gb18030', replaced: countReplacement(text), suspect: looksShiftJis(body) ? 'shift_jis' : null };
  }
}

/**
 * Japanese Shift-JIS bytes also decode as GB18030, into meaningless Chinese. They decode cleanly as Shift-JIS
 * into text rich in kana (hiragana/katakana); GBK bytes read as Shift-JIS fail or give half-width katakana instead.
 */
function looksShiftJis(body: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('shift_jis', { fatal: true }).decode(body.subarray(0, 65536));
  } catch {
    // A sample cut inside a two-byte character fails too: retry without the last byte once.
    try {
      text = new TextDecoder('shift_jis', { fatal: true }).decode(body.subarray(0, 65535));
    } catch {
      return false;
    }
  }
  let wide = 0;
  let kana = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    wide += 1;
    if (c >= 0x3040 && c <= 0x30ff) kana += 1;
  }
  return wide >= 4 && kana >= wide * 0.2;
}
