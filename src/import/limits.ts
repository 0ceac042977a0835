/**
 * Explicit limits, shown to the user with the message when a file exceeds them. They keep a browser tab
 * responsive and IndexedDB usage reasonable; the city's project lists are a few thousand rows.
 */
export const IMPORT_LIMITS = {
  /** CSV / GeoJSON bytes. */
  maxTextBytes: 50 * 1024 * 1024,
  /** .xlsx bytes (compressed; the unzipped sheet is several times larger in memory). */
  maxXlsxBytes: 20 * 1024 * 1024,
  /** .xlsx XML parts once unzipped, all together (checked before inflating: a zip can unzip 1000-fold). */
  maxXlsxUnzippedBytes: 300 * 1024 * 1024,
  /** Data rows or features per file. */
  maxRows: 200_000,
  /** Problems kept for the preview (counts stay exact beyond it). */
  maxProblemsKept: 1000,
  /** Vertices per zone geometry. */
  maxVerticesPerGeometry: 100_000,
  /** Cell text longer than this is cut (names are never this long; protects memory and layout). */
  maxCellChars: 2000,
} as const;

export const MB = 1024 * 1024;
