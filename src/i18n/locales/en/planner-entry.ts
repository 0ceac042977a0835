/** The header's entry to the planner's tools (complete: every key of zh/planner-entry.ts). */
const plannerEntry = {
  open: 'Planner',
  openHint: 'Chain-coverage matrix and the planner’s QA list',
} as const;

export default plannerEntry;
