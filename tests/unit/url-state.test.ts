import { describe, expect, it } from 'vitest';
import { decodeUrlState, defaultUrlState, encodeUrlState, type UrlState } from '../../src/url/url-state';

const ctx = { industryIds: new Set(['iot', 'humanoid_robots']), parkIds: new Set(['huidi_park']) };

describe('url state codec', () => {
  it('round-trips a full state', () => {
    const state: UrlState = {
      ...defaultUrlState(),
      view: { longitude: 120.31234, latitude: 31.49876, zoom: 11.25, bearing: 15, pitch: 30 },
      language: 'en',
      layers: { districts: true, water: false, parks: true, labels: false },
      heat: { kind: 'targets', industry: 'iot', metric: 'new_firms_projects', opacity: 0.5, radiusPixels: 60 },
      choropleth: { metric: 'revenue_growth_target', industry: 'humanoid_robots', classification: 'quantile' },
      filters: { categories: ['future_park', 'innovation_hub'], industries: ['iot'], boards: ['320214', 'wxjk'], statuses: ['suggested'] },
      selection: { kind: 'park', id: 'huidi_park' },
    };
    const { state: back, problems } = decodeUrlState(encodeUrlState(state), ctx);
    expect(problems).toEqual([]);
    expect(back).toEqual(state);
  });

  it('round-trips project investment and the Annex 2 target variant', () => {
    for (const heat of [
      { ...defaultUrlState().heat, kind: 'projects' as const },
      { ...defaultUrlState().heat, kind: 'targets' as const, metric: 'new_projects_over_5yi' as const },
    ]) {
      const state: UrlState = { ...defaultUrlState(), heat };
      const { state: back, problems } = decodeUrlState(encodeUrlState(state), ctx);
      expect(problems).toEqual([]);
      expect(back.heat).toEqual(heat);
    }
  });

  it('opens old "investment" links as project investment over Annex 2 new projects ≥ 5 亿元, without a notice', () => {
    for (const hash of ['#v=1&map=9/31.5/120.3&heat=investment', '#v=1&heat=investment&hm=new_firms_projects&hi=iot']) {
      const { state, problems } = decodeUrlState(hash, ctx);
      expect(problems).toEqual([]);
      expect(state.heat.kind).toBe('projects');
      expect(state.heat.metric).toBe('new_projects_over_5yi');
    }
    expect(decodeUrlState('#v=1&heat=investment&hi=iot', ctx).state.heat.industry).toBe('iot');
    // Old target-density links keep their meaning; old choropleth links get the default (Jenks) classes.
    const old = decodeUrlState('#v=1&heat=targets&hm=new_firms_projects&ch=revenue_target&ci=iot', ctx);
    expect(old.problems).toEqual([]);
    expect(old.state.heat).toMatchObject({ kind: 'targets', metric: 'new_firms_projects' });
    expect(old.state.choropleth).toEqual({ metric: 'revenue_target', industry: 'iot', classification: 'jenks' });
    expect(decodeUrlState('#v=1&heat=blobs&cc=x', ctx).problems).toEqual(['heat', 'cc']);
  });

  it('keeps default links short', () => {
    expect(encodeUrlState(defaultUrlState())).toMatch(/^#v=1&map=[^&]+$/);
  });

  it('falls back per parameter and reports what it could not read', () => {
    const { state, problems } = decodeUrlState(
      '#v=1&map=abc&lang=fr&cat=future_park,bogus&board=320214&sel=park:nope&ho=7&ind=iot',
      ctx,
    );
    expect(problems.sort()).toEqual(['cat', 'ho', 'lang', 'map', 'sel']);
    expect(state.view).toEqual(defaultUrlState().view);
    expect(state.language).toBe('zh');
    expect(state.filters.categories).toEqual([]);
    expect(state.filters.boards).toEqual(['320214']);
    expect(state.filters.industries).toEqual(['iot']);
    expect(state.selection).toBeNull();
  });

  it('rejects views outside Wuxi and unknown versions', () => {
    const { problems } = decodeUrlState('#v=9&map=10/48.8/2.3', ctx);
    expect(problems).toEqual(['v', 'map']);
  });

  it('never throws on garbage', () => {
    for (const junk of ['#%', '#&&&', '#sel=:', '#map=1/2', '#layers=zz', '#__proto__=1', '#sel=board:__proto__']) {
      expect(() => decodeUrlState(junk, ctx)).not.toThrow();
    }
  });
});
