/** The entry buttons of the "targets over time" view (first screen; the view's own strings load with it). */
const timelineEntry = {
  open: 'Targets over time',
  openCity: 'City targets over time',
} as const;

export default timelineEntry;
