/** Extra strings of the timeline's charts: an indicator with no figure to draw gets no empty chart. */
const timelineChart = {
  noYearlyFigures: 'No yearly figures: the documents state this indicator in words only (listed below).',
} as const;
export default timelineChart;
