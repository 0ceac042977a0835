/**
 * Reads the parts of the source texts that the park register cites, so tests can check every
 * citation against the document instead of trusting it. Pure functions over the plain text.
 *
 * Section strings follow the register's convention (data/PARKS.md):
 * - "附件2": an annex, as headed in the document;
 * - "二(二)3", "二(一)5", "四1": heading levels joined — top level "二、", sub level "（二）", item "3." / "3．";
 * - anything else: a newspaper article title (fyp15 has no numbering).
 */
import { squash } from './text';

const TOP = /^([一二三四五六七八九十]+)、/;
const SUB = /^（([一二三四五六七八九十]+)）/;
const ITEM = /^(\d+)[.．]/;
const NUMBERED = /^([一二三四五六七八九十]+)(?:\(([一二三四五六七八九十]+)\))?(\d+)?$/;
const ANNEX = /^附件(\d+)$/;

/** Lines from `from` up to (not including) the first later line matching `stop`. */
function until(lines: string[], from: number, stop: RegExp): string[] {
  const end = lines.findIndex((line, i) => i > from && stop.test(line));
  return lines.slice(from, end === -1 ? lines.length : end);
}

function numberedBlock(lines: string[], top: string, sub?: string, item?: string): string[] | null {
  const topAt = lines.findIndex((l) => l.startsWith(`${top}、`));
  if (topAt === -1) return null;
  // Annex headings end the last top-level section.
  let block = until(lines, topAt, new RegExp(`${TOP.source}|^附件\\d+$`));
  if (sub !== undefined) {
    const subAt = block.findIndex((l) => l.startsWith(`（${sub}）`));
    if (subAt === -1) return null;
    block = until(block, subAt, SUB);
  }
  if (item !== undefined) {
    const itemAt = block.findIndex((l) => ITEM.exec(l)?.[1] === item);
    if (itemAt === -1) return null;
    block = until(block, itemAt, new RegExp(`${ITEM.source}|${SUB.source}`));
  }
  return block;
}

function annexBlock(lines: string[], n: string): string[] | null {
  // The annex list near the signature says "附件：1. …"; the annex itself is headed by a line of its own.
  const at = lines.findLastIndex((l) => ANNEX.exec(l)?.[1] === n);
  return at === -1 ? null : until(lines, at, ANNEX);
}

/**
 * fyp15 prints each article's title after its body (newspaper layout), so an article runs from the end of
 * the previous known title to its own title. `otherTitles` are the other titles the caller knows of.
 */
function articleBlock(flat: string, title: string, otherTitles: readonly string[]): string | null {
  const at = flat.indexOf(squash(title));
  if (at === -1) return null;
  const start = otherTitles
    .map((t) => squash(t))
    .filter((t) => t !== squash(title))
    .map((t) => {
      const i = flat.lastIndexOf(t, at - 1);
      return i === -1 || i + t.length > at ? 0 : i + t.length;
    })
    .reduce((a, b) => Math.max(a, b), 0);
  return flat.slice(start, at);
}

/** The text of a cited section, with all whitespace removed; null when the section is not in the document. */
export function sectionText(document: string, section: string, otherTitles: readonly string[] = []): string | null {
  const lines = document.split(/\r?\n/).map((l) => squash(l)).filter((l) => l.length > 0);
  const annex = ANNEX.exec(section);
  if (annex) return annexBlock(lines, annex[1]!)?.join('') ?? null;
  const numbered = NUMBERED.exec(section);
  if (numbered) return numberedBlock(lines, numbered[1]!, numbered[2], numbered[3])?.join('') ?? null;
  return articleBlock(squash(document), section, otherTitles);
}

/** The 2024 work points' list of future-industry parks to speed up (section 二(二)3), in printed order. */
export function parseWp2024FutureParks(document: string): string[] {
  const block = sectionText(document, '二(二)3');
  const list = block && /推动([^。；]+?)等未来产业园区/.exec(block);
  if (!list) throw new Error('二(二)3: list of future-industry parks not found');
  return list[1]!.split('、');
}

export interface Annex2Row {
  /** 序号 as printed */
  number: string;
  /** 板块 as printed, e.g. "梁溪区" */
  board: string;
  /** 重点发展方向 as printed */
  focus: string;
  /** 现有重点园区, split on "、" */
  parks: string[];
  /** 建成市级特色园区（家） */
  count: number;
}

/** Annex 2 of the future-industries opinions: one row per board, then the printed total (合计). */
export function parseOpinionsAnnex2(document: string): { rows: Annex2Row[]; total: number } {
  const lines = document.split(/\r?\n/);
  const at = lines.findLastIndex((l) => squash(l) === '附件2');
  if (at === -1) throw new Error('附件2 not found');
  // Table cells are printed one per line, each starting with a tab.
  const cells = lines
    .slice(at)
    .filter((l) => l.startsWith('\t'))
    .map((l) => squash(l));
  const header = ['序号', '板块', '重点发展方向', '现有重点园区', '建成市级特色园区（家）'];
  if (header.some((h, i) => cells[i] !== h)) throw new Error(`附件2: unexpected header ${cells.slice(0, 5).join('|')}`);
  const rows: Annex2Row[] = [];
  let i = header.length;
  while (i < cells.length && cells[i] !== '合计') {
    const [number, board, focus, parks, count] = cells.slice(i, i + 5);
    if (count === undefined || !/^\d+$/.test(number!) || !/^\d+$/.test(count)) {
      throw new Error(`附件2: malformed row at cell ${i}`);
    }
    rows.push({ number: number!, board: board!, focus: focus!, parks: parks!.split('、'), count: Number(count) });
    i += 5;
  }
  const total = cells[i + 1];
  if (total === undefined || !/^\d+$/.test(total)) throw new Error('附件2: total (合计) not found');
  return { rows, total: Number(total) };
}
