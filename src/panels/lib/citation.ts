/**
 * A citation as a sentence in the reader's language: "《…》附件2，“新吴区”行，“现有重点园区”列。" /
 * "…, Annex 2, row “新吴区”, column “现有重点园区”." Printed labels stay as printed (they are what to look for in
 * the document); only the frame around them is translated.
 */
import type { SourceRef } from '../../schema';
import type { Language } from '../../store';

export type CitationPiece = { text: string } | { quote: string; lang: 'zh-CN' | 'en' };

const HEADING = /^[一二三四五六七八九十]+(?:\([一二三四五六七八九十]+\))?\d*$|^[一二三四五六七八九十]+\d+$/;
const han = (s: string) => (/\p{Script=Han}/u.test(s) ? 'zh-CN' : 'en');

/** The pieces after the document's title; `columnName` is the reader's name for a board column, if it is one. */
export function citationPieces(ref: SourceRef, language: Language, columnName?: string): CitationPiece[] {
  const zh = language === 'zh';
  const out: CitationPiece[] = [];
  const sep = () => out.push({ text: zh ? '，' : ', ' });
  const annex = /^附件\s*(\d*)$/.exec(ref.section);
  // 《title》附件2 in Chinese (the book-title marks separate), "title, Annex 2" in English.
  if (!zh) sep();
  if (annex) out.push({ text: zh ? `附件${annex[1]}` : annex[1] ? `Annex ${annex[1]}` : 'the annex' });
  else if (HEADING.test(ref.section)) out.push({ text: zh ? ref.section : `section ${ref.section}` });
  else out.push({ text: zh ? '' : 'the article ' }, { quote: ref.section, lang: han(ref.section) }, ...(zh ? [{ text: '一文' }] : []));
  if (ref.row) {
    sep();
    if (/^\d+$/.test(ref.row)) out.push({ text: zh ? `第${ref.row}行` : `row ${ref.row}` });
    else out.push(...(zh ? [] : [{ text: 'row ' }]), { quote: ref.row, lang: han(ref.row) }, ...(zh ? [{ text: '行' }] : []));
  }
  if (ref.column) {
    sep();
    out.push(...(zh ? [] : [{ text: 'column ' }]), { quote: ref.column, lang: han(ref.column) }, { text: zh ? '列' : '' });
    if (!zh && columnName) out.push({ text: ` (${columnName})` });
  }
  if (ref.item) out.push({ text: zh ? '：' : ': ' }, { quote: ref.item, lang: han(ref.item) });
  out.push({ text: zh ? '。' : '.' });
  return out.filter((p) => !('text' in p) || p.text !== '');
}
