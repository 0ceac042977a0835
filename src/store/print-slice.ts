import type { StateCreator } from 'zustand';
import type { AppState } from './slices';

/** What a print view shows: the selected park/board/industry, the comparison, or the itinerary. */
export type PrintSubject = 'selection' | 'compare' | 'itinerary';

/** The print preview (A4 sheet) and its options. Open in the link as `print=`, so a printed page can be reopened. */
export interface PrintSlice {
  printSubject: PrintSubject | null;
  /** Both languages on one sheet. */
  printBilingual: boolean;
  openPrint: (subject: PrintSubject) => void;
  closePrint: () => void;
  setPrintBilingual: (on: boolean) => void;
}

type Slice<T> = StateCreator<AppState, [], [], T>;

export const createPrintSlice: Slice<PrintSlice> = (set) => ({
  printSubject: null,
  printBilingual: false,
  openPrint: (printSubject) => set({ printSubject }),
  closePrint: () => set({ printSubject: null }),
  setPrintBilingual: (printBilingual) => set({ printBilingual }),
});
