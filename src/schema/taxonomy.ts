import { z } from 'zod';
import { membershipLists } from './constants';
import { SlugSchema, SourceRefSchema } from './common';

/**
 * Lists an industry can belong to, by document/year:
 * - cluster465: the "465" system (4 landmark + 6 advantage + 5 future clusters)
 * - annex1_2024: rows of the 2024 work points' Annex 1/2 ("两机" and the six new tracks included)
 * - five_x_2024: the "5+X" system of the future-industries opinions (main track or new direction)
 * - five_x_2026: the "5+X" as re-cut by the 2026–2028 plan (main track or new direction)
 * - jiangyin345: Jiangyin's "345" cluster system
 */
export const MembershipSchema = z
  .object({
    list: z.enum(membershipLists),
    role: z.enum(['landmark', 'advantage', 'future', 'main_track', 'new_direction', 'extra_row', 'member']),
    source: SourceRefSchema,
  })
  .strict();

export const IndustryGroupSchema = z.enum([
  'landmark_cluster',
  'advantage_cluster',
  'future_industry',
  'liangji',
  'new_track',
  'future_direction',
  'sub_item',
  'jiangyin_only',
]);

export const IndustrySchema = z
  .object({
    id: SlugSchema,
    name_zh: z.string().min(1),
    name_en: z.string().min(1),
    group: IndustryGroupSchema,
    /** e.g. 车联网 (iov) is a sub-item of 物联网 (iot). */
    parent: SlugSchema.optional(),
    /** Other spellings in the documents (e.g. "通用人工智能" for 人工智能), used by search and by imports. */
    aliases_zh: z.array(z.string().min(1)).default([]),
    /**
     * English abbreviations and short forms of the English name that readers type ("IoT", "AI", "IC"): facts about
     * the name, used by search only.
     */
    aliases_en: z.array(z.string().min(1)).optional(),
    memberships: z.array(MembershipSchema).min(1),
  })
  .strict();
export type Industry = z.infer<typeof IndustrySchema>;
export const TaxonomySchema = z.array(IndustrySchema);
