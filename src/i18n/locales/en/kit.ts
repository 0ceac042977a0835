/** English: the presentation buttons (keys under `kit.*`); the views' strings are in kit-views.ts, loaded with the views. Same keys as zh/kit.ts. */
const kit = {
  toolbar: { label: 'Presentation tools' },
  export: {
    button: 'Export image',
    screen: 'Screen size',
    double: '2× (slides)',
    working: 'Making the image…',
    failed: 'The image could not be made: {{message}}',
  },
  print: {
    button: 'Print',
  },
  compare: {
    add: 'Add to compare',
    added: 'In the comparison',
    open: 'Compare ({{count}})',
  },
  itinerary: {
    add: 'Add to itinerary',
    added: 'In the itinerary',
    open: 'Itinerary ({{count}})',
  },
} as const;
export default kit;
