import { z } from 'zod';

/** The five public documents every figure comes from (see data/documents.json). */
export const documentIds = ['wp2024', 'opinions', 'plan2026', 'jiangyin2023', 'fyp15'] as const;
export const DocumentIdSchema = z.enum(documentIds);
export type DocumentId = z.infer<typeof DocumentIdSchema>;

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

/**
 * The eight boards (板块): the seven administrative units by adcode, and 无锡经开区 as `wxjk`.
 * Column order follows the 2024 work points' annexes.
 */
export const boardIds = ['320281', '320282', '320213', '320205', '320206', '320211', '320214', 'wxjk'] as const;
export const BoardIdSchema = z.enum(boardIds);
export type BoardId = z.infer<typeof BoardIdSchema>;

/** A table column: a board, or the whole city (全市). */
export const boardColumns = ['city', ...boardIds] as const;
export const BoardColumnSchema = z.enum(boardColumns);
export type BoardColumn = z.infer<typeof BoardColumnSchema>;

/** Table header as printed → column id. */
export const boardColumnByHeader: Readonly<Record<string, BoardColumn>> = {
  全市: 'city',
  江阴: '320281',
  宜兴: '320282',
  梁溪: '320213',
  锡山: '320205',
  惠山: '320206',
  滨湖: '320211',
  新吴: '320214',
  经开: 'wxjk',
};

/** snake_case ASCII id used for industries, parks, metrics. */
export const SlugSchema = z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*$/, 'expected a snake_case ASCII id');

/** A table cell: a number, or null where the document prints "-" (no target set — not zero). */
export const CellValueSchema = z.number().finite().nullable();
export type CellValue = z.infer<typeof CellValueSchema>;

export const BilingualSchema = z.object({ name_zh: z.string().min(1), name_en: z.string().min(1) });
