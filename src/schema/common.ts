import './no-eval';
import { z } from 'zod';
import { boardColumns, boardIds, documentIds } from './constants';

export { boardColumnByHeader, boardColumns, boardIds, documentIds } from './constants';
export type { BoardColumn, BoardId, DocumentId } from './constants';

export const DocumentIdSchema = z.enum(documentIds);

/**
 * Where a fact was read. `section` is the annex or section as the document numbers it
 * (e.g. "附件1", "二(二)3"); `row` is the row label as printed; `column` the column header.
 */
export const SourceRefSchema = z
  .object({
    document: DocumentIdSchema,
    section: z.string().min(1),
    row: z.string().min(1).optional(),
    column: z.string().min(1).optional(),
    item: z.string().min(1).optional(),
  })
  .strict();
export type SourceRef = z.infer<typeof SourceRefSchema>;

export const BoardIdSchema = z.enum(boardIds);

export const BoardColumnSchema = z.enum(boardColumns);


/** snake_case ASCII id used for industries, parks, metrics. */
export const SlugSchema = z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*$/, 'expected a snake_case ASCII id');

/** A table cell: a number, or null where the document prints "-" (no target set — not zero). */
export const CellValueSchema = z.number().finite().nullable();
export type CellValue = z.infer<typeof CellValueSchema>;

export const BilingualSchema = z.object({ name_zh: z.string().min(1), name_en: z.string().min(1) });
