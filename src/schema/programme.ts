import { z } from 'zod';
import { BoardIdSchema, SlugSchema, SourceRefSchema } from './common';

/** Annex 4 of the 2024 work points: 36 key tasks. Summaries are written by us, not copied. */
export const KeyTaskSchema = z
  .object({
    number: z.number().int().positive(),
    summary_zh: z.string().min(1),
    summary_en: z.string().min(1),
    responsible_units_zh: z.array(z.string().min(1)).min(1),
    source: SourceRefSchema,
  })
  .strict();
export const KeyTasksSchema = z.array(KeyTaskSchema);
export type KeyTask = z.infer<typeof KeyTaskSchema>;

/** Annex 1 of the future-industries opinions: the chain-chief (链长制) table. */
export const ChainChiefSchema = z
  .object({
    number: z.number().int().positive(),
    industry: SlugSchema,
    chain_zh: z.string().min(1),
    chain_chief_zh: z.string().min(1),
    lead_department_zh: z.string().min(1),
    lead_department_en: z.string().min(1),
    task_force_head_zh: z.string().min(1),
    source: SourceRefSchema,
  })
  .strict();
export const ChainChiefsSchema = z.array(ChainChiefSchema);
export type ChainChief = z.infer<typeof ChainChiefSchema>;

/** Annex 2 of the future-industries opinions: per board, focus directions, existing key parks, count to 2027. */
export const FutureParkPlanSchema = z
  .object({
    board: BoardIdSchema,
    focus_industries: z.array(SlugSchema),
    focus_zh: z.string().min(1),
    /** Park ids in geo/parks.geojson (data/parks.json). */
    existing_parks: z.array(SlugSchema),
    city_level_parks_by_2027: z.number().int().nonnegative(),
    source: SourceRefSchema,
  })
  .strict();
export const FutureParkPlansSchema = z.array(FutureParkPlanSchema);
export type FutureParkPlan = z.infer<typeof FutureParkPlanSchema>;

/** A documented disagreement inside a source (e.g. boards not summing to 全市), listed rather than patched. */
export const SumAllowanceSchema = z
  .object({
    row_id: z.string().min(1),
    city_value: z.number().nullable(),
    boards_sum: z.number(),
    reason_zh: z.string().min(1),
    reason_en: z.string().min(1),
  })
  .strict();
export const SumAllowancesSchema = z.array(SumAllowanceSchema);
