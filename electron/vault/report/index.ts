/**
 * The learning document's pure core: figures under disclosure control and the
 * re-identification guard for its texts. No database and no files; the vault wires it up.
 */
export { computeReportAggregates, type ReportOptions } from './disclosure/compute-report-aggregates';
export { createGuard, guardTexts, scanStrings, type Guard } from './guard/guard-texts';
export type {
  CellValue,
  DistributionTable,
  IndicatorTable,
  MethodRule,
  ReportAggregates,
  ReportRow,
  ReportTable,
  ReportTotal,
  SuppressedCell,
  SuppressionReason,
} from './disclosure/aggregate-types';
export type { Thresholds } from './disclosure/thresholds';
export type {
  FindingRule,
  GuardFinding,
  GuardOptions,
  IdentifierKind,
  ReportText,
  VaultIdentifier,
} from './guard/guard-types';
export type {
  HandlingStages,
  PreviousReport,
  ReportCaseFacts,
  ReportPeriod,
  StoredAggregates,
  StoredRange,
} from './report-types';
