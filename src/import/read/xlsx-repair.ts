import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { firstSheetName } from './xlsx-guard';

/**
 * The Excel reader stops at the first cell it cannot read. To make such a cell a problem of its row (like a bad
 * value in a CSV) rather than of the whole file, the workbook is unpacked once and the cell removed from the first
 * sheet's XML, so the reader can be run again; the caller reports the cell and skips its row.
 */
export class SheetRepair {
  private readonly files: Record<string, Uint8Array>;
  private readonly sheet: string | null;
  private xml: string | null = null;

  constructor(bytes: Uint8Array) {
    this.files = unzipSync(bytes);
    const text = (name: string) => (this.files[name] ? strFromU8(this.files[name]) : null);
    this.sheet = firstSheetName(text('xl/workbook.xml'), text('xl/_rels/workbook.xml.rels'), Object.keys(this.files));
  }

  /** The workbook without the cell at `ref` (e.g. "B2"), stored uncompressed; null when the cell is not found. */
  withoutCell(ref: string): ArrayBuffer | null {
    const part = this.sheet ? this.files[this.sheet] : undefined;
    if (!this.sheet || !part) return null;
    this.xml ??= strFromU8(part);
    // A cell is <c r="B2" …/> or <c r="B2" …>…</c> (its children are v, f, is: never another c).
    const cell = new RegExp(`<((?:\\w+:)?c)\\b[^>]*?\\br="${ref}"[^>]*?(?:/>|>[\\s\\S]*?</\\1>)`);
    const next = this.xml.replace(cell, '');
    if (next === this.xml) return null;
    this.xml = next;
    const files: Zippable = { ...this.files, [this.sheet]: strToU8(next) };
    const zipped = zipSync(files, { level: 0 });
    return zipped.buffer.slice(zipped.byteOffset, zipped.byteOffset + zipped.byteLength) as ArrayBuffer;
  }
}
