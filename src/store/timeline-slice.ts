import type { StateCreator } from 'zustand';
import type { BoardId } from '../schema/constants';
import type { AppState } from './slices';

/** Whose targets a timeline shows: the whole city, one board, or one industry (cluster or track). */
export type TimelineSubject = { kind: 'city' } | { kind: 'board'; id: BoardId } | { kind: 'industry'; id: string };

/** The open "targets over time" view (also carried by the link), or null. */
export interface TimelineSlice {
  timeline: TimelineSubject | null;
  openTimeline: (subject: TimelineSubject) => void;
  closeTimeline: () => void;
}

type Slice<T> = StateCreator<AppState, [], [], T>;

export const createTimelineSlice: Slice<TimelineSlice> = (set) => ({
  timeline: null,
  openTimeline: (timeline) => set({ timeline }),
  closeTimeline: () => set({ timeline: null }),
});
