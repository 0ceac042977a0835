import type { StateCreator } from 'zustand';
import type { AppState } from './slices';

/** The planner's tools: the chain-coverage matrix and the QA list (one overlay, two tabs). */
export const plannerViews = ['coverage', 'qa'] as const;
export type PlannerView = (typeof plannerViews)[number];

/** Which planner view is open (null = closed). In the link as `plan=`. */
export interface PlannerSlice {
  plannerView: PlannerView | null;
  openPlanner: (view: PlannerView) => void;
  closePlanner: () => void;
}

export const createPlannerSlice: StateCreator<AppState, [], [], PlannerSlice> = (set) => ({
  plannerView: null,
  openPlanner: (plannerView) => set({ plannerView }),
  closePlanner: () => set({ plannerView: null }),
});
