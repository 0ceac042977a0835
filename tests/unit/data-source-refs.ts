/** Test helper: does a SourceRef's section exist in the document text? (sections as "二(九)23", "附件1", or a headline) */
import { occursIn, squash } from '../../scripts/data/text';

const HEADING = /^([一二三四五六七八九十]+)(?:\(([一二三四五六七八九十]+)\))?(\d+)?$/;

export function sectionExists(text: string, section: string): boolean {
  if (/^附件\d*$/.test(section)) return squash(text).includes(section);
  const heading = HEADING.exec(section);
  if (!heading) return occursIn(text, section);
  const [, top, sub, item] = heading;
  const lines = text.split(/\r?\n/).map(squash);
  let i = lines.findIndex((line) => line.startsWith(`${top}、`));
  if (i < 0) return false;
  if (sub) {
    i = lines.findIndex((line, j) => j > i && line.startsWith(`（${sub}）`));
    if (i < 0) return false;
  }
  if (item) {
    i = lines.findIndex((line, j) => j > i && new RegExp(`^${item}[.．、]`).test(line));
    if (i < 0) return false;
  }
  return true;
}

const TOP = /^[一二三四五六七八九十]+、/;
const SUB = /^（[一二三四五六七八九十]+）/;
const ITEM = /^\d+[.．、]/;

/**
 * The text of one section: from its heading to the next heading of the same or a higher level, whitespace
 * removed. "附件N" / "附件" run from the annex's first mention as a heading to the end of the document.
 * Returns '' when the section does not exist.
 */
export function sectionText(text: string, section: string): string {
  const lines = text.split(/\r?\n/).map(squash);
  if (/^附件\d*$/.test(section)) {
    const start = lines.findIndex((line) => line === section);
    return start < 0 ? '' : lines.slice(start).join('');
  }
  const heading = HEADING.exec(section);
  if (!heading) {
    // A headline of the newspaper digest: its column layout prints headlines after the columns they head, so
    // the whole text stands for the section once the headline is found.
    const whole = lines.join('');
    return whole.includes(squash(section)) ? whole : '';
  }
  const [, top, sub, item] = heading;
  let i = lines.findIndex((line) => line.startsWith(`${top}、`));
  if (i < 0) return '';
  let ends = [TOP];
  if (sub) {
    i = lines.findIndex((line, j) => j > i && line.startsWith(`（${sub}）`));
    ends = [TOP, SUB];
  }
  if (i >= 0 && item) {
    i = lines.findIndex((line, j) => j > i && new RegExp(`^${item}[.．、]`).test(line));
    ends = [TOP, SUB, ITEM];
  }
  if (i < 0) return '';
  let end = lines.findIndex((line, j) => j > i && ends.some((re) => re.test(line)));
  if (end < 0) end = lines.length;
  return lines.slice(i, end).join('');
}
