/** Mounts the comparison, the itinerary card and the print preview when the store asks for them (lazy chunks). */
import { lazy, Suspense, useContext } from 'react';
import { useAppState } from '../store';
import { AppIndexContext } from '../app/app-data';

const CompareView = lazy(() => import('../compare/CompareView').then((m) => ({ default: m.CompareView })));
const ItineraryCard = lazy(() => import('../itinerary/ItineraryCard').then((m) => ({ default: m.ItineraryCard })));
const PrintView = lazy(() => import('../print/PrintView').then((m) => ({ default: m.PrintView })));

export function KitRoot() {
  const index = useContext(AppIndexContext);
  const compareOpen = useAppState((s) => s.compareOpen);
  const itineraryOpen = useAppState((s) => s.itineraryOpen);
  const printSubject = useAppState((s) => s.printSubject);
  if (!index) return null;
  return (
    <Suspense fallback={null}>
      {compareOpen && !printSubject && <CompareView />}
      {itineraryOpen && !printSubject && <ItineraryCard />}
      {printSubject && <PrintView subject={printSubject} />}
    </Suspense>
  );
}
