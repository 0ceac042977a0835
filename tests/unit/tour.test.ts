import { describe, expect, it } from 'vitest';
import { decodeUrlState, defaultUrlState, encodeUrlState, type UrlState } from '../../src/url/url-state';
import { readTourFile, tourToFile } from '../../src/tour/tour-file';
import { keyAction, moveItem, stepIndex, swipeAction } from '../../src/tour/tour-step';
import { toBase64Url } from '../../src/tour/base64url';
import { createAppStore } from '../../src/store';
import type { Tour, TourStop } from '../../src/schema';

const ctx = { industryIds: new Set(['iot', 'humanoid_robots']), parkIds: new Set(['huidi_park', 'binhu_park']) };

const base = defaultUrlState();
const stop = (patch: Partial<TourStop>): TourStop => ({
  caption: { zh: '第一站：总览', en: 'Stop one: overview' },
  view: base.view,
  layers: base.layers,
  heat: base.heat,
  choropleth: base.choropleth,
  filters: base.filters,
  selection: null,
  ...patch,
});

const tour: Tour = {
  title: { zh: '未来产业', en: 'Future industries' },
  autoAdvanceSec: 12,
  stops: [
    stop({ filters: { ...base.filters, categories: ['future_park'] } }),
    stop({
      caption: { zh: '滨湖：人形机器人 & “引号”', en: 'Binhu: humanoid robots & "quotes"' },
      view: { longitude: 120.3, latitude: 31.48, zoom: 12, bearing: 10, pitch: 20 },
      heat: { ...base.heat, kind: 'targets', industry: 'humanoid_robots' },
      selection: { kind: 'park', id: 'binhu_park' },
    }),
  ],
};

describe('tour in the link', () => {
  it('round-trips a tour with the rest of the state, and links without a tour are unchanged', () => {
    const state: UrlState = { ...base, language: 'en', tour: { tour, kioskIdleSec: null } };
    const hash = encodeUrlState(state);
    expect(hash).toMatch(/&tour=[A-Za-z0-9_-]+$/);
    const { state: back, problems } = decodeUrlState(hash, ctx);
    expect(problems).toEqual([]);
    expect(back.tour).toEqual({ tour, kioskIdleSec: null });
    expect(encodeUrlState(base)).not.toContain('tour');
    expect(decodeUrlState(encodeUrlState(base), ctx).state.tour).toBeUndefined();
  });

  it('carries the kiosk option and its idle time', () => {
    const hash = encodeUrlState({ ...base, tour: { tour, kioskIdleSec: 60 } });
    expect(hash).toContain('kiosk=1');
    expect(decodeUrlState(hash, ctx).state.tour?.kioskIdleSec).toBe(60);
    const custom = encodeUrlState({ ...base, tour: { tour, kioskIdleSec: 120 } });
    expect(decodeUrlState(custom, ctx).state.tour?.kioskIdleSec).toBe(120);
    const bad = decodeUrlState(custom.replace('kiosk=120', 'kiosk=abc'), ctx);
    expect(bad.problems).toEqual(['kiosk']);
    expect(bad.state.tour?.kioskIdleSec).toBeNull();
  });

  it('reports a malformed tour as one problem and keeps the rest of the link', () => {
    const garbage = ['%%%', 'bm90IGpzb24', toBase64Url('[1,2]'), toBase64Url('["a","b",0]')];
    // A stop whose park does not exist, one that smuggles a language, one outside Wuxi.
    garbage.push(toBase64Url(JSON.stringify(['t', 't', 0, ['map=10/31.5/120.3&sel=park:nope', 'a', 'b']])));
    garbage.push(toBase64Url(JSON.stringify(['t', 't', 0, ['map=10/31.5/120.3&lang=en', 'a', 'b']])));
    garbage.push(toBase64Url(JSON.stringify(['t', 't', 0, ['map=10/48.8/2.3', 'a', 'b']])));
    for (const value of garbage) {
      const { state, problems } = decodeUrlState(`#v=1&map=11/31.5/120.3&lang=en&tour=${value}`, ctx);
      expect(problems, value).toEqual(['tour']);
      expect(state.tour).toBeUndefined();
      expect(state.language).toBe('en');
      expect(state.view.zoom).toBe(11);
    }
  });
});

describe('tour file', () => {
  it('exports a versioned file that imports back to the same tour', () => {
    const text = tourToFile(tour);
    expect(JSON.parse(text)).toMatchObject({ format: 'wuxi-map-tour', version: 1 });
    expect(readTourFile(text, ctx)).toEqual({ ok: true, tour });
  });

  it('names the stop and field of each problem', () => {
    const file = JSON.parse(tourToFile(tour));
    file.stops[1].selection = { kind: 'park', id: 'no_such_park' };
    file.stops[0].caption = { zh: '只有中文' };
    const shape = readTourFile(JSON.stringify(file), ctx);
    expect(shape).toEqual({ ok: false, problems: [{ stop: 1, field: 'caption.en', reason: 'shape' }] });

    file.stops[0].caption.en = 'now complete';
    file.stops[0].view.latitude = 48.8;
    const values = readTourFile(JSON.stringify(file), ctx);
    expect(values).toEqual({
      ok: false,
      problems: [
        { stop: 1, field: 'view', reason: 'value' },
        { stop: 2, field: 'selection', reason: 'value' },
      ],
    });
  });

  it('rejects a file that is not JSON or not a tour file, or of another version', () => {
    expect(readTourFile('{oops', ctx)).toEqual({ ok: false, problems: [{ stop: null, field: 'file', reason: 'json' }] });
    const file = JSON.parse(tourToFile(tour));
    const wrongVersion = readTourFile(JSON.stringify({ ...file, version: 2 }), ctx);
    expect(wrongVersion.ok === false && wrongVersion.problems).toEqual([{ stop: null, field: 'version', reason: 'shape' }]);
    const noStops = readTourFile(JSON.stringify({ ...file, stops: [] }), ctx);
    expect(noStops.ok === false && noStops.problems).toEqual([{ stop: null, field: 'stops', reason: 'shape' }]);
  });
});

describe('moving through a tour', () => {
  it('stops at the ends when presenting and loops in a kiosk', () => {
    expect(stepIndex(0, 1, 3, false)).toBe(1);
    expect(stepIndex(2, 1, 3, false)).toBe(2);
    expect(stepIndex(0, -1, 3, false)).toBe(0);
    expect(stepIndex(2, 1, 3, true)).toBe(0);
    expect(stepIndex(0, -1, 3, true)).toBe(2);
  });

  it('maps presenter keys and swipes', () => {
    expect(['ArrowRight', 'PageDown', ' '].map(keyAction)).toEqual(['next', 'next', 'next']);
    expect(['ArrowLeft', 'PageUp'].map(keyAction)).toEqual(['previous', 'previous']);
    expect(keyAction('Escape')).toBe('exit');
    expect(keyAction('a')).toBeNull();
    expect(swipeAction(-80, 10)).toBe('next');
    expect(swipeAction(80, -5)).toBe('previous');
    expect(swipeAction(30, 0)).toBeNull();
    expect(swipeAction(-80, 70)).toBeNull();
  });

  it('reorders stops', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b', 'c'], 2, 5)).toEqual(['a', 'b', 'c']);
  });
});

describe('tour slice', () => {
  it('captures the view as a stop, edits, removes, and shows a stop when playing', () => {
    const store = createAppStore();
    store.getState().select({ kind: 'park', id: 'binhu_park' });
    store.getState().addTourStop({ zh: '一', en: 'one' });
    store.getState().select(null);
    store.getState().toggleFilter('categories', 'future_park');
    store.getState().addTourStop({ zh: '二', en: 'two' });
    let s = store.getState();
    expect(s.tour?.stops.map((x) => x.selection)).toEqual([{ kind: 'park', id: 'binhu_park' }, null]);
    expect(s.tour?.stops[1]?.filters.categories).toEqual(['future_park']);

    s.updateTourStop(1, { caption: { zh: '二（改）', en: 'two (edited)' } });
    s.playTour(0);
    s = store.getState();
    expect(s.tourPlay).toEqual({ index: 0, auto: false });
    expect(s.selection).toEqual({ kind: 'park', id: 'binhu_park' });
    expect(s.filters.categories).toEqual([]);
    const flights = s.flyRequest;
    s.goToTourStop(1);
    s = store.getState();
    expect(s.flyRequest).toBe(flights + 1);
    expect(s.selection).toBeNull();
    expect(s.filters.categories).toEqual(['future_park']);
    s.stopTour();
    s.removeTourStop(0);
    expect(store.getState().tour?.stops.map((x) => x.caption.en)).toEqual(['two (edited)']);
    store.getState().removeTourStop(0);
    expect(store.getState().tour).toBeNull();
  });
});
