import { z } from 'zod';
import { SlugSchema, SourceRefSchema } from './common';

/**
 * Where a document (or two) says one thing in two ways: kept side by side, never resolved. Each statement
 * keeps the printed words, which a test finds in the cited section. Things that merely agree in different words
 * ("超800亿" in the text, 870 in the table) are not listed.
 */
export const DisagreementStatementSchema = z
  .object({
    source: SourceRefSchema,
    printed: z.string().min(1),
    /** The indicator value this statement is carried as, if any (`<indicator id>@<year>`). */
    indicator_value: z.string().regex(/^[^@]+@\d{4}$/).optional(),
  })
  .strict();

export const DisagreementSchema = z
  .object({
    id: SlugSchema,
    /** value: different figures; qualifier: same figure, different "about / at least / exact"; name: a different name for the same thing. */
    kind: z.enum(['value', 'qualifier', 'name']),
    /** Indicators the disagreement touches (their timelines show it). */
    indicators: z.array(z.string().min(1)),
    statements: z.array(DisagreementStatementSchema).min(2),
    summary_zh: z.string().min(1),
    summary_en: z.string().min(1),
  })
  .strict();
export type Disagreement = z.infer<typeof DisagreementSchema>;
export const DisagreementsSchema = z.array(DisagreementSchema);
