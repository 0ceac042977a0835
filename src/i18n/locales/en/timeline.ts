/** The "targets over time" view: chart, table, qualifiers, per-year targets, the documents' self-disagreements. */
const timeline = {
  title: 'Targets over time',
  subject: {
    city: 'Whole city',
    board: '{{name}}',
    industry: '{{name}}',
  },
  close: 'Close the timeline',
  views: { label: 'Show as', chart: 'Chart', table: 'Table' },
  search: 'Filter by indicator name',
  count: '{{count}} indicators',
  none: 'No indicator matches.',
  intro: 'One line per indicator: filled dots are actual figures, hollow dots targets, and a bar a per-year target (to be met in every year, not once in the last). "No target" is the documents\' "-", not zero.',
  legend: { fact: 'Actual', target: 'Target', perYear: 'Per-year target', noTarget: 'No target (printed "-")', disagree: 'The documents disagree' },
  qualifier: {
    about: 'about {{value}}',
    at_least: 'at least {{value}}',
    over: 'more than {{value}}',
    reach: '{{value}}',
    exact: '{{value}}',
    fact: '{{value}}',
    cumulative: '{{value}} cumulative',
  },
  perYear: {
    each: 'each year {{from}}–{{to}}',
    eachOpen: 'each year to {{to}}',
    average: 'yearly average to {{to}}',
  },
  kind: { fact: 'Actual', target: 'Target', perYear: 'Per-year target' },
  columns: { indicator: 'Indicator', year: 'Year', value: 'Value', kind: 'Kind', printed: 'As printed', source: 'Source' },
  unit: 'Unit: {{unit}}',
  disagree: {
    badge: 'The documents disagree',
    intro: 'These statements do not agree; both are kept as printed, neither is chosen:',
  },
  chartLabel: '{{label}}: {{points}}',
  group: {
    wp2024_city_goals: '2024 work points · main goals',
    wp2024_task_targets: '2024 work points · targets in the key tasks',
    opinions_goals: 'Future-industries opinions · goals',
    plan2026_targets: '2026–2028 plan · targets',
    jiangyin_indicators: 'Jiangyin · indicator table',
    jiangyin_body_targets: 'Jiangyin · targets in the text',
    fyp15_facts: '15th FYP suggestions digest · facts (suggestions, not adopted policy)',
    wp2024_annex1: '2024 work points · Annex 1 revenue targets',
    wp2024_annex2: '2024 work points · Annex 2 cultivation targets',
    wp2024_annex3: '2024 work points · Annex 3 characteristic parks',
  },
  noFigure: 'no figure (printed "—")',
  noTargetRows: '{{count}} more rows print "-" (no target) in this board\'s column.',
} as const;

export default timeline;
