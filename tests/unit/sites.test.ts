/**
 * Park sites: the register schema, the shared row checks (the import kind and check:data), the merge into the
 * parks, the one best-position rule, the user's register (save, remove, undo) and its export round trip.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FeatureCollection, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../src/import/pipeline';
import { createMemoryPersistence } from '../../src/import/store/persistence';
import type { ReferenceData, DistrictFeatures } from '../../src/import/validate/reference';
import { effectiveParkPositions } from '../../src/domain/effective-positions';
import { pointOnSurface } from '../../src/sites/point-on-surface';
import { sitesToRegister, registerText } from '../../src/sites/register-file';
import { removeUserSite, restoreUserSite, saveUserSite, EDITOR_DATASET_ID } from '../../src/sites/user-register';
import { selectUserSites } from '../../src/sites/user-sites';
import { createAppStore } from '../../src/store';
import { SiteRegisterSchema, type ParkProperties, type StoredSite } from '../../src/schema';
import { buildParks, loadParkRegister } from '../../scripts/geo/build-parks';
import { readGeoOutputs } from '../../scripts/geo/read-geo-outputs';
import type { DistrictFeature } from '../../scripts/geo/build-districts';
import { checkSiteRegister } from '../../scripts/data/site-register-check';
import zhTools from '../../src/i18n/locales/zh/sites-tools';
import enTools from '../../src/i18n/locales/en/sites-tools';
import zhSites from '../../src/i18n/locales/zh/sites';
import enSites from '../../src/i18n/locales/en/sites';

const ROOT = resolve(import.meta.dirname, '..', '..');
const { towns, districts } = readGeoOutputs();
const parksFc = JSON.parse(readFileSync(resolve(ROOT, 'geo', 'parks.geojson'), 'utf8')) as FeatureCollection<Point, ParkProperties>;
const register = loadParkRegister()!;
const label = (board: string) => (districts.features.find((f) => (f.properties as { id: string }).id === board)!.properties as { label_point: [number, number] }).label_point;

const reference: ReferenceData = {
  industries: [],
  parks: parksFc.features.map((f) => ({
    id: f.properties.id, name_zh: f.properties.name_zh, name_en: f.properties.name_en, aliases_zh: [], board: f.properties.board,
    lon: f.geometry.coordinates[0]!, lat: f.geometry.coordinates[1]!, precision: f.properties.precision,
  })),
  boards: [],
  districts: districts as unknown as DistrictFeatures,
};

const XINWU = label('320214');
const LIANGXI = label('320213');
const square = ([x, y]: [number, number], d: number) => [[[x - d, y - d], [x + d, y - d], [x + d, y + d], [x - d, y + d], [x - d, y - d]]];
const feature = (geometry: unknown, properties: unknown) => ({ type: 'Feature', geometry, properties });
const fc = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
const pointAt = (p: [number, number]) => ({ type: 'Point', coordinates: p });
const good = fc(
  feature(pointAt([XINWU[0] + 0.004, XINWU[1]]), { park_id: 'xinwu_synthetic_biology_park', source: { title: 'Survey A', source_date: '2026-11' }, note: 'gate' }),
  feature({ type: 'Polygon', coordinates: square(LIANGXI, 0.004) }, { park_id: 'dongfang_space_park', source: { title: 'Plan B', source_url: 'https://example.org/b' } }),
);

const importSites = (text: string, registeredSites: string[] = []) =>
  runImport(new TextEncoder().encode(text), { kind: 'sites', crs: 'wgs84', fileName: 'sites.geojson', datasetId: 'ds', registeredSites }, reference);

describe('site register schema', () => {
  it('accepts the published format and refuses a feature without source or with extra properties', () => {
    expect(SiteRegisterSchema.safeParse(JSON.parse(good)).success).toBe(true);
    expect(SiteRegisterSchema.safeParse(JSON.parse(fc(feature(pointAt(XINWU), { park_id: 'x_y' })))).success).toBe(false);
    expect(SiteRegisterSchema.safeParse(JSON.parse(fc(feature(pointAt(XINWU), { park_id: 'x_y', source: { title: 't' }, extra: 1 })))).success).toBe(false);
    expect(SiteRegisterSchema.safeParse({ type: 'FeatureCollection', features: [] }).success).toBe(true);
  });
  it('the committed register passes and matches the schema', () => {
    const text = readFileSync(resolve(ROOT, 'data', 'park-sites.geojson'), 'utf8');
    expect(checkSiteRegister({ text, label: 'data/park-sites.geojson', parks: register, districts }).problems).toEqual([]);
  });
});

describe('site register import kind', () => {
  it('imports a Point and a Polygon; the polygon is drawn at a point inside it', async () => {
    const result = await importSites(good);
    expect(result.status).toBe('ok');
    expect(result.dataset?.kind).toBe('sites');
    const sites = result.dataset?.kind === 'sites' ? result.dataset.sites : [];
    expect(sites.map((s) => s.park_id)).toEqual(['xinwu_synthetic_biology_park', 'dongfang_space_park']);
    expect(sites[1]!.point[0]).toBeCloseTo(LIANGXI[0], 5);
    expect(sites[1]!.point[1]).toBeCloseTo(LIANGXI[1], 5);
  });

  it('refuses bad rows by feature, field and problem, and imports the valid ones', async () => {
    const bowtie = [[[LIANGXI[0], LIANGXI[1]], [LIANGXI[0] + 0.01, LIANGXI[1] + 0.01], [LIANGXI[0] + 0.01, LIANGXI[1]], [LIANGXI[0], LIANGXI[1] + 0.01], [LIANGXI[0], LIANGXI[1]]]];
    const open = [[[LIANGXI[0], LIANGXI[1]], [LIANGXI[0] + 0.01, LIANGXI[1]], [LIANGXI[0] + 0.01, LIANGXI[1] + 0.01], [LIANGXI[0], LIANGXI[1] + 0.01]]];
    const rows = [
      feature(pointAt(XINWU), { park_id: 'no_such_park', source: { title: 't' } }),
      feature(pointAt(XINWU), { park_id: 'xinwu_synthetic_biology_park' }),
      feature({ type: 'Polygon', coordinates: bowtie }, { park_id: 'dongfang_space_park', source: { title: 't' } }),
      feature({ type: 'Polygon', coordinates: open }, { park_id: 'liangxi_aerospace_park', source: { title: 't' } }),
      feature(pointAt([XINWU[1], XINWU[0]]), { park_id: 'micro_nano_park', source: { title: 't' } }),
      feature(pointAt(label('320282')), { park_id: 'jiangyin_ic_park', source: { title: 't' } }),
      feature(pointAt(LIANGXI), { park_id: 'xuelang_town_future_park', source: { title: 't' } }),
      feature(pointAt(XINWU), { park_id: 'wuxi_national_software_park', source: { title: '' } }),
      feature(pointAt([XINWU[0] + 0.001, XINWU[1]]), { park_id: 'china_sensor_network_innovation_park', source: { title: 'ok' } }),
      feature(pointAt([XINWU[0] + 0.002, XINWU[1]]), { park_id: 'china_sensor_network_innovation_park', source: { title: 'again' } }),
      feature(pointAt([XINWU[0] + 0.003, XINWU[1]]), { park_id: 'xinwu_zero_carbon_tech_park', source: { title: 'ok' } }),
    ];
    const result = await importSites(fc(...rows), ['xinwu_zero_carbon_tech_park']);
    const at = (n: number) => result.problems.filter((p) => p.feature === n && p.severity === 'error').map((p) => `${p.field}:${p.code}`);
    expect(at(1)).toEqual(['properties.park_id:site_unknown_park']);
    expect(at(2)).toEqual(['properties.source:site_source_missing']);
    expect(at(3)).toEqual(['geometry:self_intersection']);
    expect(at(4)).toEqual(['geometry.coordinates[0]:ring_unclosed']);
    expect(at(5)).toEqual(['geometry.coordinates:coord_swapped']);
    expect(at(6)).toEqual(['geometry:site_outside_board']);
    expect(at(7)).toEqual(['geometry:site_outside_wxjk']);
    expect(at(8)).toEqual(['properties.source.title:site_source_missing']);
    expect(at(9)).toEqual([]);
    expect(at(10)).toEqual(['properties.park_id:site_duplicate_park']);
    expect(at(11)).toEqual(['properties.park_id:site_already_registered']);
    // Problems carry the park they concern.
    expect(result.problems.find((p) => p.feature === 6)?.params).toMatchObject({ park_id: 'jiangyin_ic_park', board: '320281', located: '320282' });
    expect(result.status).toBe('ok');
    expect(result.dataset?.kind === 'sites' && result.dataset.sites.map((s) => s.park_id)).toEqual(['china_sensor_network_innovation_park']);
    expect(result.dataset?.meta.skipped_count).toBe(10);
  });

  it('parks of 无锡经开区 may lie in 滨湖 or 新吴', async () => {
    const binhu = await importSites(fc(feature(pointAt(label('320211')), { park_id: 'xuelang_town_future_park', source: { title: 't' } })));
    const xinwu = await importSites(fc(feature(pointAt(XINWU), { park_id: 'xuelang_town_future_park', source: { title: 't' } })));
    expect([binhu.status, xinwu.status]).toEqual(['ok', 'ok']);
  });

  it('a CSV is not a site register', async () => {
    const result = await runImport(new TextEncoder().encode('a,b\n1,2'), { kind: 'sites', crs: 'wgs84', fileName: 's.csv', datasetId: 'x' }, reference);
    expect(result.problems.map((p) => p.code)).toEqual(['unsupported_format']);
  });

  it('every site problem has a message in Chinese and English, with the same keys', () => {
    const codes = ['site_unknown_park', 'site_source_missing', 'site_bad_field', 'site_outside_board', 'site_outside_wxjk', 'site_no_board_check', 'site_duplicate_park', 'site_already_registered'];
    for (const code of codes) {
      expect(zhTools.problem[code as keyof typeof zhTools.problem], code).toBeTruthy();
      expect(enTools.problem[code as keyof typeof enTools.problem], code).toBeTruthy();
    }
    const keys = (o: object, p = ''): string[] => Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v as object, `${p}${k}.`) : [`${p}${k}`]));
    expect(keys(zhTools).sort()).toEqual(keys(enTools).sort());
    expect(keys(zhSites).sort()).toEqual(keys(enSites).sort());
  });
});

describe('best position', () => {
  const site = (park_id: string, point: [number, number], title = 't'): StoredSite => ({ park_id, source: { title }, geometry: { type: 'Point', coordinates: point }, point });
  const district = parksFc.features.find((f) => f.properties.precision === 'district')!;
  const town = parksFc.features.find((f) => f.properties.precision === 'town')!;

  it('returns the same collection when there is no site', () => {
    expect(effectiveParkPositions(parksFc, [], [])).toBe(parksFc);
  });
  it('published site > user site > town > board', () => {
    const id = district.properties.id;
    const both = effectiveParkPositions(parksFc, [site(id, [120.1, 31.5], 'pub')], [site(id, [120.2, 31.6], 'mine')]);
    const f = both.features.find((x) => x.properties.id === id)!;
    expect(f.geometry.coordinates).toEqual([120.1, 31.5]);
    expect(f.properties).toMatchObject({ precision: 'site', site: { origin: 'published', source: { title: 'pub' } } });

    const mine = effectiveParkPositions(parksFc, [], [site(town.properties.id, [120.2, 31.6], 'mine')]);
    const g = mine.features.find((x) => x.properties.id === town.properties.id)!;
    expect(g.properties).toMatchObject({ precision: 'site', site: { origin: 'user' } });
    expect(g.properties.position_basis_en).toContain('your site register: mine');
    // Other parks are the very same objects.
    expect(mine.features.find((x) => x.properties.id === district.properties.id)).toBe(district);

    // A site merged by the build stays: a user's site never overrides a published one.
    const again = effectiveParkPositions(both, [], [site(id, [120.3, 31.7], 'mine')]);
    expect(again.features.find((x) => x.properties.id === id)!.geometry.coordinates).toEqual([120.1, 31.5]);
  });
  it('the geo build merges published sites (outline kept, position inside it)', () => {
    const polygon = { type: 'Polygon' as const, coordinates: square(LIANGXI, 0.004) as [number, number][][] };
    const out = buildParks(register, towns as never, districts.features as DistrictFeature[], [
      { park_id: 'dongfang_space_park', source: { title: 'Plan' }, geometry: polygon, point: pointOnSurface(polygon) },
    ]);
    const f = out.features.find((x) => x.properties.id === 'dongfang_space_park')!;
    expect(f.properties.precision).toBe('site');
    expect(f.properties.site?.outline).toEqual(polygon);
    expect(f.geometry.coordinates[0]).toBeCloseTo(LIANGXI[0], 5);
  });
  it('a concave outline is drawn at a point inside it', () => {
    // A U shape whose centroid falls in the notch.
    const u = { type: 'Polygon' as const, coordinates: [[[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3], [0, 0]]] as [number, number][][] };
    const [x, y] = pointOnSurface(u);
    expect(x > 1 && x < 2 && y > 1).toBe(false);
    expect(x >= 0 && x <= 3 && y >= 0 && y <= 3).toBe(true);
  });
});

describe('user register', () => {
  const site = (park_id: string, title: string): StoredSite => ({ park_id, source: { title }, geometry: { type: 'Point', coordinates: XINWU }, point: XINWU });

  it('saves, removes and restores, stored in the browser and kept apart from other data', async () => {
    const persistence = createMemoryPersistence();
    const store = createAppStore();
    expect(await saveUserSite(store, persistence, site('micro_nano_park', 'a'))).toBeNull();
    expect(store.getState().importedDatasets.map((d) => d.meta.id)).toEqual([EDITOR_DATASET_ID]);
    const before = await saveUserSite(store, persistence, site('micro_nano_park', 'b'));
    expect(before?.source.title).toBe('a');
    expect(selectUserSites(store.getState()).map((s) => s.source.title)).toEqual(['b']);
    await restoreUserSite(store, persistence, 'micro_nano_park', before);
    expect(selectUserSites(store.getState()).map((s) => s.source.title)).toEqual(['a']);
    const removed = await removeUserSite(store, persistence, 'micro_nano_park');
    expect(removed?.source.title).toBe('a');
    expect(store.getState().importedDatasets).toEqual([]);
    expect((await persistence.list()).datasets).toEqual([]);
  });

  it('exports exactly the published format, and the file imports back to the same sites', async () => {
    const first = await importSites(good);
    const sites = first.dataset?.kind === 'sites' ? first.dataset.sites : [];
    const text = registerText(sitesToRegister(sites));
    expect(SiteRegisterSchema.safeParse(JSON.parse(text)).success).toBe(true);
    const again = await importSites(text);
    const back = again.dataset?.kind === 'sites' ? again.dataset.sites : [];
    const byPark = (list: readonly StoredSite[]) => [...list].sort((a, b) => a.park_id.localeCompare(b.park_id));
    expect(byPark(back)).toEqual(byPark(sites));
    // The same file also passes the build's check.
    expect(checkSiteRegister({ text, label: 'x', parks: register, districts }).problems).toEqual([]);
  });
});

describe('npm run check:data on a register file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'park-sites-'));
  const check = (text: string): { code: number; output: string } => {
    const file = join(dir, `sites-${Math.random().toString(36).slice(2)}.geojson`);
    writeFileSync(file, text);
    try {
      const output = execFileSync('npx', ['tsx', 'scripts/data/check-data.ts', '--sites', file], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' });
      return { code: 0, output };
    } catch (e) {
      const err = e as { status: number; stderr: string; stdout: string };
      return { code: err.status, output: `${err.stdout}${err.stderr}` };
    }
  };

  it('passes a good register and fails a bad one, naming the feature, its park_id and the problem', () => {
    expect(check(good).code).toBe(0);
    const bad = check(
      fc(
        feature(pointAt([XINWU[0] + 0.004, XINWU[1]]), { park_id: 'xinwu_synthetic_biology_park', source: { title: 'ok' } }),
        feature(pointAt(label('320282')), { park_id: 'jiangyin_ic_park', source: { title: 'wrong board' } }),
        feature(pointAt(XINWU), { park_id: 'micro_nano_park' }),
        feature(pointAt(XINWU), { park_id: 'nowhere_park', source: { title: 't' } }),
      ),
    );
    expect(bad.code).toBe(1);
    expect(bad.output).toMatch(/feature 2 \(features\[1\], park_id "jiangyin_ic_park"\), geometry: The site \(.*\) lies in 宜兴市 \(Yixing[^)]*\)\), outside the park’s board 江阴市/);
    expect(bad.output).toContain('feature 3 (features[2], park_id "micro_nano_park"), properties.source: No source');
    expect(bad.output).toContain('feature 4 (features[3], park_id "nowhere_park"), properties.park_id: park_id “nowhere_park” is not a park');
    expect(bad.output).not.toContain('feature 1 ');
  }, 300_000);
});
