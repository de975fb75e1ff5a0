import type { CategoryDefinition } from '../../../../shared/domain/vocabulary';
import type { ReportCaseFacts, StoredAggregates } from '../report-types';
import {
  INDICATOR_TABLE_KEYS,
  type CellValue,
  type DistributionTable,
  type IndicatorTable,
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

/** Last year's figures for one partition; a withheld or missing table is known only through its total. */
function previousView(previous: StoredAggregates, partitionKey: string): PartitionView {
  return { total: previous.total, cells: previous.partitions[partitionKey] ?? {} };
}

function distributionTable(
  counts: DistributionCounts,
  total: number,
  overlapping: StoredAggregates | null,
  thresholds: Thresholds,
): DistributionTable {
  const withheld: DistributionTable = { kind: 'distribution', key: counts.table, withheld: true };
  const protectedTable = protectDistribution(counts, total);
  if (protectedTable.withheld) return withheld;
  if (overlapping !== null) {
    const thresholdOf = (key: string): number =>
      counts.cells.find((cell) => cell.key === key)?.threshold ?? thresholds.cell;
    const current = { total: exactRange(total), cells: distributionView(protectedTable.rows, total) };
    // Hiding the changed cells instead would leave a marker pattern pointing at them.
    if (revealsSmallChange(current, previousView(overlapping, counts.table), thresholdOf)) return withheld;
  }
  return { kind: 'distribution', key: counts.table, withheld: false, rows: protectedTable.rows };
}

function indicatorValue(indicator: IndicatorCount, total: number, overlapping: StoredAggregates | null): CellValue {
  const value = protectIndicator(indicator.count, total, indicator.threshold);
  if (overlapping === null) return value;
  const current = { total: exactRange(total), cells: indicatorView({ key: indicator.key, value }, total) };
  const previous = previousView(overlapping, indicatorPartitionKey(indicator));
  return revealsSmallChange(current, previous, () => indicator.threshold)
    ? { suppressed: true, reason: 'withheld', threshold: indicator.threshold }
    : value;
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
  const total = cases.length;
  const distributions = countDistributions(cases, categories, thresholds).map((counts) =>
    distributionTable(counts, total, overlapping, thresholds),
  );
  const indicators = countIndicators(cases, thresholds);
  const indicatorTables = INDICATOR_TABLE_KEYS.map(
    (key): IndicatorTable => ({
      kind: 'indicators',
      key,
      rows: indicators
        .filter((indicator) => indicator.table === key)
        .map((indicator) => ({ key: indicator.key, value: indicatorValue(indicator, total, overlapping) })),
    }),
  );
  return [...distributions, ...indicatorTables];
}
