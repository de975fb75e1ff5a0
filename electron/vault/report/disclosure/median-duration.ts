import { parseIsoDate, type IsoDate } from '../../../../shared/domain/iso-date';
import type { ReportCaseFacts } from '../report-types';

const MS_PER_DAY = 86_400_000;

function dayNumber(date: IsoDate): number {
  const parsed = parseIsoDate(date);
  // Dates were validated on the way in; a failure here is a programming error.
  if (parsed === null) throw new TypeError('Expected a validated calendar date');
  return Date.UTC(parsed.year, parsed.month - 1, parsed.day) / MS_PER_DAY;
}

/**
 * Median whole days from received to closed over the closed cases, or null with fewer
 * than `minimumCases` of them: a median of a handful of cases is one person's case.
 */
export function medianDaysToClose(cases: readonly ReportCaseFacts[], minimumCases: number): number | null {
  const durations = cases
    .flatMap((facts) =>
      facts.status === 'closed' && facts.closedDate !== null
        ? [dayNumber(facts.closedDate) - dayNumber(facts.receivedDate)]
        : [],
    )
    .sort((a, b) => a - b);
  if (durations.length < minimumCases) return null;
  const upper = durations[Math.floor(durations.length / 2)] ?? 0;
  const lower = durations[Math.ceil(durations.length / 2) - 1] ?? 0;
  return Math.round((lower + upper) / 2);
}
