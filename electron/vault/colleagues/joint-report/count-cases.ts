import type { CategoryDefinition } from '../../../../shared/domain/vocabulary';
import { resolveThresholds } from '../../report/disclosure/thresholds';
import { countDistributions, countIndicators } from '../../report/disclosure/report-partitions';
import { parseCaseFacts, parseCategories, parseReportPeriod } from '../../report/report-input';
import type { ReportCaseFacts, ReportPeriod } from '../../report/report-types';
import { contributionCounts, type ContributionCounts } from './contribution-body';

/** One vault's unsuppressed counts over the report's partitions, for the cases received in `period`. */
export function countCases(
  cases: readonly ReportCaseFacts[],
  period: ReportPeriod,
  categories: readonly CategoryDefinition[],
): ContributionCounts {
  const reportPeriod = parseReportPeriod(period);
  const known = parseCategories(categories);
  const counted = parseCaseFacts(cases, known).filter(
    (facts) => facts.receivedDate >= reportPeriod.from && facts.receivedDate <= reportPeriod.to,
  );
  // Thresholds only label the cells; the counts are the same under any.
  const thresholds = resolveThresholds();
  return contributionCounts(counted.length, countDistributions(counted, known, thresholds), countIndicators(counted, thresholds));
}
