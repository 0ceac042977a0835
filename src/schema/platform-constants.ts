/**
 * Value lists of the innovation-platform and fund registers (data/platforms.json, data/funds.json). Kept free of
 * zod, like constants.ts, so UI code can import them without pulling the validation library into a chunk.
 */

/** What kind of institution a platform is, read from the type word of its name (data/PLATFORMS.md). */
export const platformKinds = [
  'lab',
  'institute',
  'new_rd_institute',
  'innovation_center',
  'university',
  'compute_center',
  'service_platform',
] as const;
export type PlatformKind = (typeof platformKinds)[number];

/**
 * How precisely a platform's place is known: a town/street seat named by its name, a board named by its name or
 * its document, or only "in Wuxi" (city) — such a platform is listed but not drawn.
 */
export const platformPrecisions = ['town', 'board', 'city'] as const;
export type PlatformPrecision = (typeof platformPrecisions)[number];

/** Same meaning as a park's status: relied on as existing, to be built by adopted policy, or only suggested (fyp15). */
export const platformStatuses = ['existing', 'planned', 'suggested'] as const;
export type PlatformStatus = (typeof platformStatuses)[number];
