/**
 * The app's Content-Security-Policy, in one place: index.html carries it as a <meta http-equiv> (works on any
 * static host), deploy/nginx.conf sends it as a header (plus frame-ancestors, which only works as a header), and
 * tests check that both say exactly this. Everything the app loads — scripts, workers, data, fonts — comes from
 * its own origin; data: and blob: are for inline icons, generated images and worker/file hand-offs.
 * No 'unsafe-eval' and no inline scripts.
 */
export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, ...string[]]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'", "'unsafe-inline'"],
  ['img-src', "'self'", 'data:', 'blob:'],
  ['font-src', "'self'", 'data:'],
  ['worker-src', "'self'", 'blob:'],
  ['connect-src', "'self'", 'data:', 'blob:'],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
];

/** The policy as one header/meta value; `extra` adds sources to a directive (an opted-in online basemap). */
export function cspValue(extra: Readonly<Record<string, readonly string[]>> = {}): string {
  return CSP_DIRECTIVES.map(([name, ...sources]) => [name, ...sources, ...(extra[name] ?? [])].join(' ')).join('; ');
}

/** Only as a header: who may frame the app. */
export const FRAME_ANCESTORS = "frame-ancestors 'self'";
