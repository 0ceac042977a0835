/** The badge of parks sharing a point (keys under `mapLabels.*`). */
const mapLabels = {
  badge: '{{board}} · {{count}} parks',
} as const;

export default mapLabels;
