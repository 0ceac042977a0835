/**
 * Stated reasons for every place where the eight boards do not add up to 全市 (see sum-check.ts).
 * Only what the document shows is said; nothing is patched. A discrepancy without an entry here stops
 * `npm run build:data`, and the unit test fails on one missing from data/sum-allowances.json.
 */
const NOT_PATCHED_ZH = '文件自身数字不一致，按原样保留，未作修正。';
const NOT_PATCHED_EN = "The document's own figures disagree; kept as printed, not patched.";

export const sumReasons: Readonly<Record<string, { reason_zh: string; reason_en: string }>> = {
  'wp2024_annex1.biomedicine.revenue_target': {
    reason_zh: `生物医药“2024年营收目标（全口径）”：八个板块合计2313亿元，全市列2300亿元。${NOT_PATCHED_ZH}`,
    reason_en: `Biomedicine, 2024 revenue target (all firms): the eight boards add up to 2313, the city column prints 2300 (100 million yuan). ${NOT_PATCHED_EN}`,
  },
  'wp2024_annex2.automotive_parts.new_projects_over_5yi': {
    reason_zh: `汽车及零部件“新开工5亿元以上在建项目”：八个板块合计12个，全市列11个。${NOT_PATCHED_ZH}`,
    reason_en: `Automobiles & parts, new starts of projects ≥ 500 million yuan: the boards add up to 12, the city column prints 11. ${NOT_PATCHED_EN}`,
  },
  'wp2024_annex2.iov.special_policy': {
    reason_zh: '“制定车联网产业专项政策”：全市一栏为“-”（未列全市目标），锡山、新吴、经开各列1。文件未说明全市数，故不求和、不补值。',
    reason_en: 'Special IoV policy: the city column prints "-" (no city-wide target) while Xishan, Xinwu and the Economic Development Zone each print 1. The document gives no city-wide figure, so none is summed or filled in.',
  },
};
