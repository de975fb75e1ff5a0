import type { CategoryDefinition } from '../../../../shared/domain/vocabulary';
import type { ReportCaseFacts, StoredAggregates } from '../report-types';
import {
  INDICATOR_TABLE_KEYS,
  type CellValue,
  type DistributionTable,
  type IndicatorTable,
  type ReportRow,
  type ReportTable,
} from './aggregate-types';
import { revealsSmallChange, type PartitionView } from './differencing';
import { protectDistribution } from './protect-distribution';
import { protectIndicator } from './protect-indicator';
import { exactRange } from './reader-ranges';
import {
  countDistributions,
  countIndicators,
  indicatorPartitionKey,
  type DistributionCounts,
  type IndicatorCount,
} from './report-partitions';
import { distributionView, indicatorView } from './stored-aggregates';
import type { Thresholds } from './thresholds';

/**
 * What readers hold besides the report itself. `overlapping`: published reports whose
 * periods overlap this one, each compared pairwise. The audits add knowledge that is not
 * pairwise (the joint report: both vaults' own reports of the same period, whose figures
 * add up to the joint ones); a shown value must pass them.
 */
export interface TableChecks {
  overlapping: readonly StoredAggregates[];
  distributionAudit?: (counts: DistributionCounts, rows: readonly ReportRow[], total: number) => boolean;
  indicatorAudit?: (indicator: IndicatorCount, value: CellValue, total: number) => boolean;
}

/** A published figure for one partition; a withheld or missing table is known only through its total. */
function previousView(previous: StoredAggregates, partitionKey: string): PartitionView {
  return { total: previous.total, cells: previous.partitions[partitionKey] ?? {} };
}

function distributionTable(counts: DistributionCounts, total: number, checks: TableChecks, thresholds: Thresholds): DistributionTable {
  const withheld: DistributionTable = { kind: 'distribution', key: counts.table, withheld: true };
  const audit = checks.distributionAudit;
  const protectedTable = protectDistribution(counts, total, audit === undefined ? undefined : (rows) => audit(counts, rows, total));
  if (protectedTable.withheld) return withheld;
  const thresholdOf = (key: string): number => counts.cells.find((cell) => cell.key === key)?.threshold ?? thresholds.cell;
  const current = { total: exactRange(total), cells: distributionView(protectedTable.rows, total) };
  // Hiding the changed cells instead would leave a marker pattern pointing at them.
  if (checks.overlapping.some((previous) => revealsSmallChange(current, previousView(previous, counts.table), thresholdOf))) {
    return withheld;
  }
  return { kind: 'distribution', key: counts.table, withheld: false, rows: protectedTable.rows };
}

function indicatorValue(indicator: IndicatorCount, total: number, checks: TableChecks): CellValue {
  const value = protectIndicator(indicator.count, total, indicator.threshold);
  const withheld: CellValue = { suppressed: true, reason: 'withheld', threshold: indicator.threshold };
  if (checks.indicatorAudit !== undefined && !checks.indicatorAudit(indicator, value, total)) return withheld;
  const current = { total: exactRange(total), cells: indicatorView({ key: indicator.key, value }, total) };
  const partition = indicatorPartitionKey(indicator);
  return checks.overlapping.some((previous) => revealsSmallChange(current, previousView(previous, partition), () => indicator.threshold))
    ? withheld
    : value;
}

/**
 * The report's tables from unsuppressed counts (one vault's, or both vaults' added up),
 * suppressed and checked against what readers hold besides.
 */
export function buildTablesFromCounts(
  distributions: readonly DistributionCounts[],
  indicators: readonly IndicatorCount[],
  total: number,
  thresholds: Thresholds,
  checks: TableChecks,
): ReportTable[] {
  const distributionTables = distributions.map((counts) => distributionTable(counts, total, checks, thresholds));
  const indicatorTables = INDICATOR_TABLE_KEYS.map(
    (key): IndicatorTable => ({
      kind: 'indicators',
      key,
      rows: indicators
        .filter((indicator) => indicator.table === key)
        .map((indicator) => ({ key: indicator.key, value: indicatorValue(indicator, total, checks) })),
    }),
  );
  return [...distributionTables, ...indicatorTables];
}

/**
 * The report's tables for the cases of one period, suppressed and, when the previous
 * report's period overlaps this one, checked against its figures.
 */
export function buildReportTables(
  cases: readonly ReportCaseFacts[],
  categories: readonly CategoryDefinition[],
  thresholds: Thresholds,
  overlapping: StoredAggregates | null,
): ReportTable[] {
  return buildTablesFromCounts(
    countDistributions(cases, categories, thresholds),
    countIndicators(cases, thresholds),
    cases.length,
    thresholds,
    { overlapping: overlapping === null ? [] : [overlapping] },
  );
}
