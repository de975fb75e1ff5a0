import { z } from 'zod';
import { TEXT_LIMITS, requiredText } from '../../../../shared/domain/schemas/common';
import { AppError } from '../../../../shared/errors';
import { DISTRIBUTION_TABLE_KEYS } from '../../report/disclosure/aggregate-types';
import { indicatorPartitionKey, type DistributionCounts, type IndicatorCount } from '../../report/disclosure/report-partitions';
import { parseOrThrow } from '../../report/parse-or-throw';
import { parsePreviousReport, parseReportPeriod } from '../../report/report-input';
import type { ReportPeriod, StoredAggregates } from '../../report/report-types';
import type { ReportScope } from '../../report/stored/stored-reports';

/*
 * What one vault sends the other for a joint learning document: its UNSUPPRESSED counts
 * over the report's partitions (suppression is applied to the sums, never per vault),
 * the figures of its own published reports that overlap the period (public already; the
 * joint report must not be differenced against them), and the learning points chosen
 * for the joint document. No case text, no dates, no names.
 */

export const CONTRIBUTION_FORMAT_VERSION = 1;

/** Unsuppressed counts: distribution tables by row key, indicators by `table.key`. */
export interface ContributionCounts {
  total: number;
  distributions: Record<string, Record<string, number>>;
  indicators: Record<string, number>;
}

export interface ContributionBody {
  formatVersion: typeof CONTRIBUTION_FORMAT_VERSION;
  period: ReportPeriod;
  counts: ContributionCounts;
  published: { scope: ReportScope; figures: StoredAggregates }[];
  learningPoints: string[];
}

const count = z.int().nonnegative().max(10_000_000);
const code = z.string().regex(/^[a-z][a-z0-9_.]*$/u).max(100);
const isoDate = z.iso.date();

const bodySchema = z.strictObject({
  formatVersion: z.literal(CONTRIBUTION_FORMAT_VERSION),
  period: z.strictObject({ from: isoDate, to: isoDate }),
  counts: z.strictObject({
    total: count,
    distributions: z.record(z.enum(DISTRIBUTION_TABLE_KEYS), z.record(code, count)),
    indicators: z.record(code, count),
  }),
  published: z.array(z.strictObject({ scope: z.enum(['single', 'joint']), figures: z.unknown() })).max(1000),
  learningPoints: z.array(requiredText(TEXT_LIMITS.medium)).max(500),
});

/** The counts of one vault as the contribution carries them. */
export function contributionCounts(
  total: number,
  distributions: readonly DistributionCounts[],
  indicators: readonly IndicatorCount[],
): ContributionCounts {
  return {
    total,
    distributions: Object.fromEntries(
      distributions.map((table) => [table.table, Object.fromEntries(table.cells.map((cell) => [cell.key, cell.count]))]),
    ),
    indicators: Object.fromEntries(indicators.map((indicator) => [indicatorPartitionKey(indicator), indicator.count])),
  };
}

/**
 * A contribution's body as it came out of a package: shape, period, and counts that can
 * be true (every table adds up to the total, no indicator above it). INVALID_INPUT otherwise.
 */
export function parseContributionBody(input: unknown): ContributionBody {
  const body = parseOrThrow(bodySchema, input, "The colleague's contribution does not have the expected shape");
  const period = parseReportPeriod(body.period);
  const { total } = body.counts;
  const tableSums = Object.values(body.counts.distributions).map((cells) => Object.values(cells).reduce((acc, value) => acc + value, 0));
  if (tableSums.some((sum) => sum !== total) || Object.values(body.counts.indicators).some((value) => value > total)) {
    throw new AppError('INVALID_INPUT', "The colleague's contribution has figures that do not add up");
  }
  return {
    formatVersion: body.formatVersion,
    period,
    counts: body.counts,
    published: body.published.map((report) => ({
      scope: report.scope,
      figures: parsePreviousReport(report.figures as StoredAggregates),
    })),
    learningPoints: body.learningPoints,
  };
}
