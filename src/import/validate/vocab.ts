import type { BoardId, ParkStatus, ProjectStage, ZoneKind } from '../../schema';

/**
 * Words people write in the stage / board / zone-kind / status columns, Chinese and English.
 * Matching goes through lookupKey() (case, width, spaces and punctuation ignored).
 */
export const STAGE_WORDS: Readonly<Record<ProjectStage, readonly string[]>> = {
  negotiating: ['在谈', '洽谈', '洽谈中', '在谈中', '意向', 'negotiating', 'negotiation', 'in negotiation'],
  signed: ['签约', '已签约', 'signed'],
  registered: ['备案', '已备案', 'registered', 'filed'],
  under_approval: ['在批', '审批中', '报批', 'under approval', 'approval'],
  started: ['开工', '新开工', '已开工', 'started', 'groundbreaking'],
  under_construction: ['在建', '建设中', 'under construction', 'construction'],
  completed: ['竣工', '已竣工', 'completed', 'complete'],
  at_capacity: ['达产', '已达产', 'at capacity', 'full production'],
};

/** Stage labels for templates, exports and the UI. */
export const STAGE_LABELS: Readonly<Record<ProjectStage, { zh: string; en: string }>> = {
  negotiating: { zh: '在谈', en: 'Negotiating' },
  signed: { zh: '签约', en: 'Signed' },
  registered: { zh: '备案', en: 'Registered' },
  under_approval: { zh: '在批', en: 'Under approval' },
  started: { zh: '开工', en: 'Started' },
  under_construction: { zh: '在建', en: 'Under construction' },
  completed: { zh: '竣工', en: 'Completed' },
  at_capacity: { zh: '达产', en: 'At capacity' },
};

/** Board names as the annex headers print them, the full administrative names, and English names. */
export const BOARD_WORDS: Readonly<Record<BoardId, readonly string[]>> = {
  '320281': ['江阴', '江阴市', 'Jiangyin'],
  '320282': ['宜兴', '宜兴市', 'Yixing'],
  '320213': ['梁溪', '梁溪区', 'Liangxi'],
  '320205': ['锡山', '锡山区', 'Xishan'],
  '320206': ['惠山', '惠山区', 'Huishan'],
  '320211': ['滨湖', '滨湖区', 'Binhu'],
  '320214': ['新吴', '新吴区', 'Xinwu'],
  wxjk: ['经开', '经开区', '无锡经开区', '无锡经济开发区', 'Wuxi EDZ', 'Wuxi Economic Development Zone', 'Economic Development Zone', 'Jingkai'],
};

export const ZONE_KIND_WORDS: Readonly<Record<ZoneKind, readonly string[]>> = {
  connected_zone: ['重大产业集中连片区', '集中连片区', '连片区', 'connected zone', 'connected', 'contiguous zone'],
  upgrade_zone: ['新型工业集约聚合区', '集约聚合区', '聚合区', 'upgrade zone', 'upgrade', 'aggregation zone'],
  extra_park: ['园区', '产业园', '其他园区', '特色园区', 'park', 'extra park', 'other park'],
};

export const ZONE_KIND_LABELS: Readonly<Record<ZoneKind, { zh: string; en: string }>> = {
  connected_zone: { zh: '重大产业集中连片区', en: 'Connected zone' },
  upgrade_zone: { zh: '新型工业集约聚合区', en: 'Upgrade zone' },
  extra_park: { zh: '园区', en: 'Park' },
};

export const STATUS_WORDS: Readonly<Record<ParkStatus, readonly string[]>> = {
  existing: ['现有', '已建', '建成', '已建成', '运营', 'existing', 'built', 'operating'],
  planned: ['规划', '规划中', '在建', '拟建', 'planned', 'planning', 'under construction'],
  suggested: ['建议', '设想', 'suggested', 'proposed'],
};

/** Area units → km² factor. */
export const AREA_UNITS: ReadonlyArray<readonly [readonly string[], number]> = [
  [['平方公里', 'km2', 'km²', 'sqkm', 'km^2'], 1],
  [['公顷', 'ha', 'hectare', 'hectares'], 0.01],
  [['亩', 'mu'], 1 / 1500],
  [['平方米', 'm2', 'm²', 'sqm'], 1e-6],
];

/** Annex 1/2 metric ids with the words their row labels contain (first match wins; order matters). */
export const METRIC_WORDS: ReadonlyArray<{ metric: string; words: readonly string[]; unit_zh: string; unit_en: string; label_zh: string; label_en: string }> = [
  { metric: 'revenue_growth_target', words: ['增速', '增长', 'growth'], unit_zh: '%', unit_en: '%', label_zh: '增速目标', label_en: 'Growth target' },
  { metric: 'revenue_target', words: ['营收', '营业收入', 'revenue'], unit_zh: '亿元', unit_en: '100 million yuan', label_zh: '营收目标', label_en: 'Revenue target' },
  { metric: 'new_projects_over_5yi', words: ['5亿元以上', '5亿以上', 'over5yi', 'over 5'], unit_zh: '个', unit_en: 'projects', label_zh: '新开工5亿元以上在建项目', label_en: 'New projects ≥ 5 亿 yuan under construction' },
  { metric: 'new_firms_projects', words: ['新招引', '招引', 'new firms'], unit_zh: '个', unit_en: 'firms/projects', label_zh: '新招引企业/项目', label_en: 'New firms/projects attracted' },
  { metric: 'promotion_events', words: ['对接', '招商活动', 'promotion', 'events'], unit_zh: '场', unit_en: 'events', label_zh: '产业对接、专题招商活动', label_en: 'Matchmaking and promotion events' },
  { metric: 'chain_leader_firms', words: ['链主', 'chain leader'], unit_zh: '家', unit_en: 'firms', label_zh: '培育链主企业', label_en: 'Chain-leader firms cultivated' },
  { metric: 'innovation_platforms', words: ['创新平台', 'platform'], unit_zh: '个', unit_en: 'platforms', label_zh: '市级以上创新平台', label_en: 'Innovation platforms (city level and above)' },
  { metric: 'special_policy', words: ['专项政策', 'policy'], unit_zh: '项', unit_en: 'policies', label_zh: '制定专项政策', label_en: 'Dedicated policy' },
];

export const ANNEX1_METRICS: ReadonlySet<string> = new Set(['revenue_target', 'revenue_growth_target']);

/** Keys a user file may never set on an object (prototype pollution); reported and ignored. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
