import { z } from 'zod';
import { BoardColumnSchema, CellValueSchema, SlugSchema, SourceRefSchema } from './common';

/**
 * Metric ids shared by tables, the allocation rule and the UI.
 * Annex 1: revenue_target (亿元), revenue_growth_target (%).
 * Annex 2: new_firms_projects, promotion_events, chain_leader_firms, new_projects_over_5yi,
 *          innovation_platforms, special_policy.
 * Annex 3: park targets (new_city_parks, future_parks, carrier_area, digital_park_pilots, public_service_platforms).
 */
export const MetricIdSchema = SlugSchema;

export const TargetTableIdSchema = z.enum(['wp2024_annex1', 'wp2024_annex2', 'wp2024_annex3']);
export type TargetTableId = z.infer<typeof TargetTableIdSchema>;

export const TargetRowSchema = z
  .object({
    /** Stable id, e.g. "wp2024_annex1.iot.revenue_target". */
    id: z.string().min(1),
    table: TargetTableIdSchema,
    /** Taxonomy id; null for Annex 3 (park targets are not per industry). */
    industry: SlugSchema.nullable(),
    metric: MetricIdSchema,
    /** Sub-rows such as "其中：车联网" point at their parent row. */
    parent_row: z.string().min(1).nullable(),
    /** Qualifier printed with the row, e.g. "全口径" / "制造研发" for 生物医药. */
    scope_zh: z.string().nullable(),
    scope_en: z.string().nullable(),
    label_zh: z.string().min(1),
    label_en: z.string().min(1),
    unit_zh: z.string().min(1),
    unit_en: z.string().min(1),
    /** Every board column the table prints; null = "-" (no target). Annex 3 has no 'city'. */
    values: z.partialRecord(BoardColumnSchema, CellValueSchema),
    /** Row-level source; the cell's column is the board column (see cellSource()). */
    source: SourceRefSchema,
    /** Extraction notes for quirks handled on this row (page-break headers, split names …). */
    notes: z.array(z.string()).default([]),
  })
  .strict();
export type TargetRow = z.infer<typeof TargetRowSchema>;

export const TargetTableSchema = z
  .object({
    id: TargetTableIdSchema,
    title_zh: z.string().min(1),
    title_en: z.string().min(1),
    year: z.number().int(),
    source: SourceRefSchema,
    /** Footnotes of the table (e.g. the base-adjustment note under Annex 1), summarised in our words. */
    notes: z.array(z.object({ text_zh: z.string(), text_en: z.string(), source: SourceRefSchema }).strict()),
    rows: z.array(TargetRowSchema),
  })
  .strict();
export type TargetTable = z.infer<typeof TargetTableSchema>;
export const TargetTablesSchema = z.array(TargetTableSchema);
