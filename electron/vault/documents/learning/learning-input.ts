import { z } from 'zod';
import { isoDateSchema } from '../../../../shared/domain/schemas/common';
import { LANGUAGES } from '../../../../shared/domain/vocabulary';
import { DEFAULT_THRESHOLDS } from '../../report/disclosure/thresholds';

const tableValueSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('count'), count: z.int().nonnegative() }),
  z.object({ kind: z.literal('percentage'), percent: z.number().min(0).max(100) }),
  /** A hidden cell, shown as the marker the disclosure control chose ("færre end 5"). */
  z.object({ kind: z.literal('suppressed'), marker: z.string().trim().min(1) }),
]);

export const learningDocumentInputSchema = z.object({
  language: z.enum(LANGUAGES),
  organisationName: z.string().trim().min(1),
  period: z.object({ from: isoDateSchema, to: isoDateSchema }),
  method: z.object({
    /** The smallest count a cell may show; organisations may only raise the policy's 5. */
    suppressionThreshold: z.int().min(DEFAULT_THRESHOLDS.cell),
    /** The disclosure rules applied, one sentence each, as the caller words them. */
    rules: z.array(z.string().trim().min(1)),
  }),
  /**
   * One-way tables only: each row is one value of a single attribute. A table without
   * rows is one the disclosure control withheld; it is named and said to be left out.
   */
  tables: z.array(
    z.object({
      title: z.string().trim().min(1),
      rows: z.array(z.object({ label: z.string().trim().min(1), value: tableValueSchema })),
    }),
  ),
  /** For a period with too few cases for tables: the total as a band ("færre end 5"). */
  bandedTotal: z.string().trim().min(1).optional(),
  learningPoints: z.array(z.string().trim().min(1)),
  recommendations: z.array(z.string().trim().min(1)),
});

export type LearningDocumentInput = z.input<typeof learningDocumentInputSchema>;
export type LearningTableValue = z.input<typeof tableValueSchema>;
