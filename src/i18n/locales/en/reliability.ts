/** What the map area says when the map cannot start (no WebGL, or another start-up failure). */
const reliability = {
  noWebgl: {
    title: 'The map needs WebGL, which this browser does not provide right now',
    body: 'The browser draws the map with the graphics card (WebGL 2), which this browser or device does not support or has switched off. Search, the park list, the panels, the sources and My data import and export still work.',
    howTo: 'How to turn it on:',
    chrome: 'Chrome / Edge: Settings → System (Edge: System and performance) → turn on “Use graphics acceleration when available”, then restart the browser; chrome://gpu shows whether WebGL 2 is available.',
    firefox: 'Firefox: open about:config and check that webgl.disabled is false.',
    managed: 'If your organisation manages the computer and has switched graphics acceleration off, ask your IT administrator, or use a recent browser.',
  },
  failed: {
    title: 'The map could not start',
    body: 'Drawing the map failed. Search, the list, the panels and My data still work; reload the page to try again.',
  },
  reload: 'Reload',
} as const;

export default reliability;
