import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BoardIdSchema,
  FutureParkPlansSchema,
  ParkRegisterSchema,
  TaxonomySchema,
  boardIds,
  type BoardId,
  type DocumentId,
  type ParkRecord,
  type SourceRef,
} from '../../src/schema';
import { DATA_DIR, GEO_DIR, SOURCES_DIR, readSource, sourcesAvailable } from '../../scripts/data/paths';
import { parseOpinionsAnnex2, parseWp2024FutureParks, sectionText } from '../../scripts/data/parks-sections';
import { squash } from '../../scripts/data/text';

const readJson = (file: string): unknown => JSON.parse(readFileSync(resolve(DATA_DIR, file), 'utf8'));
const parks = ParkRegisterSchema.parse(readJson('parks.json'));
const plans = FutureParkPlansSchema.parse(readJson('future-park-plans.json'));
const taxonomy = TaxonomySchema.parse(readJson('taxonomy.json'));
const parkById = new Map(parks.map((p) => [p.id, p]));

const namesOf = (p: ParkRecord): string[] => [p.name_zh, ...p.aliases_zh];
/** Whether a squashed text mentions the park by its name or one of its aliases. */
const mentions = (text: string, p: ParkRecord): boolean => namesOf(p).some((n) => text.includes(squash(n)));
const isAnnex2 = (s: SourceRef) => s.document === 'opinions' && s.section === '附件2';
const isWp2024List = (s: SourceRef) => s.document === 'wp2024' && s.section === '二(二)3';

/** Board as printed in the opinions' Annex 2 → board id. */
const annex2Board: Readonly<Record<string, BoardId>> = {
  江阴市: '320281',
  宜兴市: '320282',
  梁溪区: '320213',
  锡山区: '320205',
  惠山区: '320206',
  滨湖区: '320211',
  新吴区: '320214',
  无锡经开区: 'wxjk',
};

/** Printed industry name → taxonomy id, through each industry's name and aliases. */
const industryByName = new Map(taxonomy.flatMap((t) => [t.name_zh, ...t.aliases_zh].map((n) => [squash(n), t.id] as const)));

describe('park register (data/parks.json)', () => {
  it('has unique ids', () => {
    const ids = parks.map((p) => p.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has unique names: no name or alias belongs to two records', () => {
    const all = parks.flatMap((p) => namesOf(p).map(squash));
    const dupes = all.filter((n, i) => all.indexOf(n) !== i);
    expect(dupes).toEqual([]);
  });

  it('uses only industry ids from the taxonomy, without repeats', () => {
    const known = new Set(taxonomy.map((t) => t.id));
    for (const p of parks) {
      expect(p.lead_industries.filter((id) => !known.has(id)), p.id).toEqual([]);
      expect(new Set(p.lead_industries).size, p.id).toBe(p.lead_industries.length);
    }
  });

  it('never claims connected zones or upgrade zones (the documents name none)', () => {
    expect(parks.filter((p) => p.category === 'connected_zone' || p.category === 'upgrade_zone')).toEqual([]);
  });

  it('calls a park future_park exactly when a future-park list cites it', () => {
    for (const p of parks) {
      const listed = p.sources.some((s) => isAnnex2(s) || isWp2024List(s));
      expect(p.category === 'future_park', p.id).toBe(listed);
    }
  });

  it('marks as suggested exactly the parks that only the fyp15 digest names', () => {
    for (const p of parks) {
      const onlyDigest = p.sources.every((s) => s.document === 'fyp15');
      expect(p.status === 'suggested', p.id).toBe(onlyDigest);
    }
  });

  it('marks parks listed as existing key parks in Annex 2 as existing', () => {
    for (const p of parks.filter((q) => q.sources.some(isAnnex2))) expect(p.status, p.id).toBe('existing');
  });

  it('places by town only within the board, with a town named in the park name or its cited text', () => {
    for (const p of parks) {
      if (p.placement.method === 'site') throw new Error(`${p.id}: site placement needs a cited dataset; none is used`);
      if (p.placement.method !== 'town') continue;
      const { town_code, town_zh } = p.placement;
      // 无锡经开区 has no adcode of its own; its streets carry their district's code.
      expect(town_code.startsWith(p.board === 'wxjk' ? '3202' : p.board), p.id).toBe(true);
      expect(/(镇|街道)$/.test(town_zh), p.id).toBe(true);
    }
  });

  it('uses town codes that the vendored town list knows, with a position, once it exists', () => {
    const towns = resolve(GEO_DIR, 'sources/wuxi-towns.gcj02.csv');
    if (!existsSync(towns)) return;
    const [header, ...rows] = readFileSync(towns, 'utf8').trim().split(/\r?\n/).map((l) => l.split(','));
    const col = (name: string): number => header!.indexOf(name);
    expect([col('code'), col('name'), col('lon'), col('lat')].every((i) => i >= 0)).toBe(true);
    for (const p of parks) {
      const placement = p.placement;
      if (placement.method !== 'town') continue;
      const row = rows.find((r) => r[col('code')] === placement.town_code);
      expect(row, p.id).toBeDefined();
      expect(row![col('name')], p.id).toBe(placement.town_zh);
      // a town without a position could only be shown at district precision
      expect(row![col('lon')] !== '' && row![col('lat')] !== '', p.id).toBe(true);
    }
  });
});

describe('future-park plans (data/future-park-plans.json)', () => {
  it('has one plan per board', () => {
    expect(plans.map((p) => p.board).sort()).toEqual([...boardIds].sort());
  });

  it('sums to the 15 city-level parks of the 2027 goal', () => {
    expect(plans.reduce((sum, p) => sum + p.city_level_parks_by_2027, 0)).toBe(15);
  });

  it('references existing future parks of the same board', () => {
    for (const plan of plans) {
      expect(plan.existing_parks.length, plan.board).toBeGreaterThan(0);
      for (const id of plan.existing_parks) {
        const park = parkById.get(id);
        expect(park, `${plan.board}: ${id}`).toBeDefined();
        expect(park?.board, id).toBe(plan.board);
        expect(park?.category, id).toBe('future_park');
        expect(park?.status, id).toBe('existing');
      }
    }
  });

  it('lists every register park cited in Annex 2 under that row', () => {
    for (const p of parks) {
      for (const s of p.sources.filter(isAnnex2)) {
        const board = BoardIdSchema.parse(annex2Board[s.row ?? '']);
        expect(plans.find((plan) => plan.board === board)?.existing_parks, p.id).toContain(p.id);
      }
    }
  });

  it('names focus industries that the taxonomy knows, one per printed direction', () => {
    for (const plan of plans) {
      const printed = plan.focus_zh.split('、').map((n) => industryByName.get(squash(n)));
      expect(printed, plan.board).toEqual(plan.focus_industries);
    }
  });
});

const haveSources = existsSync(SOURCES_DIR) && sourcesAvailable();

describe.skipIf(!haveSources)('park register against the source documents', () => {
  const docs = new Map<DocumentId, string>();
  const doc = (id: DocumentId): string => {
    if (!docs.has(id)) docs.set(id, readSource(id));
    return docs.get(id)!;
  };
  // fyp15 articles are bounded by their titles; the ones the register cites are enough to split them.
  const fypTitles = [...new Set(parks.flatMap((p) => p.sources.filter((s) => s.document === 'fyp15').map((s) => s.section)))];
  const cited = (s: SourceRef): string | null =>
    sectionText(doc(s.document), s.section, s.document === 'fyp15' ? fypTitles : []);

  it('finds every name and alias verbatim (up to whitespace) in a document the record cites', () => {
    for (const p of parks) {
      const texts = p.sources.map((s) => squash(doc(s.document)));
      for (const name of namesOf(p)) expect(texts.some((t) => t.includes(squash(name))), `${p.id}: ${name}`).toBe(true);
    }
  });

  it('cites sections that exist, and each cited section mentions the park', () => {
    for (const p of parks) {
      for (const s of p.sources) {
        const text = cited(s);
        expect(text, `${p.id}: ${s.document} ${s.section}`).not.toBeNull();
        // "梁溪、惠山空天产业园" names two parks with one suffix: accept the name without its place prefix.
        const bare = namesOf(p).map((n) => squash(n).replace(/^(无锡|江阴市|江阴|宜兴|梁溪|锡山|惠山|滨湖|新吴|经开区)/, ''));
        const found = mentions(text ?? '', p) || bare.some((b) => (text ?? '').includes(b));
        expect(found, `${p.id}: not mentioned in ${s.document} ${s.section}`).toBe(true);
        if (s.item !== undefined && s.document === 'fyp15') expect(text, `${p.id}: ${s.item}`).toContain(squash(s.item));
      }
    }
  });

  it('has a town placement only where the park name or its cited text names that town', () => {
    for (const p of parks) {
      const placement = p.placement;
      if (placement.method !== 'town') continue;
      const stem = placement.town_zh.replace(/(镇|街道)$/, '');
      const inName = namesOf(p).some((n) => n.includes(stem));
      const inText = p.sources.some((s) => (cited(s) ?? '').includes(placement.town_zh));
      expect(inName || inText, p.id).toBe(true);
    }
  });

  it('includes all future-industry parks of the 2024 work points (二(二)3), at their printed position', () => {
    const listed = parseWp2024FutureParks(doc('wp2024'));
    expect(listed.length).toBe(12);
    listed.forEach((name, i) => {
      const hits = parks.filter((p) => namesOf(p).some((n) => squash(n) === name));
      expect(hits.map((p) => p.id), name).toHaveLength(1);
      expect(hits[0]!.sources.some((s) => isWp2024List(s) && s.item === String(i + 1)), name).toBe(true);
    });
    // and nothing cites the list at a position it does not have
    for (const p of parks) {
      for (const s of p.sources.filter(isWp2024List)) {
        expect(namesOf(p).map(squash), p.id).toContain(listed[Number(s.item) - 1]);
      }
    }
  });

  it('matches Annex 2 of the opinions row by row', () => {
    const annex = parseOpinionsAnnex2(doc('opinions'));
    expect(annex.rows.length).toBe(8);
    expect(annex.rows.reduce((sum, r) => sum + r.count, 0)).toBe(annex.total);
    for (const row of annex.rows) {
      const board = annex2Board[row.board];
      expect(board, row.board).toBeDefined();
      const plan = plans.find((p) => p.board === board);
      expect(plan, row.board).toBeDefined();
      expect(plan!.city_level_parks_by_2027, row.board).toBe(row.count);
      expect(squash(plan!.focus_zh), row.board).toBe(row.focus);
      expect(plan!.source).toMatchObject({ document: 'opinions', section: '附件2', row: row.board });
      const names = plan!.existing_parks.map((id) => parkById.get(id)!).map((p) => squash(p.name_zh));
      expect(names, row.board).toEqual(row.parks);
      for (const id of plan!.existing_parks) {
        expect(parkById.get(id)!.sources.some((s) => isAnnex2(s) && s.row === row.board), id).toBe(true);
      }
    }
    expect(plans.reduce((sum, p) => sum + p.city_level_parks_by_2027, 0)).toBe(annex.total);
  });
});
