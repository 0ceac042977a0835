/**
 * Translation tables for the 2024 work points' annexes. Keys are printed labels after normaliseLabel()
 * (no spaces, full-width brackets). English text lives here, never in the source. A label missing from
 * these tables stops the extractor, so a new year's annex cannot be imported half-understood.
 */

/** Cluster names as printed in Annex 1/2 (normalised) → taxonomy id. */
export const industryByPrintedName: Readonly<Record<string, string>> = {
  物联网: 'iot',
  集成电路: 'integrated_circuits',
  生物医药: 'biomedicine',
  软件与信息技术服务: 'software_it',
  高端装备: 'high_end_equipment',
  高端纺织服装: 'textiles_apparel',
  节能环保: 'energy_saving_environmental',
  新材料: 'new_materials',
  新能源: 'new_energy',
  汽车及零部件: 'automotive_parts',
  '“两机”': 'aero_engines_gas_turbines',
  人工智能: 'artificial_intelligence',
  量子科技: 'quantum_technology',
  第三代半导体: 'third_gen_semiconductors',
  氢能和储能: 'hydrogen_energy_storage',
  深海装备: 'deep_sea_equipment',
  低空经济: 'low_altitude_economy',
  人形机器人: 'humanoid_robots',
  商业航天: 'commercial_space',
  元宇宙: 'metaverse',
  合成生物: 'synthetic_biology',
  高端膜材料: 'advanced_membrane_materials',
};

export interface RowLabel {
  metric: string;
  label_en: string;
  unit_zh: string;
  unit_en: string;
  /** Printed qualifier such as 全口径; null when the row has none. */
  scope_zh: string | null;
  scope_en: string | null;
  /** Appended to the row id when one cluster prints the same metric under two scopes. */
  id_suffix?: string;
  /** "其中：…" rows: the sub-item's taxonomy id; the parent row is the same metric of the block's cluster. */
  sub_item?: string;
  /** Rows printed inside a cluster's block but about another taxonomy item (not a sub-row). */
  industry_override?: string;
  notes?: string[];
}

const YI = { unit_zh: '亿元', unit_en: '100 million yuan' } as const;
const PCT = { unit_zh: '%', unit_en: '%' } as const;
const NO_SCOPE = { scope_zh: null, scope_en: null } as const;
const UNIT_NOT_PRINTED = { unit_zh: '未注明', unit_en: 'not printed' } as const;

/** Annex 1: 营收目标 (the table title gives 亿元) and 增速目标 (%). */
export const annex1Labels: Readonly<Record<string, RowLabel>> = {
  '2024年规上营收目标': { metric: 'revenue_target', label_en: '2024 revenue target (above-designated-size firms)', ...YI, ...NO_SCOPE },
  '增速目标（%）': { metric: 'revenue_growth_target', label_en: 'Revenue growth target', ...PCT, ...NO_SCOPE },
  '其中：车联网（核心产业）营收': {
    metric: 'revenue_target', label_en: 'of which: Internet of Vehicles revenue (core industry)', ...YI,
    scope_zh: '核心产业', scope_en: 'core industry', sub_item: 'iov',
  },
  '其中：车联网增速（%）': {
    metric: 'revenue_growth_target', label_en: 'of which: Internet of Vehicles growth', ...PCT, ...NO_SCOPE, sub_item: 'iov',
  },
  '2024年营收目标（全口径）': {
    metric: 'revenue_target', label_en: '2024 revenue target (all firms)', ...YI,
    scope_zh: '全口径', scope_en: 'all firms (full scope)',
  },
  '营收增速目标（%）（全口径）': {
    metric: 'revenue_growth_target', label_en: 'Revenue growth target (all firms)', ...PCT,
    scope_zh: '全口径', scope_en: 'all firms (full scope)',
  },
  '2024年规上营收目标（制造研发）': {
    metric: 'revenue_target', label_en: '2024 revenue target (above-designated-size, manufacturing & R&D)', ...YI,
    scope_zh: '制造研发', scope_en: 'manufacturing & R&D, above designated size', id_suffix: 'manufacturing_rd',
  },
  '规上营收增速目标（%）（制造研发）': {
    metric: 'revenue_growth_target', label_en: 'Revenue growth target (above-designated-size, manufacturing & R&D)', ...PCT,
    scope_zh: '制造研发', scope_en: 'manufacturing & R&D, above designated size', id_suffix: 'manufacturing_rd',
  },
  '2024年规上营收增速目标（%）': {
    metric: 'revenue_growth_target', label_en: '2024 revenue growth target (above-designated-size firms)', ...PCT, ...NO_SCOPE,
  },
};

const GE = { unit_zh: '个', unit_en: 'count' } as const;

/** Annex 2: cultivation targets. Units as printed (个, 场, 家), or "not printed". */
export const annex2Labels: Readonly<Record<string, RowLabel>> = {
  '新招引企业/项目（个）': { metric: 'new_firms_projects', label_en: 'Newly attracted firms / projects', ...GE, ...NO_SCOPE },
  '其中：车联网': {
    metric: 'new_firms_projects', label_en: 'of which: Internet of Vehicles', ...GE, ...NO_SCOPE, sub_item: 'iov',
    notes: ['No unit printed on this "of which" row; the parent row\'s unit (个) applies.'],
  },
  '举办产业对接、专题招商活动（场）': {
    metric: 'promotion_events', label_en: 'Matchmaking and investment-promotion events', unit_zh: '场', unit_en: 'events', ...NO_SCOPE,
  },
  '举办产业对接、专题招商活动（个）': {
    metric: 'promotion_events', label_en: 'Matchmaking and investment-promotion events', ...GE, ...NO_SCOPE,
    notes: ['Unit printed as 个 in the new-track blocks (场 in the cluster blocks); kept as printed.'],
  },
  '培育“链主”企业（家）': { metric: 'chain_leader_firms', label_en: 'Chain-leader firms to cultivate', unit_zh: '家', unit_en: 'firms', ...NO_SCOPE },
  '新开工5亿元以上在建项目（个）': {
    metric: 'new_projects_over_5yi', label_en: 'New starts of projects ≥ 500 million yuan', ...GE, ...NO_SCOPE,
  },
  '市级以上创新平台（个）': { metric: 'innovation_platforms', label_en: 'City-level or higher innovation platforms', ...GE, ...NO_SCOPE },
  建设创新平台: {
    metric: 'innovation_platforms', label_en: 'Innovation platforms to build', ...UNIT_NOT_PRINTED, ...NO_SCOPE,
    notes: ['The new-track blocks print this row without a unit and without "市级以上"; kept as printed.'],
  },
  制定车联网产业专项政策: {
    metric: 'special_policy', label_en: 'Special policy for the Internet of Vehicles industry', ...UNIT_NOT_PRINTED, ...NO_SCOPE,
    industry_override: 'iov',
    notes: ['Printed inside the 物联网 block; it concerns 车联网, so the row is filed under iov (not as an "of which" sub-row). No unit printed.'],
  },
};

/** Annex 3: park targets per board (no 全市 column). */
export const annex3Labels: Readonly<Record<string, RowLabel>> = {
  '新增市级特色产业园区（个）': { metric: 'new_city_parks', label_en: 'New city-level characteristic industrial parks', ...GE, ...NO_SCOPE },
  '布局未来产业特色园区（个）': { metric: 'future_parks', label_en: 'Future-industry characteristic parks to lay out', ...GE, ...NO_SCOPE },
  '建设载体面积（万平方米）': {
    metric: 'carrier_area', label_en: 'Floor space of industrial carriers to build', unit_zh: '万平方米', unit_en: '10,000 m²', ...NO_SCOPE,
  },
  '开展数字化园区试点（个）': { metric: 'digital_park_pilots', label_en: 'Digital-park pilots', ...GE, ...NO_SCOPE },
  '建设省级以上产业技术基础公共服务平台（个）': {
    metric: 'public_service_platforms', label_en: 'Provincial-level or higher public service platforms for industrial technology', ...GE, ...NO_SCOPE,
  },
};

export const tableTitles = {
  wp2024_annex1: { title_en: '2024 revenue targets of Wuxi\'s "465" modern industrial clusters (100 million yuan)' },
  wp2024_annex2: { title_en: '2024 cultivation targets of Wuxi\'s "465" modern industrial clusters' },
  wp2024_annex3: { title_en: '2024 targets for Wuxi\'s characteristic industrial parks' },
} as const;

/** Footnotes under the tables, summarised in our own words (matched by the note's opening, "注："). */
export const tableNotes = {
  wp2024_annex1: {
    text_zh: '若统计用企业名录调整导致基数变化，增速目标保持不变，营收总量目标随之相应修正。',
    text_en: 'If a change in the statistical register of enterprises shifts the base, the growth targets stay as set and the revenue totals are adjusted to match.',
  },
  wp2024_annex2: null,
  wp2024_annex3: {
    text_zh: '本表不含各园区的具体任务（主导产业规模、招商、低效用地盘活、载体与平台建设、专业化管理等），由各产业集群工作专班在年度工作要点中另行下达。',
    text_en: 'Park-by-park tasks (lead-industry size, investment attraction, reuse of under-used land, floor space and platforms, professional management) are not in this table; each cluster working group sets them in its own annual work points.',
  },
} as const;
