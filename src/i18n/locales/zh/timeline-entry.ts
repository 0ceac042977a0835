/** 打开“目标时间线”的入口按钮（首屏需要；时间线本身的文字随其代码加载）。 */
const timelineEntry = {
  open: '目标时间线',
  openCity: '全市目标时间线',
} as const;

export default timelineEntry;
