/** Mounts the comparison, the itinerary card and the print preview when the store asks for them (one lazy chunk). */
import { lazy, Suspense } from 'react';
import { useAppState } from '../store';

const KitViews = lazy(() => import('./KitViews'));

export function KitRoot({ ready }: { ready: boolean }) {
  const open = useAppState((s) => s.compareOpen || s.itineraryOpen || s.printSubject !== null);
  return ready && open ? (
    <Suspense fallback={null}>
      <KitViews />
    </Suspense>
  ) : null;
}
