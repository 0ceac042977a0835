/**
 * Plain value lists shared by the schemas and the app. Kept free of zod so that importing a list
 * (boards, categories …) from UI code does not pull the validation library into the first load:
 * data is validated at build/test time, not in the browser.
 */

/** The five public documents every figure comes from (see data/documents.json). */
export const documentIds = ['wp2024', 'opinions', 'plan2026', 'jiangyin2023', 'fyp15'] as const;
export type DocumentId = (typeof documentIds)[number];

/**
 * The eight boards (板块): the seven administrative units by adcode, and 无锡经开区 as `wxjk`.
 * Column order follows the 2024 work points' annexes.
 */
export const boardIds = ['320281', '320282', '320213', '320205', '320206', '320211', '320214', 'wxjk'] as const;
export type BoardId = (typeof boardIds)[number];

/** A table column: a board, or the whole city (全市). */
export const boardColumns = ['city', ...boardIds] as const;
export type BoardColumn = (typeof boardColumns)[number];

/** Table header as printed → column id. */
export const boardColumnByHeader: Readonly<Record<string, BoardColumn>> = {
  全市: 'city',
  江阴: '320281',
  宜兴: '320282',
  梁溪: '320213',
  锡山: '320205',
  惠山: '320206',
  滨湖: '320211',
  新吴: '320214',
  经开: 'wxjk',
};

export const parkCategories = ['future_park', 'characteristic_park', 'connected_zone', 'upgrade_zone', 'innovation_hub'] as const;
export const parkStatuses = ['existing', 'planned', 'suggested'] as const;
export const positionPrecisions = ['site', 'town', 'district'] as const;

/** Lists an industry can belong to, by document/year (see taxonomy.ts). */
export const membershipLists = ['cluster465', 'annex1_2024', 'five_x_2024', 'five_x_2026', 'jiangyin345'] as const;

export const importKinds = ['projects', 'zones', 'targets', 'sites'] as const;
/** The city's eight project pipelines, in order: 在谈 签约 备案 在批 开工 在建 竣工 达产. */
export const projectStages = [
  'negotiating',
  'signed',
  'registered',
  'under_approval',
  'started',
  'under_construction',
  'completed',
  'at_capacity',
] as const;
/** Coordinate systems a file may be in; everything is stored as WGS84. */
export const importCrsIds = ['wgs84', 'gcj02', 'bd09'] as const;
export const importFormats = ['csv', 'xlsx', 'geojson'] as const;
export const zoneKinds = ['connected_zone', 'upgrade_zone', 'extra_park'] as const;

/** Map surfaces a view can show (store types and the tour file schema both derive from these). */
export const heatKinds = ['targets', 'projects'] as const;
/** Metrics of the target intensity surface; the last is Annex 2's "new projects ≥ 5亿元". */
export const heatTargetMetrics = ['revenue_target', 'new_firms_projects', 'innovation_platforms', 'new_projects_over_5yi'] as const;
export const choroplethMetrics = ['revenue_target', 'revenue_growth_target', 'new_firms_projects', 'new_projects_over_5yi'] as const;
export const choroplethClassifications = ['jenks', 'quantile'] as const;
