import type { TextEncoding } from '../schema/imports';

export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncoding; /** U+FFFD characters left after decoding (0 = clean). */ replaced: number }
  | { ok: false; reason: 'binary' | 'utf16' };

const countReplacement = (text: string) => {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) n += 1;
  return n;
};

/**
 * Decodes a text file as Excel in China saves it: UTF-8 with or without BOM, or GBK/GB18030.
 * UTF-8 is tried strictly first (valid GBK text with Chinese characters is almost never valid UTF-8);
 * when it fails, GB18030 (a superset of GBK and GB2312) is used and reported.
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, reason: 'utf16' };
  }
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  // NUL bytes do not occur in CSV text: this is a binary file (or UTF-16 without BOM).
  if (body.subarray(0, 65536).includes(0)) return { ok: false, reason: 'binary' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    return { ok: true, text, encoding: hasBom ? 'utf-8-bom' : 'utf-8', replaced: 0 };
  } catch {
    if (hasBom) {
      const text = new TextDecoder('utf-8').decode(body);
      return { ok: true, text, encoding: 'utf-8-bom', replaced: countReplacement(text) };
    }
    const text = new TextDecoder('gb18030').decode(body);
    return { ok: true, text, encoding: 'gb18030', replaced: countReplacement(text) };
  }
}
