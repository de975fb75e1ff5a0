import { z } from 'zod';
import { TEXT_LIMITS, hasChanges, idSchema, requiredText, wellFormedString } from './common';

/**
 * A læringspunkt: the only free text that enters the learning document, written for it.
 * It may come from a case or from the year as a whole. The re-identification guard
 * checks the text before export; the schema only bounds it.
 */
const reportYearSchema = z.number().int().min(2000).max(9999);

export const learningPointCreateInputSchema = z.strictObject({
  caseId: idSchema.nullable().default(null),
  reportYear: reportYearSchema,
  text: requiredText(TEXT_LIMITS.medium),
});
export type LearningPointCreateInput = z.output<typeof learningPointCreateInputSchema>;

export const learningPointUpdateInputSchema = z
  .strictObject({ id: idSchema, reportYear: reportYearSchema, text: requiredText(TEXT_LIMITS.medium) })
  .partial()
  .required({ id: true })
  .refine(hasChanges, { message: 'Nothing to update' });
export type LearningPointUpdateInput = z.output<typeof learningPointUpdateInputSchema>;

/** A learning point as it is being written, for the inline guard: it may still be empty. */
export const learningPointCheckInputSchema = z.strictObject({
  reportYear: reportYearSchema,
  text: wellFormedString().max(TEXT_LIMITS.medium),
});
export type LearningPointCheckInput = z.output<typeof learningPointCheckInputSchema>;

export interface LearningPointRecord {
  id: number;
  caseId: number | null;
  reportYear: number;
  text: string;
  createdAt: string;
  updatedAt: string;
}

/** Learning points of one report year, or all of them. */
export const learningPointListInputSchema = z
  .strictObject({ reportYear: reportYearSchema.nullable().default(null) })
  .prefault({});
export type LearningPointListInput = z.output<typeof learningPointListInputSchema>;
