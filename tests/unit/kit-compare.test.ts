import { describe, expect, it } from 'vitest';
import { buildCompareModel } from '../../src/compare/compare-model';
import { addedTo, MAX_COMPARE } from '../../src/store/compare-slice';
import { realIndex } from './kit-fixture';

const index = realIndex();

describe('comparison model', () => {
  it('puts two parks side by side, marks their shared lead industries and shows only shared targets', () => {
    // Two parks that both lead in metaverse, IoV and AI (Jiangyin's Xiakewan and Huishan's Qishan Lake).
    const model = buildCompareModel(index, { kind: 'park', ids: ['xiakewan_science_city', 'qishan_lake_innovation_valley'] });
    expect(model.columns.map((c) => c.id)).toEqual(['xiakewan_science_city', 'qishan_lake_innovation_valley']);
    expect(model.shared.sort()).toEqual(['artificial_intelligence', 'iov', 'metaverse']);
    expect(model.targetScope).toBe('shared');
    expect(model.targets.length).toBeGreaterThan(0);
    for (const row of model.targets) {
      expect(model.shared).toContain(row.industry);
      // Each park's cell is its own board's value for that row.
      row.cells.forEach((cell, i) => {
        expect(cell?.board).toBe(model.columns[i]!.board);
        expect(cell?.value).toBe(row.row.values[model.columns[i]!.board!]);
      });
    }
  });

  it('shows each item’s own targets when nothing is shared, and leaves the others empty', () => {
    const a = index.parks.find((p) => p.props.lead_industries.includes('humanoid_robots'))!.props;
    const b = index.parks.find((p) => p.props.lead_industries.length && !p.props.lead_industries.some((i) => a.lead_industries.includes(i)))!.props;
    const model = buildCompareModel(index, { kind: 'park', ids: [a.id, b.id] });
    expect(model.shared).toEqual([]);
    expect(model.targetScope).toBe('all');
    for (const row of model.targets) {
      const owners = model.columns.map((c) => c.industries.includes(row.industry));
      row.cells.forEach((cell, i) => expect(cell === null).toBe(!owners[i]));
    }
  });

  it('counts parks per category for boards', () => {
    const model = buildCompareModel(index, { kind: 'board', ids: ['320211', '320281'] });
    for (const col of model.columns) {
      const parks = index.parks.filter((p) => p.props.board === col.id);
      const total = Object.values(col.parksPerCategory!).reduce((s, n) => s + n, 0);
      expect(total).toBe(parks.length);
      expect(col.parksPerCategory!.future_park).toBe(parks.filter((p) => p.props.category === 'future_park').length);
    }
  });

  it('adds at most four of one kind; another kind starts over', () => {
    let set = { kind: 'park' as const, ids: [] as string[] };
    for (const id of ['a', 'b', 'c', 'd', 'e']) set = addedTo(set, 'park', id) as typeof set;
    expect(set.ids).toEqual(['a', 'b', 'c', 'd']);
    expect(set.ids.length).toBe(MAX_COMPARE);
    expect(addedTo(set, 'park', 'a')).toBe(set);
    expect(addedTo(set, 'board', '320211')).toEqual({ kind: 'board', ids: ['320211'] });
  });
});
