import type { AppState } from '../store';
import type { KitUrlState } from '../url/kit-url';

/** The comparison, itinerary and print preview as the link carries them. */
export function kitUrlStateOf(s: AppState): KitUrlState {
  return {
    compare: s.compare,
    compareOpen: s.compareOpen,
    itinerary: s.itinerary,
    itineraryOpen: s.itineraryOpen,
    printSubject: s.printSubject,
    printBilingual: s.printBilingual,
  };
}

export function kitChanged(s: AppState, prev: AppState): boolean {
  return (
    s.compare !== prev.compare ||
    s.compareOpen !== prev.compareOpen ||
    s.itinerary !== prev.itinerary ||
    s.itineraryOpen !== prev.itineraryOpen ||
    s.printSubject !== prev.printSubject ||
    s.printBilingual !== prev.printBilingual
  );
}
