import { z } from 'zod';
import { DocumentIdSchema, SlugSchema, SourceRefSchema } from './common';

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
    /**
     * A target the document sets for every year of a period ("每年…"), not once for `year`. `year` is the last
     * year of the period; `from` its first where the document says so (null where it does not). `average` marks
     * "平均每年" (a yearly average over the period rather than a floor for each year).
     */
    per_year: z
      .object({ from: z.number().int().nullable(), basis: z.enum(['each_year', 'average']) })
      .strict()
      .optional(),
  })
  .strict();

export const IndicatorSchema = z
  .object({
    id: z.string().min(1),
    document: DocumentIdSchema,
    /** Which set it belongs to, for grouping in the UI. */
    set: z.enum([
      'wp2024_city_goals', 'wp2024_task_targets', 'opinions_goals', 'plan2026_targets', 'jiangyin_indicators',
      'jiangyin_body_targets', 'fyp15_facts',
    ]),
    /**
     * Indicators of one scope that measure the same thing across documents share a series key, so a timeline can
     * draw a fact of one document and a target of another on one line. Defaults to the id after the document prefix.
     */
    series: SlugSchema.optional(),
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
export type IndicatorValue = z.infer<typeof IndicatorValueSchema>;
export const IndicatorsSchema = z.array(IndicatorSchema);
