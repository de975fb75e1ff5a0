import { z } from 'zod';
import { idSchema } from './common';

/** Export one case, or the whole vault when no case is named. */
export const exportInputSchema = z.strictObject({ caseId: idSchema.nullable().default(null) }).prefault({});
export type ExportInput = z.output<typeof exportInputSchema>;

export interface ExportResult {
  file: string;
  cases: number;
}

/** What an import wrote. */
export interface ImportSummary {
  cases: number;
  /** Learning points written for a year rather than a case. */
  learningPoints: number;
  /**
   * Cases whose reference was already used in this vault get the next free one; a
   * reference is never given out twice, not even one of a deleted case.
   */
  renumbered: { from: string; to: string }[];
  /** Settings taken from the file because this vault had not set them. */
  settingsApplied: string[];
}
