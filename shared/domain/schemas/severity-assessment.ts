import { z } from 'zod';
import type { IsoDate } from '../iso-date';
import type { SeverityStep } from '../severity';
import {
  EXTENTS,
  SEVERITY_FACTORS,
  SEVERITY_LEVELS,
  type Extent,
  type SeverityFactor,
  type SeverityLevel,
} from '../vocabulary';
import { TEXT_LIMITS, idSchema, isoDateSchema, optionalText, uniqueList } from './common';

export const MAX_AFFECTED_COUNT = 1_000;

/**
 * An assessment is dated and kept: a later view of the case is a new assessment, so the
 * journal shows how the picture changed. The suggested level is computed by the vault
 * (`severity.ts`), never taken from input.
 */
export const severityAssessmentInputSchema = z.strictObject({
  caseId: idSchema,
  assessedOn: isoDateSchema,
  extent: z.enum(EXTENTS),
  affectedCount: z.number().int().min(1).max(MAX_AFFECTED_COUNT),
  factors: uniqueList(SEVERITY_FACTORS),
  chosenLevel: z.literal(SEVERITY_LEVELS),
  rationale: optionalText(TEXT_LIMITS.medium).default(null),
});
export type SeverityAssessmentInput = z.output<typeof severityAssessmentInputSchema>;

export interface SeverityAssessmentRecord {
  id: number;
  caseId: number;
  assessedOn: IsoDate;
  extent: Extent;
  affectedCount: number;
  factors: SeverityFactor[];
  /** The suggestion shown when the level was chosen. */
  suggestedLevel: SeverityLevel;
  /** The level the contact person chose; it may differ from the suggestion. */
  chosenLevel: SeverityLevel;
  /** The policy's steps for these factors, as shown beside the assessment. */
  steps: SeverityStep[];
  rationale: string | null;
  createdAt: string;
}
