import type { BoardColumn, ImportKind } from '../../schema';
import { boardIds } from '../../schema/constants';
import { lookupKey, normaliseText } from './text';
import { BOARD_WORDS, FORBIDDEN_KEYS } from '../validate/vocab';

/**
 * Column headers (and GeoJSON property names) → canonical fields, in Chinese and English.
 * A header may declare a unit — "总投资（万元）", "investment_wan", "面积(公顷)" — which applies to the whole column.
 * Bilingual template headers such as "项目名称/name" match on either half.
 */
export type ProjectField = 'id' | 'name' | 'industry' | 'stage' | 'investment' | 'unit' | 'date' | 'board' | 'lon' | 'lat' | 'coordinates' | 'park';
export type ZoneField = 'id' | 'name' | 'zone_kind' | 'board' | 'lead_industries' | 'area' | 'status' | 'lon' | 'lat' | 'coordinates' | 'geometry';
export type TargetField = 'industry' | 'metric' | 'unit' | 'year';
export type Field = ProjectField | ZoneField | TargetField;

const COMMON_WORDS = {
  id: ['id', '编号', '代码', '项目编号', '园区编号', '区域编号', 'code', 'project_id', 'zone_id', 'ref'],
  board: ['板块', '所属板块', '区县', '所属区县', '地区', '辖区', '行政区', 'board', 'district', 'area_board'],
  lon: ['经度', '东经', 'lng', 'lon', 'long', 'longitude', 'x'],
  lat: ['纬度', '北纬', 'lat', 'latitude', 'y'],
  coordinates: ['坐标', '经纬度', 'lnglat', 'lonlat', 'coordinates', 'coords', 'location'],
} as const;

export const FIELD_WORDS: Readonly<Record<ImportKind, Readonly<Record<string, readonly string[]>>>> = {
  projects: {
    ...COMMON_WORDS,
    name: ['项目名称', '名称', '项目', 'name', 'project', 'project_name', 'title'],
    industry: ['产业', '行业', '所属产业', '产业集群', '集群', '产业类别', '产业方向', 'industry', 'sector', 'cluster'],
    stage: ['阶段', '项目阶段', '状态', '项目状态', '进度', '进展', 'stage', 'pipeline', 'status', 'phase'],
    investment: ['总投资', '投资额', '计划总投资', '投资', '投资总额', 'investment', 'total_investment', 'amount', 'invest'],
    unit: ['单位', '投资单位', '金额单位', 'unit', 'currency_unit'],
    date: ['日期', '时间', '签约日期', '开工日期', '填报日期', '年月', 'date', 'time'],
    park: ['园区', '所在园区', '所属园区', '载体', '园区名称', 'park', 'park_id', 'park_name'],
  },
  zones: {
    ...COMMON_WORDS,
    name: ['名称', '区域名称', '园区名称', '片区名称', 'name', 'zone', 'zone_name', 'title'],
    zone_kind: ['类型', '类别', '区域类型', '园区类型', 'kind', 'type', 'zone_kind', 'category'],
    lead_industries: ['主导产业', '产业', '产业方向', '重点产业', 'lead_industries', 'industries', 'industry'],
    area: ['面积', '规划面积', '占地面积', '用地面积', 'area'],
    status: ['状态', '建设状态', '现状', 'status', 'state'],
    geometry: ['几何', '几何类型', 'geometry', 'geometry_type'],
  },
  targets: {
    industry: ['产业集群', '集群', '产业', '行业', 'industry', 'cluster'],
    metric: ['指标', '营业收入', '建设培育指标', '目标', '指标名称', 'metric', 'indicator', 'target'],
    unit: ['单位', 'unit'],
    year: ['年份', '年度', 'year'],
  },
  sites: {},
};

export type HeaderUnit = 'yi' | 'wan' | 'km2' | 'ha' | 'mu' | 'm2' | 'percent';

/** Unit words a header may carry, with what they declare. */
const HEADER_UNITS: ReadonlyArray<readonly [RegExp, HeaderUnit]> = [
  [/亿元|\(亿\)|_yi$|\byi\b|100m ?cny|100 million/i, 'yi'],
  [/万元|\(万\)|_wan$|\bwan\b|10k ?cny|10 thousand/i, 'wan'],
  [/平方公里|km2|km²|sq ?km/i, 'km2'],
  [/公顷|\bha\b|hectares?/i, 'ha'],
  [/亩|\bmu\b/i, 'mu'],
  [/平方米|\bm2\b|m²/i, 'm2'],
  [/%|（%）|percent/i, 'percent'],
];

export interface HeaderMatch {
  field: Field | null;
  board: BoardColumn | null;
  unit: HeaderUnit | null;
  forbidden: boolean;
}

function unitOf(text: string): { unit: HeaderUnit | null; rest: string } {
  for (const [pattern, unit] of HEADER_UNITS) {
    if (pattern.test(text)) return { unit, rest: text.replace(pattern, ' ') };
  }
  return { unit: null, rest: text };
}

const wordIndexCache = new Map<ImportKind, Map<string, Field>>();
function wordIndex(kind: ImportKind): Map<string, Field> {
  let index = wordIndexCache.get(kind);
  if (!index) {
    index = new Map();
    const words = FIELD_WORDS[kind];
    for (const field of Object.keys(words)) {
      for (const w of words[field] ?? []) if (!index.has(lookupKey(w))) index.set(lookupKey(w), field as Field);
    }
    wordIndexCache.set(kind, index);
  }
  return index;
}

const boardColumnIndex = (() => {
  const map = new Map<string, BoardColumn>();
  for (const w of ['全市', '全市合计', '合计', 'city', 'total', 'wuxi']) map.set(lookupKey(w), 'city');
  for (const id of boardIds) {
    map.set(lookupKey(id), id);
    for (const w of BOARD_WORDS[id]) map.set(lookupKey(w), id);
  }
  return map;
})();

export function matchHeader(raw: string, kind: ImportKind): HeaderMatch {
  const text = normaliseText(raw);
  if (FORBIDDEN_KEYS.has(text)) return { field: null, board: null, unit: null, forbidden: true };
  const parts = [text, ...text.split(/[/|｜]/).map((p) => p.trim())].filter(Boolean);
  const index = wordIndex(kind);
  let unit: HeaderUnit | null = null;
  for (const part of parts) {
    const u = unitOf(part);
    unit ??= u.unit;
    const key = lookupKey(u.rest);
    if (kind === 'targets') {
      const board = boardColumnIndex.get(key);
      if (board) return { field: null, board, unit, forbidden: false };
    }
    const field = index.get(key);
    if (field) return { field, board: null, unit, forbidden: false };
  }
  return { field: null, board: null, unit, forbidden: false };
}

export const REQUIRED_FIELDS: Readonly<Record<ImportKind, readonly Field[]>> = {
  projects: ['name', 'industry', 'stage'],
  zones: ['name', 'zone_kind'],
  targets: ['industry', 'metric'],
  // A site register is GeoJSON in one fixed format (src/import/kinds/sites.ts), never matched by header words.
  sites: [],
};
