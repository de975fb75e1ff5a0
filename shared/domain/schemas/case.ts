import { z } from 'zod';
import type { IsoDate } from '../iso-date';
import {
  CASE_STATUSES,
  CHANNELS,
  CONTEXTS,
  OUTCOMES,
  REPORTER_KINDS,
  type CaseContext,
  type CaseStatus,
  type Channel,
  type Outcome,
  type ReporterKind,
} from '../vocabulary';
import { categoryKeySchema } from './category';
import { TEXT_LIMITS, hasChanges, idSchema, isoDateSchema, optionalText, withNullDefaults } from './common';

/** What may still be unknown when an inquiry is first written down. */
const caseDetailFields = {
  reporterKind: z.enum(REPORTER_KINDS).nullable(),
  category: categoryKeySchema.nullable(),
  context: z.enum(CONTEXTS).nullable(),
  summary: optionalText(TEXT_LIMITS.medium),
};

const caseRequiredFields = {
  receivedDate: isoDateSchema,
  channel: z.enum(CHANNELS),
};

/** A new inquiry ("Ny henvendelse"): only when and how it came in are required. */
export const caseCreateInputSchema = z.strictObject({
  ...caseRequiredFields,
  ...withNullDefaults(caseDetailFields),
});
export type CaseCreateInput = z.output<typeof caseCreateInputSchema>;

/** Status, closing date and outcome change only through a transition. */
export const caseUpdateInputSchema = z
  .strictObject({ id: idSchema, ...caseRequiredFields, ...caseDetailFields })
  .partial()
  .required({ id: true })
  .refine(hasChanges, { message: 'Nothing to update' });
export type CaseUpdateInput = z.output<typeof caseUpdateInputSchema>;

/** Field rules (outcome when closing, reason when reopening) live in `case-status.ts`. */
export const caseTransitionInputSchema = z.strictObject({
  caseId: idSchema,
  to: z.enum(CASE_STATUSES),
  closedDate: isoDateSchema.nullable().optional(),
  outcome: z.enum(OUTCOMES).nullable().optional(),
  reason: optionalText(TEXT_LIMITS.medium).optional(),
});
export type CaseTransitionInput = z.output<typeof caseTransitionInputSchema>;

export interface CaseRecord {
  id: number;
  /** e.g. `2026-007`, see `case-reference.ts`. */
  reference: string;
  receivedDate: IsoDate;
  channel: Channel;
  reporterKind: ReporterKind | null;
  category: string | null;
  context: CaseContext | null;
  summary: string | null;
  status: CaseStatus;
  closedDate: IsoDate | null;
  outcome: Outcome | null;
  /** ISO 8601 instants (UTC), set by the vault. */
  createdAt: string;
  updatedAt: string;
}

/**
 * One entry in a case's status history; a reopening carries its reason. A closing keeps
 * its date and outcome here, since reopening clears them from the case.
 */
export interface CaseStatusChangeRecord {
  id: number;
  caseId: number;
  from: CaseStatus;
  to: CaseStatus;
  reason: string | null;
  closedDate: IsoDate | null;
  outcome: Outcome | null;
  changedAt: string;
}
