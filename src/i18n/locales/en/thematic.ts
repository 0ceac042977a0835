/** English strings for the thematic layers (target intensity, project investment, board-colour classes) and the map legend (`thematic.*`). Same keys as zh. */
const thematic = {
  title: 'Thematic layer',
  kind: 'Thematic layer type',
  off: 'Off',
  targets: 'Target intensity (modelled)',
  projects: 'Project investment',
  projectsUnavailable: 'No project list imported yet',
  projectsHowTo:
    '“Project investment” shows only projects you import. In “My data”, import a CSV or Excel project list (name, industry, stage, investment, and coordinates or the park) to turn it on.',
  openMyData: 'Open “My data” to import a project list',
  metric: 'Metric',
  annex2: 'New projects ≥ 500 M yuan started (Annex 2, target variant)',
  targetsNote:
    'One circle per board; its area is proportional to the sum of the chosen clusters’ targets, with the value below. Boards printed “-” get a small hollow ring marked “no target”, never 0.',
  targetsModelled: 'Modelled: document targets summed per board — a plan, not results.',
  noTarget: 'no target',
  scale: 'Circle area ∝ value',
  total: 'Total {{total}}',
  projectCount: '{{count}} projects',
  projectCountsNote:
    'Below zoom {{zoom}} imported projects are counted per board (circle area ∝ number of projects); zoom in for each project’s point. Projects outside every board show only when zoomed in.',
  classification: 'Classes',
  jenks: 'Natural breaks (Jenks)',
  quantile: 'Quantiles (equal count)',
  jenksNote: 'Natural breaks keep far-apart values in different classes (e.g. Jiangyin 477 and Xinwu 2,200).',
  legend: {
    title: 'Legend',
    show: 'Show legend',
    hide: 'Hide legend',
    parks: 'Parks',
    surface: 'Thematic layer',
    choropleth: 'Board colours',
  },
  tooltip: {
    source: 'Source: {{source}}',
    rows: 'sum of {{count}} clusters’ targets',
    noTarget: 'No target (“-” in the table)',
    projects: '{{count}} imported projects (matching the filters)',
  },
  zoomToData: 'Zoom to my data',
  zoomToDataNone: 'No shown record has a position.',
} as const;
export default thematic;
