/**
 * Optional link key for the "targets over time" view: `tl=city`, `tl=board:<board id>`, `tl=industry:<id>`.
 * A link without it opens as before; an unreadable value is dropped and reported like any other.
 */
import { boardIds, type BoardId } from '../schema/constants';
import type { TimelineSubject } from '../store/timeline-slice';

export function encodeTimelineParam(p: URLSearchParams, subject: TimelineSubject | null | undefined): void {
  if (!subject) return;
  p.set('tl', subject.kind === 'city' ? 'city' : `${subject.kind}:${subject.id}`);
}

/** undefined when the link has no `tl`; null (plus a problem) when it cannot be read. */
export function decodeTimelineParam(p: URLSearchParams, industryIds: ReadonlySet<string>, problems: string[]): TimelineSubject | null | undefined {
  const value = p.get('tl');
  if (value === null) return undefined;
  if (value === 'city') return { kind: 'city' };
  const sep = value.indexOf(':');
  const kind = value.slice(0, sep);
  const id = value.slice(sep + 1);
  if (sep > 0 && kind === 'board' && (boardIds as readonly string[]).includes(id)) return { kind, id: id as BoardId };
  if (sep > 0 && kind === 'industry' && industryIds.has(id)) return { kind, id };
  problems.push('tl');
  return null;
}
