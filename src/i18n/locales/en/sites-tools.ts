/**
 * Strings of the site tools — the register import kind, its problem messages, the placement editor — added to
 * `sites.*` (and the import kind to `import.kind.*`) when those tools load (src/i18n/sites-tools.ts), so they
 * stay out of the first screen's JavaScript. Same shape as ../zh/sites-tools.ts.
 */
const sitesToolsEn = {
  importKind: {
    label: 'Park site register',
    hint: 'GeoJSON in the format of data/park-sites.geojson: per feature park_id, source (title, optional source_url, source_date), note; Point or Polygon, WGS84',
  },
  problem: {
    site_unknown_park: 'park_id “{{value}}” is not a park of the register (data/parks.json).',
    site_source_missing: 'No source: a site needs source.title (what establishes it), and source_url / source_date where there are.',
    site_bad_field: 'Not in the register format: {{detail}}',
    site_outside_board: 'The site ({{lon}}, {{lat}}) lies in {{located}}, outside the park’s board {{board}}.',
    site_outside_wxjk: 'Parks of the Wuxi EDZ must lie in Binhu or Xinwu; this site ({{lon}}, {{lat}}) lies in {{located}}.',
    site_no_board_check: 'Board outlines are not loaded: whether the site lies in its board was not checked.',
    site_duplicate_park: 'A second site for park “{{value}}” (the first is feature {{first}}).',
    site_already_registered: 'Park “{{value}}” already has a site in your register; remove it there first (nothing already loaded changes).',
  },
  editor: {
    title: 'Place: {{name}}',
    point: 'Drop a point',
    polygon: 'Draw an outline',
    hintPoint: 'Click the map to place the point; drag it to adjust.',
    hintPolygon: 'Click each corner, then click the first corner to close the outline.',
    clear: 'Clear',
    sourceTitle: 'Source (required)',
    sourceUrl: 'Source address (optional)',
    sourceDate: 'Source date (optional, e.g. 2025-03-01)',
    note: 'Note (optional)',
    save: 'Save',
    cancel: 'Cancel',
    needShape: 'Place a point or draw an outline first.',
    loading: 'Loading the drawing tools…',
    failed: 'The drawing tools could not load ({{message}}).',
    drawn: 'Placed: {{shape}}',
    shapePoint: 'point',
    shapePolygon: 'outline',
  },
} as const;

export default sitesToolsEn;
