/**
 * Code that runs inside the measured pages. The init script is injected before any page script: it records
 * long tasks and the moment the map is first idle with deck.gl having drawn (the same readiness the e2e
 * driver uses: `window.__wuximap.idle && deckFrames > 0`), so both pages are timed identically.
 */
export const INIT_SCRIPT = `
(() => {
  const bench = (window.__bench = { longtasks: [], readyAt: null });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) { bench.longtaskError = String(e); }
  const poll = () => {
    const h = window.__wuximap;
    if (h && h.idle && h.deckFrames > 0) { bench.readyAt = performance.now(); return; }
    setTimeout(poll, 4);
  };
  poll();
})();
`;

export interface PageBench {
  longtasks: [number, number][];
  readyAt: number | null;
}

declare global {
  interface Window {
    __bench?: PageBench;
  }
}

/*
 * In-page functions are kept as source strings: tsx/esbuild may wrap compiled functions with helpers
 * (e.g. __name) that do not exist inside the page when Playwright serialises them.
 */

/** Resolves once deck.gl has drawn no new frame for a few animation frames and the map is idle. */
export const SETTLE = `(async () => {
  const h = window.__wuximap;
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  let quiet = 0;
  let last = h.deckFrames;
  for (let i = 0; i < 600 && quiet < 4; i++) {
    await frame();
    if (h.deckFrames === last && h.map.loaded()) quiet++;
    else quiet = 0;
    last = h.deckFrames;
  }
})()`;

/** Calls the bench surface's filter and resolves with ms until deck.gl has drawn the next frame. */
export function filterLatency(ids: string[]): string {
  return `(async () => {
    const h = window.__wuximap;
    const before = h.deckFrames;
    const t0 = performance.now();
    window.__wuximapBench.setIndustryFilter(${JSON.stringify(ids)});
    return await new Promise((resolve) => {
      const check = () => { if (h.deckFrames > before) resolve(performance.now() - t0); else setTimeout(check, 0); };
      check();
    });
  })()`;
}

/** Loads a SYNTHETIC project list from the bench server into the page's bench surface. */
export function setProjects(url: string): string {
  return `(async () => {
    const list = await (await fetch(${JSON.stringify(url)})).json();
    await window.__wuximapBench.setProjects(list);
    return list.length;
  })()`;
}

/**
 * Imports a CSV through the app's import pipeline and waits for the heat surface to be drawn; reports the
 * longest main-thread task seen meanwhile.
 */
export function importCsv(url: string, name: string): string {
  return `(async () => {
    const blob = await (await fetch(${JSON.stringify(url)})).blob();
    const file = new File([blob], ${JSON.stringify(name)}, { type: 'text/csv' });
    const h = window.__wuximap;
    // The dialog opens first (the map prepares its project layers meanwhile); its long tasks are reported apart.
    const opened = performance.now();
    const framesBefore = h.deckFrames;
    window.__wuximapBench.openImport?.();
    await new Promise((r) => setTimeout(r, 50));
    ${SETTLE.replace(/^\(/, 'await (')};
    await new Promise((r) => setTimeout(r, 300));
    const openTasks = window.__bench.longtasks.filter(([start, duration]) => start + duration >= opened);
    const openLongestTaskMs = openTasks.reduce((m, [, d]) => Math.max(m, d), 0);
    const t0 = performance.now();
    const result = await window.__wuximapBench.importCsv(file);
    const before = h.deckFrames;
    await new Promise((resolve) => {
      const check = () => { if (h.deckFrames > before) resolve(); else setTimeout(check, 0); };
      check();
    });
    const heatDrawnMs = performance.now() - t0;
    await new Promise((r) => setTimeout(r, 300)); // let the long-task observer deliver entries
    const tasks = window.__bench.longtasks.filter(([start, duration]) => start >= t0);
    const longest = tasks.reduce((m, [, d]) => Math.max(m, d), 0);
    return { ...result, heatDrawnMs, longestTaskMs: longest, longTasks: tasks.length, openLongestTaskMs, openFrames: h.deckFrames - framesBefore };
  })()`;
}
