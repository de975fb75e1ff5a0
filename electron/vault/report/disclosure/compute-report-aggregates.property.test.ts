import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { OrganisationalRole } from '../../../../shared/domain/vocabulary';
import { isAppError } from '../../../../shared/errors';
import type { ReportCaseFacts, ReportPeriod } from '../report-types';
import type { ReportAggregates } from './aggregate-types';
import { computeReportAggregates } from './compute-report-aggregates';
import { attack } from './testing/attacker';
import { YEAR_2026, earlierState, vaultCases } from './testing/case-arbitraries';
import type { Thresholds } from './thresholds';

// The expectations below are written out again on purpose, independent of the engine's tables.
const COARSE: Record<OrganisationalRole, string> = {
  leader: 'employee',
  employee: 'employee',
  elected_politician: 'elected',
  trust_elected: 'elected',
  member: 'member',
  youth_member: 'member',
  volunteer: 'volunteer',
  external: 'external',
};
const SENSITIVE_ROWS = new Set(['category.assault', 'handling.police_report', 'minors.minor_involved']);

const TRUE_ROW: Record<string, (facts: ReportCaseFacts) => string> = {
  category: (facts) => facts.category ?? 'not_recorded',
  context: (facts) => facts.context ?? 'not_recorded',
  outcome: (facts) => (facts.status === 'closed' ? (facts.outcome ?? 'missing') : 'not_concluded'),
  affected_role: (facts) => (facts.affectedRole === null ? 'not_recorded' : COARSE[facts.affectedRole]),
  accused_role: (facts) => (facts.accusedRole === null ? 'not_recorded' : COARSE[facts.accusedRole]),
};
const TRUE_FLAG: Record<string, (facts: ReportCaseFacts) => boolean> = {
  handled: (facts) => facts.stages.handled,
  referred: (facts) => facts.stages.referred,
  police_report: (facts) => facts.stages.policeReport,
  written_agreement: (facts) => facts.hasWrittenAgreement,
  offered_conversations: (facts) => facts.offeredConversations,
  minor_involved: (facts) => facts.minorInvolved,
};

const raisedThresholds: fc.Arbitrary<Partial<Thresholds>> = fc.oneof(
  fc.constant({}),
  fc
    .record({ cell: fc.integer({ min: 5, max: 8 }), extra: fc.integer({ min: 0, max: 4 }), moreCases: fc.integer({ min: 0, max: 4 }) })
    .map(({ cell, extra, moreCases }) => ({ cell, sensitiveCell: Math.max(10, cell + extra), minCases: cell + moreCases })),
);

function casesIn(cases: readonly ReportCaseFacts[], period: ReportPeriod): ReportCaseFacts[] {
  return cases.filter((facts) => facts.receivedDate >= period.from && facts.receivedDate <= period.to);
}

/** Every shown figure is true, and every published one reaches its threshold. */
function expectTruthfulAndAboveThresholds(report: ReportAggregates, cases: readonly ReportCaseFacts[], withPrevious: boolean): void {
  const { cell, sensitiveCell, minCases } = report.method.thresholds;
  const total = cases.length;
  if (total < minCases) {
    expect(report.total).toEqual({ kind: 'fewer-than', limit: minCases });
    expect(report.tables).toEqual([]);
    return;
  }
  expect(report.total).toEqual({ kind: 'exact', value: total });
  for (const table of report.tables) {
    if (table.kind === 'distribution' && table.withheld) continue;
    for (const row of table.rows) {
      const threshold = SENSITIVE_ROWS.has(`${table.key}.${row.key}`) ? sensitiveCell : cell;
      const count =
        table.kind === 'distribution'
          ? cases.filter((facts) => TRUE_ROW[table.key]?.(facts) === row.key).length
          : cases.filter((facts) => TRUE_FLAG[row.key]?.(facts)).length;
      const { value } = row;
      if (typeof value === 'number') {
        expect(value).toBe(count);
        expect(value).toBeGreaterThanOrEqual(threshold);
        if (table.kind === 'indicators') expect(total - value).toBeGreaterThanOrEqual(threshold);
        continue;
      }
      expect(value.threshold).toBe(threshold);
      if (value.reason === 'below-threshold') expect(count).toBeLessThan(threshold);
      if (value.reason === 'complementary') expect(count).toBeGreaterThanOrEqual(threshold);
      if (value.reason === 'complement-below-threshold') expect(total - count).toBeLessThan(threshold);
      if (value.reason === 'withheld') expect(withPrevious).toBe(true);
    }
  }
}

const RUNS = { numRuns: 300 };

describe('disclosure control on random vaults', () => {
  test('no published cell is below its threshold and the attacker recovers nothing', () => {
    fc.assert(
      fc.property(vaultCases(60), raisedThresholds, (cases, thresholds) => {
        const report = computeReportAggregates(cases, YEAR_2026, { thresholds });
        expectTruthfulAndAboveThresholds(report, casesIn(cases, YEAR_2026), false);
        expect(attack(report)).toEqual([]);
      }),
      RUNS,
    );
  });

  test('a previous report of a disjoint period changes nothing', () => {
    const period2025 = { from: '2025-01-01', to: '2025-12-31' };
    fc.assert(
      fc.property(vaultCases(60), vaultCases(60), (cases, lastYearsCases) => {
        const lastYear = computeReportAggregates(
          lastYearsCases.map((facts) => ({ ...facts, receivedDate: facts.receivedDate.replace(/^2026/, '2025') })),
          period2025,
        );
        expect(computeReportAggregates(cases, YEAR_2026, {}, lastYear.stored)).toEqual(computeReportAggregates(cases, YEAR_2026));
      }),
      { numRuns: 100 },
    );
  });

  test.each([
    ['the same period reissued', YEAR_2026],
    ['a period overlapping half of it', { from: '2025-07-01', to: '2026-06-30' }],
  ])('against %s, differencing with the previous report discloses nothing', (_name, previousPeriod) => {
    let blocked = 0;
    let compared = 0;
    fc.assert(
      fc.property(
        vaultCases(60).chain((cases) => fc.tuple(fc.constant(cases), earlierState(cases))),
        raisedThresholds,
        ([cases, earlier], thresholds) => {
          const previous = computeReportAggregates(earlier, previousPeriod, { thresholds }).stored;
          let report: ReportAggregates;
          try {
            report = computeReportAggregates(cases, YEAR_2026, { thresholds }, previous);
          } catch (error) {
            if (!isAppError(error) || error.code !== 'REPORT_BLOCKED') throw error;
            blocked += 1;
            return;
          }
          compared += 1;
          expectTruthfulAndAboveThresholds(report, casesIn(cases, YEAR_2026), true);
          expect(attack(report, previous)).toEqual([]);
        },
      ),
      RUNS,
    );
    // Both branches must actually be exercised for the property to mean something.
    expect(compared).toBeGreaterThan(50);
    expect(blocked).toBeGreaterThan(0);
  });
});
