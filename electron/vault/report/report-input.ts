import { z } from 'zod';
import { categoryListSchema } from '../../../shared/domain/schemas/category';
import {
  CASE_STATUSES,
  CONTEXTS,
  ORGANISATIONAL_ROLES,
  OUTCOMES,
  type CategoryDefinition,
} from '../../../shared/domain/vocabulary';
import { parseOrThrow } from './parse-or-throw';
import type { PreviousReport, ReportCaseFacts, ReportPeriod } from './report-types';

const isoDate = z.iso.date();

const periodSchema = z
  .strictObject({ from: isoDate, to: isoDate })
  .refine((period) => period.from <= period.to, { message: 'The period ends before it starts' });

const caseFactsSchema = z
  .strictObject({
    category: z.string().nullable(),
    context: z.enum(CONTEXTS).nullable(),
    status: z.enum(CASE_STATUSES),
    outcome: z.enum(OUTCOMES).nullable(),
    affectedRole: z.enum(ORGANISATIONAL_ROLES).nullable(),
    accusedRole: z.enum(ORGANISATIONAL_ROLES).nullable(),
    minorInvolved: z.boolean(),
    stages: z.strictObject({ handled: z.boolean(), referred: z.boolean(), policeReport: z.boolean() }),
    hasWrittenAgreement: z.boolean(),
    offeredConversations: z.boolean(),
    receivedDate: isoDate,
    closedDate: isoDate.nullable(),
  })
  .refine((facts) => facts.status !== 'closed' || (facts.outcome !== null && facts.closedDate !== null), {
    message: 'A closed case needs an outcome and a closing date',
  })
  .refine((facts) => facts.closedDate === null || facts.closedDate >= facts.receivedDate, {
    message: 'A case cannot close before it was received',
  });

const count = z.int().nonnegative();
const storedRangeSchema = z
  .strictObject({ min: count, max: count })
  .refine((range) => range.min <= range.max, { message: 'A range must not be empty' });

const previousReportSchema = z.strictObject({
  formatVersion: z.literal(1),
  period: periodSchema,
  total: storedRangeSchema,
  partitions: z.record(z.string(), z.record(z.string(), storedRangeSchema).nullable()),
});

export function parseReportPeriod(input: ReportPeriod): ReportPeriod {
  return parseOrThrow(periodSchema, input, "The learning report's period is not a valid date range");
}

/**
 * Every case's category must be one of the settings' categories: a table row exists only
 * for those, and a row made up for a stray key would tell readers that such a case exists.
 */
export function parseCaseFacts(
  input: readonly ReportCaseFacts[],
  categories: readonly CategoryDefinition[],
): ReportCaseFacts[] {
  const known = new Set(categories.map((category) => category.key));
  const schema = z.array(
    caseFactsSchema.refine((facts) => facts.category === null || known.has(facts.category), {
      message: 'The category is not in the category settings',
    }),
  );
  return parseOrThrow(schema, input, "The learning report's case facts do not have the expected shape");
}

/** The stored figures come back from disk, so they are checked like any other input. */
export function parsePreviousReport(input: PreviousReport): PreviousReport {
  return parseOrThrow(previousReportSchema, input, "The previous report's stored figures do not have the expected shape");
}

export function parseCategories(input: readonly CategoryDefinition[]): CategoryDefinition[] {
  return parseOrThrow(categoryListSchema, input, 'The category settings do not have the expected shape');
}
