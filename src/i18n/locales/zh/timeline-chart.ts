/** 时间线图表的补充文字：没有可画数字的指标不画空图。 */
const timelineChart = {
  noYearlyFigures: '没有逐年数字：文件只用文字表述此指标，见下方各条。',
} as const;
export default timelineChart;
