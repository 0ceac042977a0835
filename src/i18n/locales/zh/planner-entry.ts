/** The header's entry to the planner's tools (the tools' own strings load with them: planner.ts). */
const plannerEntry = {
  open: '规划工具',
  openHint: '产业链覆盖矩阵与规划核查清单',
} as const;

export default plannerEntry;
