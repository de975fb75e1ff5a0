import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DEFAULT_CATEGORIES } from '../../../../shared/domain/categories';
import { isAppError } from '../../../../shared/errors';
import type { ReportAggregates } from '../../report/disclosure/aggregate-types';
import { computeReportAggregates } from '../../report/disclosure/compute-report-aggregates';
import { attack } from '../../report/disclosure/testing/attacker';
import { YEAR_2026, earlierState, vaultCases } from '../../report/disclosure/testing/case-arbitraries';
import type { ReportCaseFacts } from '../../report/report-types';
import { computeJointAggregates } from './compute-joint-aggregates';
import { countCases } from './count-cases';
import { attackJoint } from './testing/joint-attacker';

const inPeriod = (cases: readonly ReportCaseFacts[]) =>
  cases.filter((facts) => facts.receivedDate >= YEAR_2026.from && facts.receivedDate <= YEAR_2026.to);

// Written out again on purpose, independent of the engine's partitions.
const TRUE_ROW: Record<string, (facts: ReportCaseFacts) => string> = {
  category: (facts) => facts.category ?? 'not_recorded',
  context: (facts) => facts.context ?? 'not_recorded',
  outcome: (facts) => (facts.status === 'closed' ? (facts.outcome ?? 'missing') : 'not_concluded'),
};

/** Every shown figure of the joint report is the true count over both vaults' cases. */
function expectTruthful(joint: ReportAggregates, cases: readonly ReportCaseFacts[]): void {
  if (joint.total.kind !== 'exact') return;
  expect(joint.total.value).toBe(cases.length);
  for (const table of joint.tables) {
    if (table.kind !== 'distribution' || table.withheld) continue;
    const rowOf = TRUE_ROW[table.key];
    if (rowOf === undefined) continue;
    for (const row of table.rows) {
      const count = cases.filter((facts) => rowOf(facts) === row.key).length;
      if (typeof row.value === 'number') {
        expect(row.value).toBe(count);
        expect(row.value).toBeGreaterThanOrEqual(row.key === 'assault' ? 10 : 5);
      } else if (row.value.reason === 'below-threshold') {
        expect(count).toBeLessThan(row.value.threshold);
      }
    }
  }
}

type Outcome = 'compared' | 'blocked';

function jointAgainstSingles(a: ReportCaseFacts[], b: ReportCaseFacts[], publishedSides: readonly boolean[]): Outcome {
  const singles = [a, b].map((cases) => computeReportAggregates(cases, YEAR_2026));
  const published = singles.filter((_, index) => publishedSides[index]);
  let joint: ReportAggregates;
  try {
    joint = computeJointAggregates({
      period: YEAR_2026,
      categories: DEFAULT_CATEGORIES,
      sides: [a, b].map((cases, index) => ({
        counts: countCases(cases, YEAR_2026, DEFAULT_CATEGORIES),
        samePeriodReport: publishedSides[index] ? (singles[index]?.stored ?? null) : null,
      })),
      published: published.map((single) => single.stored),
    });
  } catch (error) {
    if (!isAppError(error) || error.code !== 'REPORT_BLOCKED') throw error;
    return 'blocked';
  }
  expectTruthful(joint, [...inPeriod(a), ...inPeriod(b)]);
  // The sum attack needs every vault's report; with one missing, only the pairwise attacks apply.
  const disclosures = publishedSides.every(Boolean)
    ? attackJoint(joint, singles)
    : [...attack(joint), ...published.flatMap((single) => attack(joint, single.stored))];
  expect(disclosures).toEqual([]);
  return 'compared';
}

describe('the joint report against both vaults’ own reports of the same year', () => {
  test('an attacker holding both single-vault reports and the joint report recovers no hidden cell', () => {
    const outcomes: Outcome[] = [];
    fc.assert(
      fc.property(vaultCases(40), vaultCases(40), (a, b) => {
        outcomes.push(jointAgainstSingles(a, b, [true, true]));
      }),
      { numRuns: 300 },
    );
    // Both branches must be exercised for the property to mean something.
    expect(outcomes.filter((outcome) => outcome === 'compared').length).toBeGreaterThan(50);
    expect(outcomes).toContain('blocked');
  });

  test.each([
    ['no single-vault report', [false, false]],
    ["only this vault's report", [true, false]],
    ["only the colleague's report", [false, true]],
  ])('with %s, the joint report discloses nothing', (_name, publishedSides) => {
    fc.assert(
      fc.property(vaultCases(40), vaultCases(40), (a, b) => {
        jointAgainstSingles(a, b, publishedSides);
      }),
      { numRuns: 150 },
    );
  });

  test("against both vaults' reports of a period overlapping half of it, pairwise differencing discloses nothing", () => {
    const halfYear = { from: '2025-07-01', to: '2026-06-30' };
    const outcomes: Outcome[] = [];
    fc.assert(
      fc.property(vaultCases(40), vaultCases(40), (a, b) => {
        const singles = [a, b].map((cases) => computeReportAggregates(cases, halfYear).stored);
        try {
          const joint = computeJointAggregates({
            period: YEAR_2026,
            categories: DEFAULT_CATEGORIES,
            sides: [a, b].map((cases) => ({ counts: countCases(cases, YEAR_2026, DEFAULT_CATEGORIES), samePeriodReport: null })),
            published: singles,
          });
          expectTruthful(joint, [...inPeriod(a), ...inPeriod(b)]);
          expect([...attack(joint), ...singles.flatMap((single) => attack(joint, single))]).toEqual([]);
          outcomes.push('compared');
        } catch (error) {
          if (!isAppError(error) || error.code !== 'REPORT_BLOCKED') throw error;
          outcomes.push('blocked');
        }
      }),
      { numRuns: 200 },
    );
    expect(outcomes.filter((outcome) => outcome === 'compared').length).toBeGreaterThan(30);
  });

  test('a joint report reissued after cases changed is differenced against the earlier joint report', () => {
    const outcomes: Outcome[] = [];
    const withEarlier = vaultCases(40).chain((cases) => fc.tuple(fc.constant(cases), earlierState(cases)));
    fc.assert(
      fc.property(withEarlier, withEarlier, ([a, earlierA], [b, earlierB]) => {
        const joint = (sideCases: ReportCaseFacts[][], published: ReportAggregates['stored'][]) =>
          computeJointAggregates({
            period: YEAR_2026,
            categories: DEFAULT_CATEGORIES,
            sides: sideCases.map((cases) => ({ counts: countCases(cases, YEAR_2026, DEFAULT_CATEGORIES), samePeriodReport: null })),
            published,
          });
        try {
          const earlier = joint([earlierA, earlierB], []);
          const reissued = joint([a, b], [earlier.stored]);
          expectTruthful(reissued, [...inPeriod(a), ...inPeriod(b)]);
          expect(attack(reissued, earlier.stored)).toEqual([]);
          outcomes.push('compared');
        } catch (error) {
          if (!isAppError(error) || error.code !== 'REPORT_BLOCKED') throw error;
          outcomes.push('blocked');
        }
      }),
      { numRuns: 200 },
    );
    expect(outcomes.filter((outcome) => outcome === 'compared').length).toBeGreaterThan(30);
    expect(outcomes).toContain('blocked');
  });
});
