/** “目标时间线”视图：图、表、限定词、每年目标、文件自相矛盾之处。 */
const timeline = {
  title: '目标时间线',
  subject: {
    city: '全市',
    board: '{{name}}',
    industry: '{{name}}',
  },
  close: '关闭时间线',
  views: { label: '显示方式', chart: '图', table: '表' },
  search: '按指标名称筛选',
  count: '{{count}} 项指标',
  none: '没有符合的指标。',
  intro: '每项指标一条时间线：实心点为实际值，空心点为目标，横条为“每年”目标（每一年都要达到，而非末年一次）。“未设目标”对应原文“-”，不等于 0。',
  legend: { fact: '实际值', target: '目标', perYear: '每年目标', noTarget: '未设目标（原文“-”）', disagree: '文件表述不一致' },
  qualifier: {
    about: '约 {{value}}',
    at_least: '不少于 {{value}}',
    over: '超过 {{value}}',
    reach: '{{value}}',
    exact: '{{value}}',
    fact: '{{value}}',
    cumulative: '累计 {{value}}',
  },
  perYear: {
    each: '{{from}}—{{to}}年每年',
    eachOpen: '至{{to}}年每年',
    average: '至{{to}}年平均每年',
  },
  kind: { fact: '实际', target: '目标', perYear: '每年目标' },
  columns: { indicator: '指标', year: '年份', value: '数值', kind: '类型', printed: '原文', source: '来源' },
  unit: '单位：{{unit}}',
  disagree: {
    badge: '文件表述不一致',
    intro: '以下表述相互不一致，均按原文保留，未作取舍：',
  },
  chartLabel: '{{label}}：{{points}}',
  group: {
    wp2024_city_goals: '2024年工作要点 · 主要目标',
    wp2024_task_targets: '2024年工作要点 · 重点任务中的目标',
    opinions_goals: '未来产业实施意见 · 目标',
    plan2026_targets: '“增强补育”实施方案（2026—2028年）· 目标',
    jiangyin_indicators: '江阴 · 主要指标表',
    jiangyin_body_targets: '江阴 · 正文中的目标',
    fyp15_facts: '“十五五”建言摘编 · 现状（建言，非已通过政策）',
    wp2024_annex1: '2024年工作要点 · 附件1 营收目标',
    wp2024_annex2: '2024年工作要点 · 附件2 培育目标',
    wp2024_annex3: '2024年工作要点 · 附件3 特色产业园区目标',
  },
  noFigure: '无数值（原文“—”）',
  noTargetRows: '另有 {{count}} 行在本板块一栏为“-”（未设目标）。',
} as const;

export default timeline;
