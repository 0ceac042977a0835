/** Tooltips and the list of parks sharing a point (loaded with ParkOverlays, merged into `mapLabels.*`). */
const mapOverlays = {
  tooltip: {
    category: 'Category',
    status: 'Status',
    precision: 'Position',
  },
  group: {
    title: '{{board}} · {{count}} parks',
    note: 'The exact sites of these parks are not published; they share one approximate point: {{basis}}. Choose a park.',
    basisDistrict: 'the label point of {{board}}',
    close: 'Close',
    listLabel: 'Parks sharing this point',
  },
} as const;

export default mapOverlays;
