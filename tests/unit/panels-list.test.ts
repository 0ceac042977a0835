import { describe, expect, it } from 'vitest';
import { nextSort, sortParks } from '../../src/list/sort-parks';

// Synthetic parks: only the fields the list sorts on.
const parks = [
  { id: 'c', name_zh: '新吴园', name_en: 'Xinwu Park', board: '320214', category: 'innovation_hub', status: 'planned', precision: 'district' },
  { id: 'a', name_zh: '安镇园', name_en: 'Anzhen Park', board: '320205', category: 'future_park', status: 'suggested', precision: 'town' },
  { id: 'b', name_zh: '滨湖园', name_en: 'Binhu Park', board: '320211', category: 'future_park', status: 'existing', precision: 'site' },
] as const;
const list = parks.map((p) => ({ ...p }));
const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

describe('park list sorting', () => {
  it('sorts Chinese names by pinyin order and English names alphabetically', () => {
    expect(ids(sortParks(list, { key: 'name', dir: 'asc' }, 'zh'))).toEqual(['a', 'b', 'c']);
    expect(ids(sortParks(list, { key: 'name', dir: 'desc' }, 'en'))).toEqual(['c', 'b', 'a']);
  });
  it('sorts boards, statuses and precision in document order, ties by name', () => {
    expect(ids(sortParks(list, { key: 'board', dir: 'asc' }, 'en'))).toEqual(['a', 'b', 'c']);
    expect(ids(sortParks(list, { key: 'status', dir: 'asc' }, 'en'))).toEqual(['b', 'c', 'a']);
    expect(ids(sortParks(list, { key: 'category', dir: 'asc' }, 'en'))).toEqual(['a', 'b', 'c']);
    expect(ids(sortParks(list, { key: 'precision', dir: 'desc' }, 'en'))).toEqual(['c', 'a', 'b']);
  });
  it('flips direction on the same column and starts ascending on another', () => {
    expect(nextSort({ key: 'name', dir: 'asc' }, 'name')).toEqual({ key: 'name', dir: 'desc' });
    expect(nextSort({ key: 'name', dir: 'desc' }, 'board')).toEqual({ key: 'board', dir: 'asc' });
  });
});
