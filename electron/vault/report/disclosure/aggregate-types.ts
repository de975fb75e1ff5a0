import type { ReportPeriod, StoredAggregates } from '../report-types';
import type { Thresholds } from './thresholds';

/**
 * Why a figure is not shown, which is also what the reader may be told:
 * - `below-threshold`: the count is below `threshold` ("færre end 5").
 * - `complement-below-threshold`: only for indicator rows; the cases *without* the
 *   property are below `threshold` ("alle på nær færre end 5").
 * - `complementary`: hidden so that a small cell elsewhere in the table cannot be worked
 *   out; its count is at least `threshold` ("skjult").
 * - `withheld`: nothing about the figure is published.
 */
export type SuppressionReason = 'below-threshold' | 'complement-below-threshold' | 'complementary' | 'withheld';

export interface SuppressedCell {
  suppressed: true;
  reason: SuppressionReason;
  threshold: number;
}

export type CellValue = number | SuppressedCell;

export interface ReportRow {
  /** Label key, e.g. `sexism` in the `category` table; the document renderer words it. */
  key: string;
  value: CellValue;
}

export const DISTRIBUTION_TABLE_KEYS = ['category', 'context', 'outcome', 'affected_role', 'accused_role'] as const;
export const INDICATOR_TABLE_KEYS = ['handling', 'support', 'minors'] as const;
export type DistributionTableKey = (typeof DISTRIBUTION_TABLE_KEYS)[number];
export type IndicatorTableKey = (typeof INDICATOR_TABLE_KEYS)[number];

/**
 * A one-way table: each row is one value of a single attribute and the rows add up to the
 * report's total. A withheld table is shown as left out, with no rows.
 */
export type DistributionTable =
  | { kind: 'distribution'; key: DistributionTableKey; withheld: false; rows: ReportRow[] }
  | { kind: 'distribution'; key: DistributionTableKey; withheld: true };

/**
 * Yes/no properties of the cases (handling stages, support, minors). Each row counts the
 * cases that have the property, out of the report's total; rows do not add up.
 */
export interface IndicatorTable {
  kind: 'indicators';
  key: IndicatorTableKey;
  rows: ReportRow[];
}

export type ReportTable = DistributionTable | IndicatorTable;

export type ReportTotal =
  | { kind: 'exact'; value: number }
  /** Fewer cases than the minimum for tables ("færre end 5"). */
  | { kind: 'fewer-than'; limit: number };

/**
 * The disclosure rules in force, for the method section. It lists the rules that governed
 * the report, never which of them changed a figure: that would point at small cells.
 */
export const METHOD_RULES = [
  'total_only_below_minimum_cases',
  'one_way_tables_only',
  'coarse_roles',
  'minimum_cell',
  'sensitive_minimum_cell',
  'secondary_suppression',
  'dominant_row_withholds_table',
  'duration_minimum_cases',
  'previous_report_differencing',
] as const;
export type MethodRule = (typeof METHOD_RULES)[number];

export interface ReportAggregates {
  period: ReportPeriod;
  /** `total-only`: fewer cases than the minimum, so the document has the banded total and the learning points only. */
  mode: 'tables' | 'total-only';
  total: ReportTotal;
  tables: ReportTable[];
  /** Median whole days from received to closed; null when not shown. */
  medianDaysToClose: number | null;
  method: { thresholds: Thresholds; rules: MethodRule[] };
  /** Keep this with the published document; next year's report is checked against it. */
  stored: StoredAggregates;
}
