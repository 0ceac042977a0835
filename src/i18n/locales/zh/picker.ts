/** 板块比较等长列表选择器的搜索框。 */
const picker = {
  search: '搜索指标或产业（{{count}} 项）',
} as const;

export default picker;
