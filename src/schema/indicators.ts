import { z } from 'zod';
import { DocumentIdSchema, SourceRefSchema } from './common';

/**
 * A goal or fact stated as a number: city goals for 2024, future-industry goals 2027/2030/2035,
 * 2028 targets, Jiangyin's 2022→2025 indicator table, and the 15th-FYP digest's 2024 facts.
 */
export const IndicatorValueSchema = z
  .object({
    year: z.number().int(),
    value: z.number().finite().nullable(),
    /** How the document states it: 约 "about", 以上/超 "at least/over", 达到 "reach", actual "fact". */
    qualifier: z.enum(['about', 'at_least', 'over', 'reach', 'exact', 'fact', 'cumulative']),
    /** The value as printed, kept for the cross-check against the source text. */
    printed: z.string().min(1),
    source: SourceRefSchema,
  })
  .strict();

export const IndicatorSchema = z
  .object({
    id: z.string().min(1),
    document: DocumentIdSchema,
    /** Which set it belongs to, for grouping in the UI. */
    set: z.enum(['wp2024_city_goals', 'opinions_goals', 'plan2026_targets', 'jiangyin_indicators', 'fyp15_facts']),
    scope: z.enum(['city', 'jiangyin']),
    label_zh: z.string().min(1),
    label_en: z.string().min(1),
    unit_zh: z.string(),
    unit_en: z.string(),
    /** Jiangyin's table names the owner (责任单位) of each indicator. */
    owner_zh: z.string().nullable(),
    values: z.array(IndicatorValueSchema).min(1),
  })
  .strict();
export type Indicator = z.infer<typeof IndicatorSchema>;
export const IndicatorsSchema = z.array(IndicatorSchema);
