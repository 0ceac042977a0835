import { z } from 'zod';
import { SlugSchema } from './common';

/**
 * Park sites: where a park actually is, established by a citable source. One schema for the published register
 * (data/park-sites.geojson, checked by `npm run check:data` and merged by the geo build), for a register file
 * imported through "My data", and for the file the app exports from the user's own register. Format notes:
 * data/PARKS.md ("Site register").
 */

/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. */
export const SiteDateSchema = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

/** What establishes the site: a public dataset, an official page, a planning document, a named survey. */
export const SiteSourceSchema = z
  .object({
    title: z.string().trim().min(1, 'required'),
    source_url: z.string().regex(/^https?:\/\/\S+$/, 'expected an http(s) address').optional(),
    source_date: SiteDateSchema.optional(),
  })
  .strict();
export type SiteSource = z.infer<typeof SiteSourceSchema>;

export const SitePropertiesSchema = z
  .object({
    /** An id of data/parks.json. */
    park_id: SlugSchema,
    source: SiteSourceSchema,
    note: z.string().optional(),
  })
  .strict();
export type SiteProperties = z.infer<typeof SitePropertiesSchema>;

const Lon = z.number().min(-180).max(180);
const Lat = z.number().min(-90).max(90);
const Position = z.tuple([Lon, Lat]);
const Ring = z.array(Position).min(4);
export const SiteGeometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Point'), coordinates: Position }).strict(),
  z.object({ type: z.literal('Polygon'), coordinates: z.array(Ring).min(1) }).strict(),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(Ring).min(1)).min(1) }).strict(),
]);
export type SiteGeometry = z.infer<typeof SiteGeometrySchema>;

export const SiteFeatureSchema = z
  .object({ type: z.literal('Feature'), geometry: SiteGeometrySchema, properties: SitePropertiesSchema })
  .strict();
export type SiteFeature = z.infer<typeof SiteFeatureSchema>;

/** The register file: a FeatureCollection of site features, WGS84 (RFC 7946). */
export const SiteRegisterSchema = z.object({ type: z.literal('FeatureCollection'), features: z.array(SiteFeatureSchema) }).strict();
export type SiteRegister = z.infer<typeof SiteRegisterSchema>;

/**
 * A site as the app keeps it: the feature's fields plus the point the map draws (for a polygon, a point inside
 * it, computed once when the site is checked, so drawing needs no geometry code).
 */
export const StoredSiteSchema = SitePropertiesSchema.extend({
  geometry: SiteGeometrySchema,
  point: Position,
}).strict();
export type StoredSite = z.infer<typeof StoredSiteSchema>;
