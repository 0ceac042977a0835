import { describe, expect, it } from 'vitest';
import { decodeUrlState, defaultUrlState, encodeUrlState, looksLikeAnchor, type UrlState } from '../../src/url/url-state';

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

describe('links that are not state links', () => {
  it('reports a fragment with no key=value pair as an unreadable link', () => {
    for (const junk of ['#javascript:alert(1)', '#{"v":1,"sel":"park:huidi_park"}', '#eyJ2IjoxfQ', '#%7B%22v%22%3A1%7D', '#&&&']) {
      const { state, problems } = decodeUrlState(junk, ctx);
      expect(problems, junk).toEqual(['fragment']);
      expect(state, junk).toEqual(defaultUrlState());
    }
  });

  it('reports base64 and JSON that happen to contain "=" as unreadable, not as an empty link', () => {
    expect(decodeUrlState('#eyJ2IjoxLCJsYW5nIjoiZW4ifQ==', ctx).problems).toEqual(['fragment']);
    expect(decodeUrlState('#{"a":"b=c"}', ctx).problems).toEqual(['fragment']);
    expect(decodeUrlState('#javascript:x=alert(1)', ctx).problems).toEqual(['fragment']);
  });

  it('reads the known keys and reports unknown ones beside them', () => {
    const { state, problems } = decodeUrlState('#v=1&lang=en&utm_source=mail&zoom=3', ctx);
    expect(state.language).toBe('en');
    expect(problems).toEqual(['unknown']);
  });

  it('reports nothing for a clean link', () => {
    const state: UrlState = { ...defaultUrlState(), language: 'en', selection: { kind: 'park', id: 'huidi_park' } };
    expect(decodeUrlState(encodeUrlState(state), ctx).problems).toEqual([]);
  });

  it('tells a possible in-page anchor from garbage', () => {
    expect(looksLikeAnchor('#side-panel')).toBe(true);
    expect(looksLikeAnchor('#javascript:alert(1)')).toBe(false);
    expect(looksLikeAnchor('#{"v":1}')).toBe(false);
    expect(looksLikeAnchor('#v=1')).toBe(false);
  });
});

describe('the open side tab in the link', () => {
  it('round-trips a tab the app would not open by itself', () => {
    for (const [panelTab, selection] of [
      ['layers', null],
      ['about', { kind: 'board', id: '320214' }],
      ['list', { kind: 'park', id: 'huidi_park' }],
      ['details', null],
    ] as const) {
      const state: UrlState = { ...defaultUrlState(), panelTab, selection };
      const hash = encodeUrlState(state);
      expect(hash).toContain(`tab=${panelTab}`);
      expect(decodeUrlState(hash, ctx)).toEqual({ state, problems: [] });
    }
  });

  it('leaves the implied tab out, so links stay as short as before', () => {
    expect(encodeUrlState({ ...defaultUrlState(), panelTab: 'list' })).not.toContain('tab=');
    expect(encodeUrlState({ ...defaultUrlState(), panelTab: 'details', selection: { kind: 'park', id: 'huidi_park' } })).not.toContain('tab=');
  });

  it('opens old links (no tab) as before, and reports a tab it does not know', () => {
    const old = decodeUrlState('#v=1&map=10/31.5/120.3&sel=park:huidi_park', ctx);
    expect(old.problems).toEqual([]);
    expect(old.state.panelTab).toBeUndefined();
    expect(old.state.selection).toEqual({ kind: 'park', id: 'huidi_park' });
    const bad = decodeUrlState('#v=1&tab=settings', ctx);
    expect(bad.problems).toEqual(['tab']);
    expect(bad.state.panelTab).toBeUndefined();
  });
});
