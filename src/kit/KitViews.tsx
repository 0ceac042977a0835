import { useAppState } from '../store';
import { CompareView } from '../compare/CompareView';
import { ItineraryCard } from '../itinerary/ItineraryCard';
import { PrintView } from '../print/PrintView';

/** The open kit views; the print preview hides the others (it covers the app). */
export default function KitViews() {
  const compareOpen = useAppState((s) => s.compareOpen);
  const itineraryOpen = useAppState((s) => s.itineraryOpen);
  const printSubject = useAppState((s) => s.printSubject);
  if (printSubject) return <PrintView subject={printSubject} />;
  return (
    <>
      {compareOpen && <CompareView />}
      {itineraryOpen && <ItineraryCard />}
    </>
  );
}
