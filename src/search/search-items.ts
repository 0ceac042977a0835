import { boardColumnByHeader } from '../schema/constants';
import type { AppIndex } from '../app/app-data';
import type { SearchItem } from './search-index';

/** Short board names as the annexes print them (江阴, 经开 …), plus 经开区 which people say. */
const SHORT_BOARD_NAMES = new Map<string, string[]>();
for (const [header, column] of Object.entries(boardColumnByHeader)) {
  if (column !== 'city') SHORT_BOARD_NAMES.set(column, [header]);
}
SHORT_BOARD_NAMES.get('wxjk')?.push('经开区');

/**
 * The town a town-precision park is placed in, read from its position note ("胡埭镇中心点…"), so that
 * typing a town ("hd" → 胡埭) finds the parks there.
 */
export function townOf(positionBasis: string): string | null {
  return /^(\p{Script=Han}+?(?:镇|街道|乡))/u.exec(positionBasis)?.[1] ?? null;
}

/** Everything searchable, from the loaded data. */
export function searchItemsFrom(index: AppIndex): SearchItem[] {
  return [
    ...index.boards.map((b) => ({
      kind: 'board' as const,
      id: b.id,
      name_zh: b.name_zh,
      name_en: b.name_en,
      aliases_zh: SHORT_BOARD_NAMES.get(b.id) ?? [],
    })),
    ...index.data.taxonomy.map((i) => ({
      kind: 'industry' as const,
      id: i.id,
      name_zh: i.name_zh,
      name_en: i.name_en,
      aliases_zh: i.aliases_zh,
      aliases_en: i.aliases_en,
    })),
    ...index.parks.map((p) => ({
      kind: 'park' as const,
      id: p.props.id,
      name_zh: p.props.name_zh,
      name_en: p.props.name_en,
      aliases_zh: p.props.aliases_zh,
      places_zh: p.props.precision === 'town' ? [townOf(p.props.position_basis)].filter((x): x is string => x !== null) : [],
    })),
  ];
}
