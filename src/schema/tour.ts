import { z } from 'zod';
import {
  boardIds,
  choroplethClassifications,
  choroplethMetrics,
  heatKinds,
  heatTargetMetrics,
  parkCategories,
  parkStatuses,
} from './constants';
import { TOUR_CAPTION_MAX, TOUR_INTERVAL_RANGE, TOUR_MAX_STOPS } from '../tour/limits';

/**
 * A presentation tour: an ordered list of stops, each a saved view of the map (camera, layers, filters,
 * selection) with a short caption in both languages. This is the shape of an exported tour file; the link
 * carries the same tour in a compact form (src/url/tour-param.ts).
 */
export const TOUR_FILE_FORMAT = 'wuxi-map-tour';
export const TOUR_FILE_VERSION = 1;
export { TOUR_CAPTION_MAX, TOUR_INTERVAL_RANGE, TOUR_MAX_STOPS } from '../tour/limits';


export const BilingualTextSchema = z
  .object({ zh: z.string().max(TOUR_CAPTION_MAX), en: z.string().max(TOUR_CAPTION_MAX) })
  .strict();

const TourViewSchema = z
  .object({ longitude: z.number(), latitude: z.number(), zoom: z.number(), bearing: z.number(), pitch: z.number() })
  .strict();

const TourSelectionSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('park'), id: z.string().min(1) }).strict(),
    z.object({ kind: z.literal('board'), id: z.enum(boardIds) }).strict(),
    z.object({ kind: z.literal('industry'), id: z.string().min(1) }).strict(),
    z.object({ kind: z.literal('project'), id: z.string().min(1) }).strict(),
    z.object({ kind: z.literal('zone'), id: z.string().min(1) }).strict(),
    z.object({ kind: z.literal('platform'), id: z.string().min(1) }).strict(),
    z.object({ kind: z.literal('funds'), id: z.string().min(1) }).strict(),
  ])
  .nullable();

export const TourStopSchema = z
  .object({
    caption: BilingualTextSchema,
    view: TourViewSchema,
    layers: z.object({ districts: z.boolean(), water: z.boolean(), parks: z.boolean(), labels: z.boolean() }).strict(),
    heat: z
      .object({
        kind: z.enum(heatKinds).nullable(),
        industry: z.string().min(1).nullable(),
        metric: z.enum(heatTargetMetrics),
        opacity: z.number(),
        radiusPixels: z.number(),
      })
      .strict(),
    choropleth: z
      .object({
        metric: z.enum(choroplethMetrics).nullable(),
        industry: z.string().min(1).nullable(),
        classification: z.enum(choroplethClassifications).default('jenks'),
      })
      .strict(),
    filters: z
      .object({
        categories: z.array(z.enum(parkCategories)),
        industries: z.array(z.string().min(1)),
        boards: z.array(z.enum(boardIds)),
        statuses: z.array(z.enum(parkStatuses)),
      })
      .strict(),
    selection: TourSelectionSchema,
  })
  .strict();

export const TourSchema = z
  .object({
    title: BilingualTextSchema,
    /** Seconds per stop when playing on its own; null = the presenter advances. */
    autoAdvanceSec: z.number().int().min(TOUR_INTERVAL_RANGE.min).max(TOUR_INTERVAL_RANGE.max).nullable(),
    stops: z.array(TourStopSchema).min(1).max(TOUR_MAX_STOPS),
  })
  .strict();

export const TourFileSchema = TourSchema.extend({
  format: z.literal(TOUR_FILE_FORMAT),
  version: z.literal(TOUR_FILE_VERSION),
}).strict();

export type BilingualText = z.infer<typeof BilingualTextSchema>;
export type TourStop = z.infer<typeof TourStopSchema>;
export type Tour = z.infer<typeof TourSchema>;
export type TourFile = z.infer<typeof TourFileSchema>;
