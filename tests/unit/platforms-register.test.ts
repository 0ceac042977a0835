import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FundRegisterSchema,
  ParkRegisterSchema,
  PlatformRegisterSchema,
  TaxonomySchema,
  type BoardId,
  type DocumentId,
  type SourceRef,
} from '../../src/schema';
import { DATA_DIR, GEO_DIR, SOURCES_DIR, readSource, sourcesAvailable } from '../../scripts/data/paths';
import { sectionText } from '../../scripts/data/parks-sections';
import { squash } from '../../scripts/data/text';
import { renderPlatformPoints } from '../../scripts/geo/build-platforms';

const readJson = (file: string): unknown => JSON.parse(readFileSync(resolve(DATA_DIR, file), 'utf8'));
const platforms = PlatformRegisterSchema.parse(readJson('platforms.json'));
const funds = FundRegisterSchema.parse(readJson('funds.json'));
const parks = ParkRegisterSchema.parse(readJson('parks.json'));
const taxonomy = TaxonomySchema.parse(readJson('taxonomy.json'));

interface Named {
  id: string;
  name_zh: string;
  aliases_zh: string[];
  sources: SourceRef[];
  status: 'existing' | 'planned' | 'suggested';
}
const namesOf = (r: Named): string[] => [r.name_zh, ...r.aliases_zh];

/** How a board is named in a platform's name or by the document that is that board's own. */
const boardNames: Readonly<Record<BoardId, string[]>> = {
  '320281': ['江阴'],
  '320282': ['宜兴'],
  '320213': ['梁溪'],
  '320205': ['锡山'],
  '320206': ['惠山'],
  '320211': ['滨湖'],
  '320214': ['新吴'],
  wxjk: ['经开区'],
};
/** Jiangyin's own task list: what it says to build or strengthen lies in Jiangyin. */
const boardOfDocument: Partial<Record<DocumentId, BoardId>> = { jiangyin2023: '320281' };

function registerRules(label: string, records: readonly Named[]) {
  describe(`${label}: register rules`, () => {
    it('has unique ids and names', () => {
      const ids = records.map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
      const names = records.flatMap((r) => namesOf(r).map(squash));
      expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    });

    it('marks as suggested exactly the records that only the fyp15 digest names', () => {
      for (const r of records) expect(r.status === 'suggested', r.id).toBe(r.sources.every((s) => s.document === 'fyp15'));
    });
  });
}

registerRules('platforms', platforms);
registerRules('funds', funds);

describe('platform register (data/platforms.json)', () => {
  const known = new Set(taxonomy.map((t) => t.id));

  it('holds about thirty platforms of every kind the documents rely on', () => {
    expect(platforms.length).toBeGreaterThanOrEqual(25);
    expect(new Set(platforms.map((p) => p.kind)).size).toBeGreaterThanOrEqual(6);
  });

  it('serves only taxonomy industries, without repeats', () => {
    for (const p of platforms) {
      expect(p.serves.filter((id) => !known.has(id)), p.id).toEqual([]);
      expect(new Set(p.serves).size, p.id).toBe(p.serves.length);
    }
  });

  it('is never also a park (a place that hosts firms belongs in data/parks.json)', () => {
    const parkNames = new Set(parks.flatMap((p) => [p.name_zh, ...p.aliases_zh].map(squash)));
    for (const p of platforms) expect(namesOf(p).filter((n) => parkNames.has(squash(n))), p.id).toEqual([]);
  });

  it('has a board only where its name or its own board document says so, and a town only where its name names it', () => {
    for (const p of platforms) {
      if (p.board === null) continue;
      const byName = namesOf(p).some((n) => boardNames[p.board!].some((b) => n.includes(b)));
      const byTown = p.town !== undefined && namesOf(p).some((n) => n.includes(p.town!.name_zh.replace(/(镇|街道)$/, '')));
      const byDocument = p.sources.every((s) => boardOfDocument[s.document] === p.board);
      expect(byName || byTown || byDocument, p.id).toBe(true);
      // 无锡经开区 has no adcode: its streets carry 滨湖区's code.
      if (p.town) expect(p.town.code.startsWith(p.board === 'wxjk' ? '320211' : p.board), p.id).toBe(true);
    }
  });

  it('draws exactly the platforms with a board: geo/platforms.geojson is the build of the register', () => {
    expect(readFileSync(resolve(GEO_DIR, 'platforms.geojson'), 'utf8')).toBe(renderPlatformPoints());
    const drawn = JSON.parse(readFileSync(resolve(GEO_DIR, 'platforms.geojson'), 'utf8')).features.map(
      (f: { properties: { id: string } }) => f.properties.id,
    );
    expect(drawn.sort()).toEqual(platforms.filter((p) => p.board !== null).map((p) => p.id).sort());
  });
});

describe('fund register (data/funds.json)', () => {
  it('names only taxonomy clusters', () => {
    const known = new Set(taxonomy.map((t) => t.id));
    for (const f of funds) expect(f.clusters.filter((id) => !known.has(id)), f.id).toEqual([]);
  });

  it('gives a board only to instruments of a board’s own document', () => {
    for (const f of funds) {
      const own = f.sources.every((s) => boardOfDocument[s.document] !== undefined);
      expect(f.board !== null, f.id).toBe(own);
    }
  });
});

const haveSources = existsSync(SOURCES_DIR) && sourcesAvailable();

describe.skipIf(!haveSources)('platform and fund registers against the source documents', () => {
  const docs = new Map<DocumentId, string>();
  const doc = (id: DocumentId): string => {
    if (!docs.has(id)) docs.set(id, readSource(id));
    return docs.get(id)!;
  };
  // fyp15 articles are bounded by their titles (printed after the body): every title any register cites.
  const fypTitles = [...new Set([...parks, ...platforms, ...funds].flatMap((r) => r.sources.filter((s) => s.document === 'fyp15').map((s) => s.section)))];
  const cited = (s: SourceRef): string | null => sectionText(doc(s.document), s.section, s.document === 'fyp15' ? fypTitles : []);

  for (const [label, records] of [['platforms', platforms], ['funds', funds]] as const) {
    it(`${label}: every cited section exists and names the record (name or alias, up to whitespace)`, () => {
      for (const r of records as readonly Named[]) {
        for (const s of r.sources) {
          const text = cited(s);
          expect(text, `${r.id}: ${s.document} ${s.section}`).not.toBeNull();
          expect(namesOf(r).some((n) => text!.includes(squash(n))), `${r.id}: not named in ${s.document} ${s.section}`).toBe(true);
        }
      }
    });

    it(`${label}: every name and alias is printed in a document the record cites`, () => {
      for (const r of records as readonly Named[]) {
        for (const name of namesOf(r)) {
          expect(r.sources.some((s) => squash(doc(s.document)).includes(squash(name))), `${r.id}: ${name}`).toBe(true);
        }
      }
    });
  }

  it('funds: what each is for is written fresh, not copied from the documents', () => {
    const all = (['wp2024', 'opinions', 'plan2026', 'jiangyin2023', 'fyp15'] as const).map((d) => squash(doc(d))).join('\n');
    const RUN = 10;
    for (const f of funds) {
      // The record's own names may be repeated; the rest must be our words.
      const text = namesOf(f).reduce((t, n) => t.split(squash(n)).join('|'), squash(f.purpose_zh)).replace(/[，。、；：“”]/g, '');
      for (let i = 0; i + RUN <= text.length; i++) {
        expect(all.includes(text.slice(i, i + RUN)), `${f.id}: "${text.slice(i, i + RUN)}" is the documents' wording`).toBe(false);
      }
    }
  });

  it('platforms: the industries a platform serves are tied to it in a cited section or named in its name', () => {
    // Each served industry: the cited section's track heading or text names the industry, or the name says it.
    const byId = new Map(taxonomy.map((t) => [t.id, t]));
    for (const p of platforms) {
      for (const id of p.serves) {
        const t = byId.get(id)!;
        const words = [t.name_zh, ...t.aliases_zh].map(squash);
        const inText = p.sources.some((s) => words.some((w) => (cited(s) ?? '').includes(w)));
        const inName = namesOf(p).some((n) => words.some((w) => squash(n).includes(w)));
        expect(inText || inName || NAME_READINGS[p.id]?.includes(id), `${p.id} → ${id}`).toBe(true);
      }
    }
  });
});

/**
 * Industries read from a name that does not spell the taxonomy's own words (data/PLATFORMS.md lists them):
 * 太阳能光伏 is new energy; 环保 is energy saving & environmental protection; 航空发动机 is the "两机" track.
 */
const NAME_READINGS: Readonly<Record<string, readonly string[]>> = {
  yangtze_delta_solar_pv_innovation_center: ['new_energy'],
  nju_yixing_environmental_institute: ['energy_saving_environmental'],
  aero_engine_components_institute: ['aero_engines_gas_turbines'],
  national_ic_process_packaging_innovation_center: ['integrated_circuits'],
  national_ic_packaging_technology_innovation_center: ['integrated_circuits'],
  jiangsu_green_hydrogen_energy_innovation_center: ['hydrogen_energy_storage'],
  low_altitude_economy_joint_lab: ['low_altitude_economy'],
};

describe('check:data on broken platform and fund registers', () => {
  const load = (dir: string, file: string): unknown => JSON.parse(readFileSync(resolve(dir, file), 'utf8'));
  const base = () => ({
    'taxonomy.json': load(DATA_DIR, 'taxonomy.json'),
    'platforms.json': structuredClone(load(DATA_DIR, 'platforms.json')) as Array<Record<string, unknown>>,
    'funds.json': structuredClone(load(DATA_DIR, 'funds.json')) as Array<Record<string, unknown>>,
  });
  const geo = () => ({ 'platforms.geojson': structuredClone(load(GEO_DIR, 'platforms.geojson')) });

  it('passes the committed files and names file, record and field of each problem', async () => {
    const { crossReferenceProblems } = await import('../../scripts/data/data-checks');
    expect(crossReferenceProblems(base(), geo()).filter((p) => /platforms|funds/.test(p))).toEqual([]);
    const data = base();
    data['platforms.json'][0]!.serves = ['no_such_industry'];
    data['funds.json'][1]!.name_zh = data['funds.json'][0]!.name_zh;
    data['platforms.json'].push({ ...data['platforms.json'][3]!, id: 'copy', name_zh: '复制', aliases_zh: [] });
    const problems = crossReferenceProblems(data, geo());
    expect(problems).toContain('data/platforms.json[0].serves[0]: unknown industry id "no_such_industry" (not in data/taxonomy.json)');
    expect(problems.some((p) => p.startsWith('data/funds.json[1]: name'))).toBe(true);
    // a new platform with a board but no drawn point: the points file is stale
    expect(problems.some((p) => p.includes('no point in geo/platforms.geojson'))).toBe(true);
  });
});
