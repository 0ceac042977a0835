import { useEffect } from 'react';
import { appStore, type AppState } from '../store';
import { decodeUrlState, encodeUrlState, looksLikeAnchor, type UrlDecodeContext, type UrlState } from '../url/url-state';
import type { AppIndex } from './app-data';
import { defaultKitUrlState } from '../url/kit-url';
import { kitChanged, kitUrlStateOf } from './kit-url-sync';

const WRITE_DELAY_MS = 400;

export function urlStateOf(s: AppState): UrlState {
  return {
    view: s.view,
    language: s.language,
    layers: s.layers,
    heat: s.heat,
    choropleth: s.choropleth,
    filters: s.filters,
    selection: s.selection,
    panelTab: s.panelTab,
    tour: s.tour ? { tour: s.tour, kioskIdleSec: s.tourKioskIdleSec } : null,
    kit: kitUrlStateOf(s),
    planner: s.plannerView,
    platforms: { visible: s.platformsVisible, kinds: s.platformKinds },
    timeline: s.timeline,
  };
}

/** Put a decoded link into the store; the camera jumps there (viewOrigin 'app' + a fly request). */
export function applyUrlState(state: UrlState): void {
  appStore.setState((s) => ({
    view: state.view,
    viewOrigin: 'app',
    flyRequest: s.flyRequest + 1,
    language: state.language,
    layers: state.layers,
    heat: state.heat,
    choropleth: state.choropleth,
    filters: state.filters,
    selection: state.selection,
    panelTab: state.panelTab ?? (state.selection ? 'details' : s.panelTab),
    tour: state.tour?.tour ?? null,
    tourKioskIdleSec: state.tour?.kioskIdleSec ?? null,
    ...(state.kit ?? defaultKitUrlState()),
    plannerView: state.planner ?? null,
    platformsVisible: state.platforms?.visible ?? true,
    platformKinds: state.platforms?.kinds ?? [],
    timeline: state.timeline ?? null,
  }));
}

/**
 * The language is read before the first render (only it; park ids are not loaded yet) so a
 * link with lang=en never flashes Chinese. The rest is applied by useUrlSync once data is there.
 */
export function initialLanguageFromHash(hash: string, industryIds: ReadonlySet<string>): 'zh' | 'en' {
  return decodeUrlState(hash, { industryIds, parkIds: new Set() }).state.language;
}

function isInPageAnchor(hash: string): boolean {
  return looksLikeAnchor(hash) && document.getElementById(decodeURIComponent(hash.slice(1))) !== null;
}

function reportProblems(problems: readonly string[]) {
  if (problems.length) appStore.getState().showNotice({ key: 'notice.urlProblems', detail: problems.join(',') });
}

/**
 * Two-way sync between location.hash and the store:
 * read the hash once the ids are known (and on every hashchange), then write the hash
 * (replaceState, debounced) whenever the shareable part of the state changes.
 */
export function useUrlSync(index: AppIndex | null): void {
  useEffect(() => {
    if (!index) return;
    const ctx: UrlDecodeContext = {
      industryIds: new Set(index.industryById.keys()),
      parkIds: new Set(index.parkById.keys()),
    };
    let lastWritten = '';

    const readHash = () => {
      // A bare in-page anchor such as "#side-panel" is not a state link; anything else that is not one (base64,
      // JSON, "#javascript:…") is reported as an unreadable link and the defaults are used.
      if (location.hash === lastWritten || !location.hash || isInPageAnchor(location.hash)) return;
      const { state, problems } = decodeUrlState(location.hash, ctx);
      applyUrlState(state);
      reportProblems(problems);
      lastWritten = location.hash;
    };
    if (location.hash) readHash();

    let timer: ReturnType<typeof setTimeout> | undefined;
    const write = () => {
      timer = undefined;
      const hash = encodeUrlState(urlStateOf(appStore.getState()));
      if (hash === location.hash) {
        lastWritten = hash;
        return;
      }
      lastWritten = hash;
      history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
    };
    const unsubscribe = appStore.subscribe((s, prev) => {
      const changed =
        s.view !== prev.view ||
        s.language !== prev.language ||
        s.layers !== prev.layers ||
        s.heat !== prev.heat ||
        s.choropleth !== prev.choropleth ||
        s.filters !== prev.filters ||
        s.selection !== prev.selection ||
        s.panelTab !== prev.panelTab ||
        s.tour !== prev.tour ||
        s.tourKioskIdleSec !== prev.tourKioskIdleSec ||
        s.platformsVisible !== prev.platformsVisible ||
        s.platformKinds !== prev.platformKinds ||
        kitChanged(s, prev) ||
        s.plannerView !== prev.plannerView ||
        s.timeline !== prev.timeline;
      if (!changed) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(write, WRITE_DELAY_MS);
    });
    // Write once at start too, so a cleaned-up link (bad parameters dropped) replaces the bad one.
    timer = setTimeout(write, WRITE_DELAY_MS);

    window.addEventListener('hashchange', readHash);
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
      window.removeEventListener('hashchange', readHash);
    };
  }, [index]);
}
