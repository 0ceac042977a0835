import { z } from 'zod';
import { BoardIdSchema, SlugSchema, SourceRefSchema } from './common';
import { platformKinds, platformPrecisions, platformStatuses } from './platform-constants';

export const fundKinds = [
  'guidance_fund',
  'angel_fund',
  'equity_fund',
  'sector_fund',
  'industry_fund',
  'fund_of_funds',
  'research_fund',
  'special_fund',
  'voucher',
  'loan_tool',
  'bond',
  'pilot',
  'policy',
  'programme',
  'financing_mode',
] as const;
export type FundKind = (typeof fundKinds)[number];

/**
 * Which industries a fund or policy tool is for, as its text says: the clusters it names (`clusters`), every
 * "465" cluster, every Jiangyin "345" cluster, the future industries in general, or no industry in particular.
 */
export const fundScopes = ['named_clusters', 'all_465_clusters', 'jiangyin_clusters', 'future_industries', 'general'] as const;
export type FundScope = (typeof fundScopes)[number];


/**
 * data/platforms.json: the innovation platforms the documents rely on (labs, institutes, innovation centres,
 * universities, compute centres, service platforms). Hand-kept; rules in data/PLATFORMS.md.
 * `board` only where the name or the citing document says so; `town` only where the name names the town.
 */
export const PlatformRecordSchema = z
  .object({
    id: SlugSchema,
    name_zh: z.string().min(1),
    name_en: z.string().min(1),
    aliases_zh: z.array(z.string().min(1)),
    kind: z.enum(platformKinds),
    /** Taxonomy ids (data/taxonomy.json) the text ties the platform to, or its name states plainly. */
    serves: z.array(SlugSchema),
    board: BoardIdSchema.nullable(),
    precision: z.enum(platformPrecisions),
    /** The town/street seat (12-digit code of geo/towns.geojson) when precision is `town`. */
    town: z.object({ code: z.string().regex(/^\d{12}$/), name_zh: z.string().min(1) }).strict().optional(),
    status: z.enum(platformStatuses),
    sources: z.array(SourceRefSchema).min(1),
  })
  .strict()
  .refine((p) => (p.precision === 'city') === (p.board === null), { message: 'precision "city" exactly when board is null', path: ['precision'] })
  .refine((p) => (p.precision === 'town') === (p.town !== undefined), { message: 'town given exactly when precision is "town"', path: ['town'] });
export type PlatformRecord = z.infer<typeof PlatformRecordSchema>;
export const PlatformRegisterSchema = z.array(PlatformRecordSchema);

/** geo/platforms.geojson feature properties: where a platform with a board is drawn, and on what basis. */
export const PlatformPointPropertiesSchema = z
  .object({
    id: SlugSchema,
    precision: z.enum(['town', 'board']),
    position_basis: z.string().min(1),
    position_basis_en: z.string().min(1),
  })
  .strict();
export type PlatformPointProperties = z.infer<typeof PlatformPointPropertiesSchema>;

/**
 * data/funds.json: funds, vouchers, loan tools and policy instruments the documents name. `purpose_*` is our own
 * short description (never the document's sentence); `clusters` only the taxonomy ids the text names.
 */
export const FundRecordSchema = z
  .object({
    id: SlugSchema,
    name_zh: z.string().min(1),
    name_en: z.string().min(1),
    aliases_zh: z.array(z.string().min(1)),
    kind: z.enum(fundKinds),
    scope: z.enum(fundScopes),
    clusters: z.array(SlugSchema),
    /** A board when the instrument is one board's own (Jiangyin's document); null for the city's. */
    board: BoardIdSchema.nullable(),
    status: z.enum(platformStatuses),
    purpose_zh: z.string().min(1),
    purpose_en: z.string().min(1),
    sources: z.array(SourceRefSchema).min(1),
  })
  .strict()
  .refine((f) => (f.scope === 'named_clusters') === (f.clusters.length > 0), {
    message: 'clusters listed exactly when scope is "named_clusters"',
    path: ['clusters'],
  });
export type FundRecord = z.infer<typeof FundRecordSchema>;
export const FundRegisterSchema = z.array(FundRecordSchema);
