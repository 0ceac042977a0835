/**
 * The QA list as CSV for a review meeting: UTF-8 with BOM (Excel opens Chinese intact), CRLF, both languages in
 * their own columns, and a link fragment that reopens the item in the app. Text starting like a formula is
 * guarded (csvSafe), as every CSV the app writes.
 */
import Papa from 'papaparse';
import { csvSafe } from '../../import/read/csv-guard';
import type { QaLink } from './types';
import type { QaResult } from './run-qa';

const BOM = '\ufeff';

export const QA_CSV_HEADER = ['check', 'check_zh', 'check_en', 'severity', 'subject_zh', 'subject_en', 'detail_zh', 'detail_en', 'link'];

/** The link fragment that opens the item (select the park/platform/board/industry; a cell lights its parks on its board). */
/** `base` is the app's address (origin + path) so the cell opens from a spreadsheet; empty gives the fragment alone. */
export function qaLinkFragment(link: QaLink | null, base = ''): string {
  if (!link) return '';
  return base + fragmentOf(link);
}

function fragmentOf(link: QaLink): string {
  switch (link.kind) {
    case 'park':
    case 'platform':
    case 'board':
    case 'industry':
      return `#v=1&sel=${link.kind}:${link.id}`;
    case 'cell':
      return `#v=1&ind=${link.industry}&board=${link.board}&sel=industry:${link.industry}`;
    case 'timeline':
      return `#v=1&tl=${link.subject.kind === 'city' ? 'city' : `${link.subject.kind}:${link.subject.id}`}`;
  }
}

export function qaToCsv(
  results: readonly QaResult[],
  checkTitle: (id: string, language: 'zh' | 'en') => string,
  base = '',
): string {
  const data = results.flatMap(({ check, items }) =>
    items.map((item) =>
      [
        check.id,
        checkTitle(check.id, 'zh'),
        checkTitle(check.id, 'en'),
        item.severity,
        item.subject.zh,
        item.subject.en,
        item.detail.zh,
        item.detail.en,
        qaLinkFragment(item.link, base),
      ].map(csvSafe),
    ),
  );
  return BOM + Papa.unparse({ fields: QA_CSV_HEADER, data }, { newline: '\r\n' });
}
