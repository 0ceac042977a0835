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
  return id === 'future-industries' ? futureIndustries(index) : null;
}
