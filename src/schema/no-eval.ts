import { z } from 'zod';

/**
 * zod 4 compiles object parsers with `new Function` when the page allows it, and probes that by trying once. The
 * app's Content-Security-Policy forbids eval, and the probe alone is reported as a violation: use the
 * interpreter. Imported first by common.ts, which every schema module imports, so it runs before any parse
 * (in the page and in the import worker).
 */
z.config({ jitless: true });
