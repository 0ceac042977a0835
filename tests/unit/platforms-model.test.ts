import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlatformRegisterSchema, ParkRegisterSchema, FundRegisterSchema, type PlatformRecord } from '../../src/schema';
import { joinPlatforms } from '../../src/data/platforms';
import {
  ABOVE_POINT_PX,
  PLATFORM_SPACING_PX,
  fundsNaming,
  parksSharingIndustries,
  platformMatchesFilters,
  platformPoints,
  platformsServing,
} from '../../src/platforms/platform-model';
import { decodeUrlState, encodeUrlState, defaultUrlState } from '../../src/url/url-state';
import { DEFAULT_FILTERS } from '../../src/store';
import zhUi from '../../src/i18n/locales/zh/platform-ui';
import enUi from '../../src/i18n/locales/en/platform-ui';
import zhFirst from '../../src/i18n/locales/zh/platforms';
import enFirst from '../../src/i18n/locales/en/platforms';
import { DATA_DIR, GEO_DIR } from '../../scripts/data/paths';

const read = (dir: string, file: string): unknown => JSON.parse(readFileSync(resolve(dir, file), 'utf8'));
const records = PlatformRegisterSchema.parse(read(DATA_DIR, 'platforms.json'));
const parks = ParkRegisterSchema.parse(read(DATA_DIR, 'parks.json'));
const funds = FundRegisterSchema.parse(read(DATA_DIR, 'funds.json'));
const data = joinPlatforms(records, read(GEO_DIR, 'platforms.geojson') as Parameters<typeof joinPlatforms>[1]);
const parentOf = (id: string) => (id === 'iov' ? 'iot' : undefined);
const byId = (id: string): PlatformRecord => data.byId.get(id)!.record;

describe('platform model', () => {
  it('joins the register with its drawn points: a point exactly for the platforms with a board', () => {
    for (const p of data.platforms) expect(p.point !== null, p.record.id).toBe(p.record.board !== null);
  });

  it('filters by kind, industry, board and status; a platform with no board fails a board filter', () => {
    const f = { ...DEFAULT_FILTERS };
    expect(platformMatchesFilters(byId('jiangnan_university'), f, ['university'], parentOf)).toBe(true);
    expect(platformMatchesFilters(byId('jiangnan_university'), f, ['lab'], parentOf)).toBe(false);
    expect(platformMatchesFilters(byId('jiangnan_university'), { ...f, industries: ['artificial_intelligence'] }, [], parentOf)).toBe(true);
    expect(platformMatchesFilters(byId('taihu_laboratory'), { ...f, industries: ['artificial_intelligence'] }, [], parentOf)).toBe(false);
    expect(platformMatchesFilters(byId('jiangnan_university'), { ...f, boards: ['320211'] }, [], parentOf)).toBe(false);
    expect(platformMatchesFilters(byId('mashan_computing_island'), { ...f, boards: ['320211'] }, [], parentOf)).toBe(true);
    expect(platformMatchesFilters(byId('mashan_computing_island'), { ...f, statuses: ['existing'] }, [], parentOf)).toBe(false);
  });

  it('lists the platforms serving an industry and the funds naming it', () => {
    const ai = platformsServing(data.platforms, 'artificial_intelligence', parentOf).map((p) => p.record.id);
    expect(ai).toContain('national_supercomputing_center_wuxi');
    expect(ai).not.toContain('taihu_laboratory');
    expect(fundsNaming(funds, 'integrated_circuits', parentOf).map((f) => f.id)).toContain('national_ic_industry_investment_fund');
    expect(fundsNaming(funds, 'quantum_technology', parentOf)).toEqual([]);
  });

  it('finds the parks sharing a platform’s industries, none for a platform serving none', () => {
    const ai = parksSharingIndustries(byId('mashan_computing_island'), parks, parentOf);
    expect(ai.length).toBeGreaterThan(0);
    for (const park of ai) expect(park.lead_industries).toContain('artificial_intelligence');
    expect(parksSharingIndustries(byId('wuxi_college'), parks, parentOf)).toEqual([]);
  });

  it('sets platforms sharing a point side by side above it, and dims those not serving a selected industry', () => {
    const points = platformPoints(data.platforms, () => true, null, 'new_energy', parentOf);
    const jiangyin = points.filter((p) => p.id.startsWith('yangtze') || p.id.startsWith('tsinghua_precision'));
    expect(jiangyin).toHaveLength(2);
    expect(Math.abs(jiangyin[0]!.offset[0] - jiangyin[1]!.offset[0])).toBe(PLATFORM_SPACING_PX);
    expect(jiangyin.every((p) => p.offset[1] === ABOVE_POINT_PX)).toBe(true);
    expect(points.find((p) => p.id === 'yangtze_delta_solar_pv_innovation_center')?.dimmed).toBe(false);
    expect(points.find((p) => p.id === 'mashan_computing_island')?.dimmed).toBe(true);
    // a filtered-out platform stays drawn while selected
    expect(platformPoints(data.platforms, () => false, 'mashan_computing_island', null, parentOf).map((p) => p.id)).toEqual(['mashan_computing_island']);
  });
});

describe('platform link keys', () => {
  const ctx = { industryIds: new Set(['artificial_intelligence']), parkIds: new Set<string>() };

  it('round-trips a platform selection, a funds selection, a hidden layer and kinds', () => {
    const state = { ...defaultUrlState(), selection: { kind: 'platform' as const, id: 'mashan_computing_island' }, platforms: { visible: false, kinds: ['lab' as const, 'university' as const] } };
    const decoded = decodeUrlState(encodeUrlState(state), ctx);
    expect(decoded.problems).toEqual([]);
    expect(decoded.state.selection).toEqual(state.selection);
    expect(decoded.state.platforms).toEqual(state.platforms);
    const funds = decodeUrlState('#v=1&sel=funds:all', ctx);
    expect(funds.state.selection).toEqual({ kind: 'funds', id: 'all' });
  });

  it('opens older links unchanged (no platform keys: layer shown, every kind) and reports bad values', () => {
    const old = decodeUrlState('#v=1&map=9/31.5/120.3&sel=industry:artificial_intelligence', ctx);
    expect(old.problems).toEqual([]);
    expect(old.state.platforms).toBeUndefined();
    expect(encodeUrlState({ ...defaultUrlState(), platforms: { visible: true, kinds: [] } })).not.toMatch(/pf=|pk=/);
    expect(decodeUrlState('#v=1&pk=lab,castle', ctx).problems).toContain('pk');
    expect(decodeUrlState('#v=1&pf=2', ctx).problems).toContain('pf');
    expect(decodeUrlState('#v=1&sel=platform:Bad%20Id', ctx).problems).toContain('sel');
    expect(decodeUrlState('#v=1&sel=platform:all', ctx).problems).toContain('sel');
  });
});

describe('platform strings', () => {
  const shape = (o: unknown, prefix = ''): string[] =>
    typeof o === 'object' && o !== null ? Object.entries(o).flatMap(([k, v]) => shape(v, `${prefix}${k}.`)) : [prefix];
  it('has the same keys in Chinese and English, and English without Chinese characters', () => {
    expect(shape(enUi).sort()).toEqual(shape(zhUi).sort());
    expect(shape(enFirst).sort()).toEqual(shape(zhFirst).sort());
    expect(JSON.stringify(enUi)).not.toMatch(/\p{Script=Han}/u);
  });
});
