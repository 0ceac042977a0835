/** Mounts the "targets over time" view when the store (or a link) asks for it; its code, data and chart load then. */
import { lazy, Suspense } from 'react';
import { useAppState } from '../store';

const TimelineView = lazy(() => import('./TimelineView'));

export function TimelineRoot({ ready }: { ready: boolean }) {
  const subject = useAppState((s) => s.timeline);
  return ready && subject ? (
    <Suspense fallback={null}>
      <TimelineView subject={subject} />
    </Suspense>
  ) : null;
}
