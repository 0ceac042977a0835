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
