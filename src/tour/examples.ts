import type { AppIndex } from '../app/app-data';
import type { BilingualText, BoardId, Tour, TourStop } from '../schema';
import { DEFAULT_CHOROPLETH, DEFAULT_FILTERS, DEFAULT_HEAT, DEFAULT_LAYERS, INITIAL_VIEW, type Filters } from '../store';

/**
 * Ready-made tours built only from the data: which parks, boards and industries they visit is chosen here; every
 * count, name, industry and status in a caption is read from the data when the tour is built, and the camera
 * goes to the park's or board's own point. Nothing is typed in twice, so a caption cannot drift from the map.
 */
export interface ExampleTourInfo {
  id: string;
  title: BilingualText;
}

export const EXAMPLE_TOURS: readonly ExampleTourInfo[] = [
  { id: 'future-industries', title: { zh: '未来产业在无锡', en: 'Future industries in Wuxi' } },
  { id: 'five-x', title: { zh: '“5+X”未来产业体系', en: 'The “5+X” future industries' } },
];

const FUTURE_ONLY: Filters = { ...DEFAULT_FILTERS, categories: ['future_park'] };
const STATUS: Record<string, BilingualText> = {
  existing: { zh: '现有园区', en: 'an existing park' },
  planned: { zh: '规划园区', en: 'a planned park' },
  suggested: { zh: '建议园区', en: 'a suggested park' },
};

/** The parks visited after the overview and the busiest board, with the lead-in that says why each is on the tour. */
const FUTURE_PARK_STOPS: readonly { park: string; lead: BilingualText }[] = [
  { park: 'wuxi_quantum_sensing_park', lead: { zh: '前沿赛道', en: 'A frontier track' } },
  { park: 'binhu_humanoid_robot_park', lead: { zh: '新赛道', en: 'A new track' } },
  { park: 'liangxi_aerospace_park', lead: { zh: '空天产业', en: 'Aerospace' } },
  { park: 'jiangyin_lingang_hydrogen_park', lead: { zh: '能源转型', en: 'Energy transition' } },
];

function baseStop(caption: BilingualText): TourStop {
  return {
    caption,
    view: { ...INITIAL_VIEW },
    layers: { ...DEFAULT_LAYERS },
    heat: { ...DEFAULT_HEAT },
    choropleth: { ...DEFAULT_CHOROPLETH },
    filters: { ...FUTURE_ONLY },
    selection: null,
  };
}

function futureIndustries(index: AppIndex): Tour {
  const future = index.parks.filter((p) => p.props.category === 'future_park');
  const count = (status: string) => future.filter((p) => p.props.status === status).length;
  const byBoard = new Map<BoardId, number>();
  for (const p of future) byBoard.set(p.props.board, (byBoard.get(p.props.board) ?? 0) + 1);
  const [topBoardId, topCount] = [...byBoard].sort((a, b) => b[1] - a[1])[0] ?? [];
  const stops: TourStop[] = [
    baseStop({
      zh: `地图上共有${future.length}个未来产业园区，分布在${byBoard.size}个板块：现有${count('existing')}个，规划${count('planned')}个。`,
      en: `The map holds ${future.length} future-industry parks in ${byBoard.size} boards: ${count('existing')} existing and ${count('planned')} planned.`,
    }),
  ];
  const topBoard = topBoardId ? index.boardById.get(topBoardId) : undefined;
  if (topBoard && topCount) {
    stops.push({
      ...baseStop({
        zh: `${topBoard.name_zh}的未来产业园区最多：${topCount}个。`,
        en: `${topBoard.name_en} has the most future-industry parks: ${topCount}.`,
      }),
      view: { ...INITIAL_VIEW, longitude: topBoard.label_point[0], latitude: topBoard.label_point[1], zoom: 10.6 },
      selection: { kind: 'board', id: topBoard.id },
    });
  }
  for (const { park: id, lead } of FUTURE_PARK_STOPS) {
    const entry = index.parkById.get(id);
    if (!entry) continue;
    const park = entry.props;
    const board = index.boardById.get(park.board);
    const industries = park.lead_industries.map((i) => index.industryById.get(i)).filter((i) => i !== undefined);
    const status = STATUS[park.status] ?? { zh: '', en: '' };
    stops.push({
      ...baseStop({
        zh: `${lead.zh}：${board?.name_zh ?? ''}${park.name_zh}，${status.zh}，主导产业为${industries.map((i) => i.name_zh).join('、')}。`,
        en: `${lead.en}: ${park.name_en} in ${board?.name_en ?? ''}, ${status.en}, leading in ${industries.map((i) => i.name_en.toLowerCase()).join(' and ')}.`,
      }),
      view: { ...INITIAL_VIEW, longitude: entry.point[0], latitude: entry.point[1], zoom: 12 },
      selection: { kind: 'park', id },
    });
  }
  return { title: EXAMPLE_TOURS[0]!.title, autoAdvanceSec: null, stops };
}

export function buildExampleTour(id: string, index: AppIndex): Tour | null {
  if (id === 'five-x') return fiveX(index);
  return id === 'future-industries' ? futureIndustries(index) : null;
}

const ROLE: Record<string, BilingualText> = {
  main_track: { zh: '主攻方向', en: 'a main track' },
  new_direction: { zh: '新赛道（X）', en: 'a new direction (the “X”)' },
};

/** A camera that shows every point: their middle, zoomed out as far as their spread needs (a ~800 px wide map). */
export function viewOverPoints(points: readonly (readonly [number, number])[]): TourStop['view'] {
  if (points.length === 0) return { ...INITIAL_VIEW };
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  // Degrees of longitude an 800 px map shows at zoom z: 800 × 360 / (512 × 2^z); lat spans count ~1.2× at Wuxi.
  const span = Math.max(east - west, (north - south) * 1.2) * 1.6;
  const zoom = span > 0 ? Math.log2((800 * 360) / (512 * span)) : 12;
  return { ...INITIAL_VIEW, longitude: (west + east) / 2, latitude: (south + north) / 2, zoom: Math.min(12, Math.max(INITIAL_VIEW.zoom, zoom)) };
}

/**
 * The future-industries opinions' "5+X": five main tracks and the new directions, one stop each, with the parks
 * that lead in it and their boards (read from the data), and how the 2026–2028 plan re-cut the list.
 */
function fiveX(index: AppIndex): Tour {
  const role = (id: string, list: 'five_x_2024' | 'five_x_2026') => index.industryById.get(id)?.memberships.find((m) => m.list === list)?.role ?? null;
  const tracks = index.data.taxonomy.filter((i) => role(i.id, 'five_x_2024') !== null);
  const mains = tracks.filter((i) => role(i.id, 'five_x_2024') === 'main_track');
  const news = tracks.filter((i) => role(i.id, 'five_x_2024') === 'new_direction');
  const recut = index.data.taxonomy.filter((i) => role(i.id, 'five_x_2026') !== null);
  const recutMains = recut.filter((i) => role(i.id, 'five_x_2026') === 'main_track').length;
  const leading = (id: string) => index.parks.filter((p) => p.props.lead_industries.includes(id));
  const served = tracks.filter((i) => leading(i.id).length > 0).length;
  const stops: TourStop[] = [
    {
      ...baseStop({
        zh: `未来产业实施意见提出“5+X”体系：${mains.length}个主攻方向、${news.length}个新赛道，地图上有园区以其为主导产业的有${served}个。2026—2028年方案调整为${recutMains}个主攻方向、${recut.length - recutMains}个新方向。`,
        en: `The future-industries opinions set out a “5+X” system: ${mains.length} main tracks and ${news.length} new directions; parks on the map lead in ${served} of them. The 2026–2028 plan re-cuts it into ${recutMains} main tracks and ${recut.length - recutMains} new directions.`,
      }),
      filters: { ...DEFAULT_FILTERS },
    },
  ];
  for (const track of [...mains, ...news]) {
    const parks = leading(track.id);
    const boards = [...new Set(parks.map((p) => p.props.board))].map((b) => index.boardById.get(b)).filter((b) => b !== undefined);
    const kind = ROLE[role(track.id, 'five_x_2024') ?? ''] ?? { zh: '', en: '' };
    const later = role(track.id, 'five_x_2026');
    const change =
      later === null
        ? { zh: '它不在2026年方案的“5+X”名单中。', en: 'It is not on the 2026 plan’s “5+X” list.' }
        : later !== role(track.id, 'five_x_2024')
          ? { zh: `2026年方案将其列为${ROLE[later]?.zh ?? ''}。`, en: `The 2026 plan lists it as ${ROLE[later]?.en ?? ''}.` }
          : { zh: '', en: '' };
    const where =
      parks.length === 0
        ? { zh: '地图上还没有以其为主导产业的园区。', en: 'no park on the map leads in it yet.' }
        : {
            zh: `${parks.length}个园区以其为主导产业，位于${boards.map((b) => b.name_zh).join('、')}。`,
            en: `${parks.length} park${parks.length === 1 ? '' : 's'} lead${parks.length === 1 ? 's' : ''} in it, in ${boards.map((b) => b.name_en).join(', ')}.`,
          };
    stops.push({
      ...baseStop({
        zh: `${track.name_zh}，${kind.zh}：${where.zh}${change.zh}`,
        en: `${track.name_en}, ${kind.en}: ${where.en}${change.en ? ` ${change.en}` : ''}`,
      }),
      filters: { ...DEFAULT_FILTERS },
      view: viewOverPoints(parks.map((p) => p.point)),
      selection: { kind: 'industry', id: track.id },
    });
  }
  return { title: EXAMPLE_TOURS[1]!.title, autoAdvanceSec: null, stops };
}
