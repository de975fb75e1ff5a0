import { DEFAULT_CATEGORIES } from '../../../../shared/domain/categories';
import type { CategoryDefinition } from '../../../../shared/domain/vocabulary';
import { AppError } from '../../../../shared/errors';
import { parseCaseFacts, parseCategories, parsePreviousReport, parseReportPeriod } from '../report-input';
import type { PreviousReport, ReportCaseFacts, ReportPeriod, StoredRange } from '../report-types';
import type { MethodRule, ReportAggregates, ReportTable, ReportTotal } from './aggregate-types';
import { buildTablesFromCounts, type TableChecks } from './build-report-tables';
import { periodsOverlap, provesSmallChange } from './differencing';
import { medianDaysToClose } from './median-duration';
import { exactRange } from './reader-ranges';
import { countDistributions, countIndicators, type DistributionCounts, type IndicatorCount } from './report-partitions';
import { storedPartitions } from './stored-aggregates';
import { resolveThresholds, type Thresholds } from './thresholds';

export interface ReportOptions {
  /** Raised thresholds; anything below the defaults is refused. */
  thresholds?: Partial<Thresholds>;
  /** The vault's category settings (the policy's four categories by default). Every case's category must be among them. */
  categories?: readonly CategoryDefinition[];
}

const TABLE_RULES: readonly MethodRule[] = [
  'total_only_below_minimum_cases',
  'one_way_tables_only',
  'coarse_roles',
  'minimum_cell',
  'sensitive_minimum_cell',
  'secondary_suppression',
  'dominant_row_withholds_table',
  'duration_minimum_cases',
];

function shownTotal(total: number, thresholds: Thresholds): ReportTotal {
  return total < thresholds.minCases ? { kind: 'fewer-than', limit: thresholds.minCases } : { kind: 'exact', value: total };
}

/**
 * A median duration is shown only when the number of closed cases is itself published
 * (as the outcome table's "not concluded" row): otherwise the median's mere presence
 * would bound a hidden cell ("at least five closed cases").
 */
function shownMedian(cases: readonly ReportCaseFacts[], tables: readonly ReportTable[], thresholds: Thresholds): number | null {
  const outcome = tables.find((table) => table.kind === 'distribution' && table.key === 'outcome');
  if (outcome === undefined || outcome.kind !== 'distribution' || outcome.withheld) return null;
  const notConcluded = outcome.rows.find((row) => row.key === 'not_concluded');
  if (notConcluded === undefined || typeof notConcluded.value !== 'number') return null;
  return medianDaysToClose(cases, thresholds.minDurationCases);
}

/** Unsuppressed counts over the report's partitions: one vault's, or both vaults' added up. */
export interface PartitionCounts {
  total: number;
  distributions: readonly DistributionCounts[];
  indicators: readonly IndicatorCount[];
}

/**
 * The figures under disclosure control from unsuppressed counts. `checks.overlapping` are
 * the published reports whose periods overlap this one. Throws REPORT_BLOCKED when the
 * total differs from one of them by a few cases: any publication would then tell readers
 * that a few cases were added or removed, so another period must be chosen.
 */
export function aggregatesFromCounts(
  counts: PartitionCounts,
  period: ReportPeriod,
  thresholds: Thresholds,
  checks: TableChecks,
  medianOf: (tables: readonly ReportTable[]) => number | null,
): ReportAggregates {
  const total = shownTotal(counts.total, thresholds);
  const totalRange: StoredRange = total.kind === 'exact' ? exactRange(total.value) : { min: 0, max: total.limit - 1 };
  if (checks.overlapping.some((previous) => provesSmallChange(totalRange, previous.total, thresholds.cell))) {
    throw new AppError('REPORT_BLOCKED', 'The period overlaps the previous report and the number of cases differs by too few', {
      reason: 'small_change_since_overlapping_report',
    });
  }
  const differencingRules: MethodRule[] = checks.overlapping.length === 0 ? [] : ['previous_report_differencing'];

  const tables =
    total.kind === 'exact' ? buildTablesFromCounts(counts.distributions, counts.indicators, counts.total, thresholds, checks) : [];
  return {
    period,
    mode: total.kind === 'exact' ? 'tables' : 'total-only',
    total,
    tables,
    medianDaysToClose: medianOf(tables),
    method: {
      thresholds,
      rules: total.kind === 'exact' ? [...TABLE_RULES, ...differencingRules] : ['total_only_below_minimum_cases', ...differencingRules],
    },
    stored: {
      formatVersion: 1,
      period,
      total: totalRange,
      partitions: storedPartitions(tables, counts.total),
    },
  };
}

/**
 * The learning document's figures for the cases received in `period`, under disclosure
 * control (DESIGN.md §6). `previous` is the stored figures of the last published report;
 * they matter only when its period overlaps this one (see `periodsOverlap`).
 * Throws REPORT_BLOCKED when the two reports overlap and their totals differ by a few
 * cases (see `aggregatesFromCounts`).
 */
export function computeReportAggregates(
  cases: readonly ReportCaseFacts[],
  period: ReportPeriod,
  options: ReportOptions = {},
  previous?: PreviousReport,
): ReportAggregates {
  const thresholds = resolveThresholds(options.thresholds);
  const categories = parseCategories(options.categories ?? DEFAULT_CATEGORIES);
  const reportPeriod = parseReportPeriod(period);
  const counted = parseCaseFacts(cases, categories).filter(
    (facts) => facts.receivedDate >= reportPeriod.from && facts.receivedDate <= reportPeriod.to,
  );
  const storedPrevious = previous === undefined ? null : parsePreviousReport(previous);
  const overlapping = storedPrevious !== null && periodsOverlap(storedPrevious.period, reportPeriod) ? storedPrevious : null;
  return aggregatesFromCounts(
    {
      total: counted.length,
      distributions: countDistributions(counted, categories, thresholds),
      indicators: countIndicators(counted, thresholds),
    },
    reportPeriod,
    thresholds,
    { overlapping: overlapping === null ? [] : [overlapping] },
    (tables) => shownMedian(counted, tables, thresholds),
  );
}
