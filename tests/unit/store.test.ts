import { describe, expect, it } from 'vitest';
import { createAppStore, INITIAL_VIEW } from '../../src/store';

describe('app store', () => {
  it('toggles filter values on and off without touching other filters', () => {
    const store = createAppStore();
    store.getState().toggleFilter('categories', 'future_park');
    store.getState().toggleFilter('boards', '320214');
    expect(store.getState().filters.categories).toEqual(['future_park']);
    store.getState().toggleFilter('categories', 'future_park');
    expect(store.getState().filters.categories).toEqual([]);
    expect(store.getState().filters.boards).toEqual(['320214']);
  });

  it('tags camera changes by origin so map and store do not echo', () => {
    const store = createAppStore();
    const before = store.getState().flyRequest;
    store.getState().setViewFromMap({ ...INITIAL_VIEW, zoom: 12 });
    expect(store.getState().viewOrigin).toBe('map');
    expect(store.getState().flyRequest).toBe(before);
    store.getState().flyTo({ zoom: 13, longitude: 120.3 });
    expect(store.getState().viewOrigin).toBe('app');
    expect(store.getState().flyRequest).toBe(before + 1);
    expect(store.getState().view.latitude).toBe(INITIAL_VIEW.latitude);
    store.getState().resetView();
    expect(store.getState().view).toEqual(INITIAL_VIEW);
  });

  it('opens the details tab when something is selected', () => {
    const store = createAppStore();
    store.getState().setPanelTab('about');
    store.getState().select({ kind: 'board', id: 'wxjk' });
    expect(store.getState().panelTab).toBe('details');
    expect(store.getState().selection).toEqual({ kind: 'board', id: 'wxjk' });
  });

  it('merges heat settings patches', () => {
    const store = createAppStore();
    store.getState().setHeat({ kind: 'targets', industry: 'iot' });
    store.getState().setHeat({ opacity: 0.4 });
    expect(store.getState().heat).toMatchObject({ kind: 'targets', industry: 'iot', opacity: 0.4 });
  });

  it('keeps separate stores independent', () => {
    const a = createAppStore();
    const b = createAppStore();
    a.getState().setLanguage('en');
    expect(b.getState().language).toBe('zh');
  });
});
