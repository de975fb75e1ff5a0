import type { CategoryDefinition } from '../../../../shared/domain/vocabulary';
import { AppError } from '../../../../shared/errors';
import { DISTRIBUTION_TABLE_KEYS, type ReportAggregates } from '../../report/disclosure/aggregate-types';
import { aggregatesFromCounts } from '../../report/disclosure/compute-report-aggregates';
import { exactRange } from '../../report/disclosure/reader-ranges';
import {
  countDistributions,
  countIndicators,
  indicatorPartitionKey,
  type DistributionCounts,
  type IndicatorCount,
} from '../../report/disclosure/report-partitions';
import { distributionView, indicatorView } from '../../report/disclosure/stored-aggregates';
import { resolveThresholds, type Thresholds } from '../../report/disclosure/thresholds';
import { parseCategories, parsePreviousReport, parseReportPeriod } from '../../report/report-input';
import type { ReportPeriod, StoredAggregates } from '../../report/report-types';
import type { ContributionCounts } from './contribution-body';
import { sumsRevealHiddenCell, type SideRanges } from './sum-knowledge';

/** One vault's part of the joint report. */
export interface JointSide {
  counts: ContributionCounts;
  /** The vault's newest own (single-vault) published report of exactly the joint period, if any. */
  samePeriodReport: StoredAggregates | null;
}

export interface JointReportInput {
  period: ReportPeriod;
  /** This vault first, then each colleague's contribution. */
  sides: readonly JointSide[];
  /** Every published report from either vault whose period overlaps the joint one (single or joint), compared pairwise. */
  published: readonly StoredAggregates[];
  /** The combining vault's category settings; the colleague's rows must be among them. */
  categories: readonly CategoryDefinition[];
  thresholds?: Partial<Thresholds>;
}

function unknownRow(table: string): AppError {
  return new AppError('CONTRIBUTION_CATEGORIES_MISMATCH', "The colleague's figures use a row this vault's report does not have (compare the category settings)", {
    table,
  });
}

/** The vaults' unsuppressed counts added up, over the combining vault's partitions and thresholds. */
function summedCounts(
  sides: readonly JointSide[],
  categories: readonly CategoryDefinition[],
  thresholds: Thresholds,
): { total: number; distributions: DistributionCounts[]; indicators: IndicatorCount[] } {
  const distributions = countDistributions([], categories, thresholds);
  const indicators = countIndicators([], thresholds);
  for (const { counts } of sides) {
    for (const table of distributions) {
      const cells = counts.distributions[table.table];
      if (cells === undefined) throw unknownRow(table.table);
      for (const [key, value] of Object.entries(cells)) {
        const cell = table.cells.find((candidate) => candidate.key === key);
        if (cell === undefined) {
          if (value > 0) throw unknownRow(table.table);
          continue;
        }
        cell.count += value;
      }
    }
    for (const indicator of indicators) {
      const value = counts.indicators[indicatorPartitionKey(indicator)];
      if (value === undefined) throw unknownRow(indicator.table);
      indicator.count += value;
    }
  }
  return { total: sides.reduce((acc, side) => acc + side.counts.total, 0), distributions, indicators };
}

/**
 * Refuses (CONTRIBUTION_CATEGORIES_MISMATCH) counts that use a row this vault's report does
 * not have, such as a category only the colleague's settings know: checked when a
 * contribution is loaded, so nothing is stored that cannot be combined.
 */
export function assertCombinable(counts: ContributionCounts, categories: readonly CategoryDefinition[]): void {
  if (DISTRIBUTION_TABLE_KEYS.some((key) => counts.distributions[key] === undefined)) throw unknownRow('distributions');
  summedCounts([{ counts, samePeriodReport: null }], parseCategories(categories), resolveThresholds());
}

/** What readers know about one vault's share of a partition from its own report of the same period. */
function sideRanges(side: JointSide, partition: string, jointTotal: number): SideRanges {
  const report = side.samePeriodReport;
  if (report === null) return { total: { min: 0, max: jointTotal }, cells: {} };
  return { total: report.total, cells: report.partitions[partition] ?? null };
}

/**
 * The joint learning document's figures: both vaults' unsuppressed counts added up, then
 * primary and secondary suppression, banding, and differencing on the SUMS (suppressing
 * each vault's figures and adding would publish sums of hidden cells). Besides the usual
 * checks, every table is audited against the vaults' own reports of the same period,
 * whose figures add up to the joint ones (see `sumsRevealHiddenCell`). The document has
 * no median duration: the contributions carry no dates.
 */
export function computeJointAggregates(input: JointReportInput): ReportAggregates {
  const thresholds = resolveThresholds(input.thresholds);
  const categories = parseCategories(input.categories);
  const period = parseReportPeriod(input.period);
  const sides = input.sides.map((side) => ({
    counts: side.counts,
    samePeriodReport: side.samePeriodReport === null ? null : parsePreviousReport(side.samePeriodReport),
  }));
  if (sides.length < 2) throw new AppError('INVALID_INPUT', 'A joint report needs at least one contribution besides this vault');
  if (sides.some((side) => DISTRIBUTION_TABLE_KEYS.some((key) => side.counts.distributions[key] === undefined))) {
    throw unknownRow('distributions');
  }
  const published = input.published.map(parsePreviousReport);
  const counts = summedCounts(sides, categories, thresholds);
  return aggregatesFromCounts(
    counts,
    period,
    thresholds,
    {
      overlapping: published,
      distributionAudit: (table, rows, total) =>
        !sumsRevealHiddenCell(
          { total: exactRange(total), cells: distributionView(rows, total) },
          sides.map((side) => sideRanges(side, table.table, total)),
          table.cells.map((cell) => cell.key),
        ),
      indicatorAudit: (indicator, value, total) =>
        !sumsRevealHiddenCell(
          { total: exactRange(total), cells: indicatorView({ key: indicator.key, value }, total) },
          sides.map((side) => sideRanges(side, indicatorPartitionKey(indicator), total)),
          ['yes', 'no'],
        ),
    },
    () => null,
  );
}
