import { z } from 'zod';
import { DocumentIdSchema } from './common';

export const SourceDocumentSchema = z
  .object({
    id: DocumentIdSchema,
    file: z.string().min(1),
    title_zh: z.string().min(1),
    title_en: z.string().min(1),
    doc_number: z.string().nullable(),
    issuer_zh: z.string().min(1),
    issuer_en: z.string().min(1),
    date: z.string().nullable(),
    /** e.g. "policy" vs "newspaper digest of suggestions": the UI labels non-policy sources. */
    nature: z.enum(['policy', 'plan', 'local_tasks', 'suggestions_digest']),
  })
  .strict();
export type SourceDocument = z.infer<typeof SourceDocumentSchema>;
export const SourceDocumentsSchema = z.array(SourceDocumentSchema);
