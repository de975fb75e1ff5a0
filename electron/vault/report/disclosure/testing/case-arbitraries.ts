/** fast-check generators of small random vaults for the disclosure property tests. */
import fc from 'fast-check';
import { addDays } from '../../../../../shared/domain/iso-date';
import { CONTEXTS, ORGANISATIONAL_ROLES, OUTCOMES, type CaseStatus } from '../../../../../shared/domain/vocabulary';
import type { ReportCaseFacts } from '../../report-types';

const CATEGORY_VALUES = ['sexism', 'harassment', 'assault', 'other', null] as const;
const CONTEXT_VALUES = [...CONTEXTS, null] as const;
const ROLE_VALUES = [...ORGANISATIONAL_ROLES, null] as const;
const OPEN_STATUSES: readonly CaseStatus[] = ['received', 'in_dialogue', 'agreement_made', 'follow_up'];

/** Per-vault weights make some vaults concentrated (one category dominates) and others spread out. */
const weightsFor = (length: number): fc.Arbitrary<number[]> =>
  fc.array(fc.integer({ min: 0, max: 8 }), { minLength: length, maxLength: length }).map((weights) =>
    weights.every((weight) => weight === 0) ? weights.map(() => 1) : weights,
  );

function pick<T>(values: readonly T[], weights: readonly number[], unit: number): T {
  const sum = weights.reduce((acc, weight) => acc + weight, 0);
  let remaining = unit * sum;
  for (const [index, value] of values.entries()) {
    remaining -= weights[index] ?? 0;
    if (remaining < 0) return value;
  }
  const last = values.at(-1);
  if (last === undefined) throw new Error('pick needs values');
  return last;
}

/** Uniform in [0, 1); fc.double would favour edge values such as 0 and make every vault uniform. */
const unit = fc.integer({ min: 0, max: 9_999 }).map((n) => n / 10_000);

const vaultProfile = fc.record({
  category: weightsFor(CATEGORY_VALUES.length),
  context: weightsFor(CONTEXT_VALUES.length),
  outcome: weightsFor(OUTCOMES.length),
  affectedRole: weightsFor(ROLE_VALUES.length),
  accusedRole: weightsFor(ROLE_VALUES.length),
  closedShare: unit,
  flagShares: fc.array(unit, { minLength: 6, maxLength: 6 }),
});

const caseDraw = fc.record({
  picks: fc.array(unit, { minLength: 13, maxLength: 13 }),
  receivedOffset: fc.integer({ min: -40, max: 400 }),
  daysOpen: fc.integer({ min: 0, max: 150 }),
});

/** Cases received from 40 days before 2026 to 35 days after it: some fall outside the 2026 period. */
export const YEAR_2026 = { from: '2026-01-01', to: '2026-12-31' } as const;

export const vaultCases = (maxCases: number): fc.Arbitrary<ReportCaseFacts[]> =>
  fc.tuple(vaultProfile, fc.array(caseDraw, { maxLength: maxCases, size: 'max' })).map(([profile, draws]) =>
    draws.map(({ picks, receivedOffset, daysOpen }): ReportCaseFacts => {
      const p = (index: number): number => picks[index] ?? 0;
      const flag = (index: number): boolean => p(7 + index) < (profile.flagShares[index] ?? 0.5);
      const closed = p(5) < profile.closedShare;
      const receivedDate = addDays(YEAR_2026.from, receivedOffset);
      return {
        category: pick(CATEGORY_VALUES, profile.category, p(0)),
        context: pick(CONTEXT_VALUES, profile.context, p(1)),
        status: closed ? 'closed' : pick(OPEN_STATUSES, [1, 1, 1, 1], p(6)),
        outcome: closed ? pick(OUTCOMES, profile.outcome, p(2)) : null,
        affectedRole: pick(ROLE_VALUES, profile.affectedRole, p(3)),
        accusedRole: pick(ROLE_VALUES, profile.accusedRole, p(4)),
        minorInvolved: flag(0),
        stages: { handled: flag(1), referred: flag(2), policeReport: flag(3) },
        hasWrittenAgreement: flag(4),
        offeredConversations: flag(5),
        receivedDate,
        closedDate: closed ? addDays(receivedDate, daysOpen) : null,
      };
    }),
  );

/**
 * An earlier state of the same vault, as when a report for an overlapping period was
 * published before: some cases not yet entered, some still open or differently coded.
 */
export const earlierState = (cases: readonly ReportCaseFacts[]): fc.Arbitrary<ReportCaseFacts[]> =>
  fc
    .array(fc.constantFrom('keep', 'keep', 'keep', 'drop', 'reopen', 'recode'), {
      minLength: cases.length,
      maxLength: cases.length,
    })
    .map((changes) =>
      cases.flatMap((facts, index): ReportCaseFacts[] => {
        switch (changes[index]) {
          case 'drop':
            return [];
          case 'reopen':
            return [{ ...facts, status: 'in_dialogue', outcome: null, closedDate: null }];
          case 'recode':
            return [{ ...facts, category: facts.category === 'sexism' ? 'harassment' : 'sexism', hasWrittenAgreement: !facts.hasWrittenAgreement }];
          default:
            return [facts];
        }
      }),
    );
