import { z } from 'zod';
import { parkCategories, parkStatuses, positionPrecisions } from './constants';
import { BoardIdSchema, SlugSchema, SourceRefSchema } from './common';
import { SiteGeometrySchema, SiteSourceSchema } from './sites';

export const DistrictPropertiesSchema = z
  .object({
    id: BoardIdSchema,
    name_zh: z.string().min(1),
    name_en: z.string().min(1),
    kind: z.enum(['district', 'county_city', 'functional_zone']),
    precision: z.enum(['exact', 'approximate']),
    source: z.string().min(1),
    /** A point inside the polygon for labels and for district-precision placements. */
    label_point: z.tuple([z.number(), z.number()]),
  })
  .strict();
export type DistrictProperties = z.infer<typeof DistrictPropertiesSchema>;

export const ParkCategorySchema = z.enum(parkCategories);
export type ParkCategory = z.infer<typeof ParkCategorySchema>;

export const ParkStatusSchema = z.enum(parkStatuses);
export type ParkStatus = z.infer<typeof ParkStatusSchema>;

export const PositionPrecisionSchema = z.enum(positionPrecisions);
export type PositionPrecision = z.infer<typeof PositionPrecisionSchema>;

/**
 * How a park is placed, in data/parks.json. The geo build resolves it to a WGS84 point:
 * town → that town/street's centre from the town-point dataset; district → the board's label point;
 * site → a coordinate with its own citation.
 */
export const ParkPlacementSchema = z.discriminatedUnion('method', [
  z.object({ method: z.literal('town'), town_code: z.string().regex(/^\d{9,12}$/), town_zh: z.string().min(1) }).strict(),
  z.object({ method: z.literal('district') }).strict(),
  z
    .object({
      method: z.literal('site'),
      lon: z.number(),
      lat: z.number(),
      crs: z.enum(['wgs84', 'gcj02']),
      basis_zh: z.string().min(1),
      basis_en: z.string().min(1),
      reference: z.string().min(1),
    })
    .strict(),
]);
export type ParkPlacement = z.infer<typeof ParkPlacementSchema>;

const ParkCommonShape = {
  id: SlugSchema,
  name_zh: z.string().min(1),
  name_en: z.string().min(1),
  /** Other names the documents use for the same park (deduplicated under one id). */
  aliases_zh: z.array(z.string().min(1)),
  board: BoardIdSchema,
  category: ParkCategorySchema,
  status: ParkStatusSchema,
  lead_industries: z.array(SlugSchema),
  sources: z.array(SourceRefSchema).min(1),
};

/** data/parks.json: the register, hand-kept, input to the geo build. */
export const ParkRecordSchema = z.object({ ...ParkCommonShape, placement: ParkPlacementSchema }).strict();
export type ParkRecord = z.infer<typeof ParkRecordSchema>;
export const ParkRegisterSchema = z.array(ParkRecordSchema);

/** geo/parks.geojson feature properties: the register with its placement resolved. */
export const ParkPropertiesSchema = z
  .object({
    ...ParkCommonShape,
    precision: PositionPrecisionSchema,
    position_basis: z.string().min(1),
    position_basis_en: z.string().min(1),
    /**
     * Present when the position is a site: whose register it comes from (the published data/park-sites.geojson,
     * or the user's own register in this browser), its source and note, and the outline when one was drawn.
     */
    site: z
      .object({
        origin: z.enum(['published', 'user']),
        source: SiteSourceSchema,
        note: z.string().optional(),
        outline: SiteGeometrySchema.optional(),
      })
      .strict()
      .optional(),
  })
  .strict();
export type ParkProperties = z.infer<typeof ParkPropertiesSchema>;

export const WaterPropertiesSchema = z
  .object({
    id: z.string().min(1),
    name_zh: z.string().min(1),
    name_en: z.string().min(1),
    kind: z.enum(['lake', 'river']),
    source: z.string().min(1),
  })
  .strict();
export type WaterProperties = z.infer<typeof WaterPropertiesSchema>;

/** geo/towns.geojson feature properties: town/street seat points (WGS84), used to place parks. */
export const TownPropertiesSchema = z
  .object({
    /** 12-digit statistical division code, e.g. 320211006000. */
    code: z.string().regex(/^\d{12}$/),
    name_zh: z.string().min(1),
    /** Hanyu Pinyin of the name with the kind in English ("Xuelang Subdistrict"): a transliteration, not an official name. */
    name_en: z.string().min(1),
    /** The county-level unit (adcode) the town belongs to. */
    board: BoardIdSchema,
    source: z.string().min(1),
  })
  .strict();
export type TownProperties = z.infer<typeof TownPropertiesSchema>;

/** geo/communities.geojson feature properties: community (社区) and village (村) points (WGS84), map labels only. */
export const CommunityPropertiesSchema = z
  .object({
    /** 12-digit statistical division code, e.g. 320211008002. */
    code: z.string().regex(/^\d{12}$/),
    /** The name as the source writes it (长广社区居委会). */
    name_zh: z.string().min(1),
    /** The map label: the name without the committee suffix (长广社区). */
    label_zh: z.string().min(1),
    /** Hanyu Pinyin of label_zh ("Changguang Community"): a transliteration, not an official name. */
    label_en: z.string().min(1),
    /** The town/street (12-digit code) the community belongs to. */
    town: z.string().regex(/^\d{12}$/),
    board: BoardIdSchema,
    source: z.string().min(1),
  })
  .strict();
export type CommunityProperties = z.infer<typeof CommunityPropertiesSchema>;

/** geo/airports.geojson feature properties: airports as points (WGS84, OurAirports), map context only. */
export const AirportPropertiesSchema = z
  .object({
    /** ICAO location indicator, e.g. ZSWX. */
    icao: z.string().regex(/^[A-Z]{4}$/),
    iata: z.string().regex(/^[A-Z]{3}$/),
    name_en: z.string().min(1),
    /** Null: the source gives no Chinese name and none was added (geo/SOURCES.md); the label falls back to name_en. */
    name_zh: z.string().min(1).nullable(),
    source: z.string().min(1),
  })
  .strict();
export type AirportProperties = z.infer<typeof AirportPropertiesSchema>;
