import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/import/read/encoding';
import { parseCsv } from '../../src/import/read/csv';

const text = '项目名称,产业,阶段\r\n合成项目（测试）,集成电路,在建\r\n';

describe('decodeText', () => {
  it('reads UTF-8 without BOM', () => {
    const r = decodeText(new TextEncoder().encode(text));
    expect(r).toMatchObject({ ok: true, encoding: 'utf-8', text, replaced: 0 });
  });

  it('reads UTF-8 with BOM and strips it', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    const r = decodeText(bytes);
    expect(r).toMatchObject({ ok: true, encoding: 'utf-8-bom', text });
  });

  it('falls back to GB18030 for GBK bytes and reports it', () => {
    const gbk = new Uint8Array(iconv.encode(text, 'gbk'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toThrow();
    const r = decodeText(gbk);
    expect(r).toMatchObject({ ok: true, encoding: 'gb18030', text, replaced: 0 });
  });

  it('reads GB18030-only characters', () => {
    const rare = '𠀀龘';
    const r = decodeText(new Uint8Array(iconv.encode(rare, 'gb18030')));
    expect(r).toMatchObject({ ok: true, encoding: 'gb18030', text: rare });
  });

  it('refuses binary and UTF-16 input instead of producing garbage', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toEqual({ ok: false, reason: 'unsupported', encoding: 'utf-16le' });
    expect(decodeText(new Uint8Array([0x41, 0x00, 0x42]))).toEqual({ ok: false, reason: 'binary' });
  });

  it('decodes the generated GBK fixture to the same rows as its UTF-8 twin', () => {
    const gbk = decodeText(new Uint8Array(readFileSync('tests/fixtures/import/projects-gcj02.gbk.csv')));
    const bom = decodeText(new Uint8Array(readFileSync('tests/fixtures/import/projects-gcj02.utf8-bom.csv')));
    expect(gbk.ok && gbk.encoding).toBe('gb18030');
    expect(bom.ok && bom.encoding).toBe('utf-8-bom');
    if (gbk.ok && bom.ok) expect(parseCsv(gbk.text).rows).toEqual(parseCsv(bom.text).rows);
  });
});
