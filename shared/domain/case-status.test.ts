import { describe, expect, test } from 'vitest';
import { isAppError } from '../errors';
import {
  allowedTransitions,
  assertTransition,
  canTransition,
  isOpenStatus,
  transitionErrors,
  type CaseStatusState,
} from './case-status';
import { CASE_STATUSES, type CaseStatus } from './vocabulary';

const ALLOWED: [CaseStatus, CaseStatus][] = [
  ['received', 'in_dialogue'],
  ['received', 'agreement_made'],
  ['received', 'closed'],
  ['in_dialogue', 'agreement_made'],
  ['in_dialogue', 'closed'],
  ['agreement_made', 'follow_up'],
  ['agreement_made', 'in_dialogue'],
  ['agreement_made', 'closed'],
  ['follow_up', 'in_dialogue'],
  ['follow_up', 'closed'],
  ['closed', 'in_dialogue'],
];

const allPairs = CASE_STATUSES.flatMap((from) => CASE_STATUSES.map((to): [CaseStatus, CaseStatus] => [from, to]));
const refusedPairs = allPairs.filter(
  ([from, to]) => from !== to && !ALLOWED.some(([a, b]) => a === from && b === to),
);

function state(status: CaseStatus): CaseStatusState {
  return { status, receivedDate: '2026-02-01' };
}

const closing = { to: 'closed' as const, outcome: 'reprimand' as const, closedDate: '2026-03-01' };

describe('canTransition', () => {
  test.each(ALLOWED)('%s → %s is allowed', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
  });

  test.each(refusedPairs)('%s → %s is refused', (from, to) => {
    expect(canTransition(from, to)).toBe(false);
    expect(transitionErrors(state(from), { to })).toEqual(['transition_not_allowed']);
  });

  test('refuses these notable shortcuts', () => {
    expect(canTransition('received', 'follow_up')).toBe(false);
    expect(canTransition('in_dialogue', 'follow_up')).toBe(false);
    expect(canTransition('closed', 'follow_up')).toBe(false);
    expect(canTransition('in_dialogue', 'received')).toBe(false);
  });

  test('allowedTransitions lists the same edges', () => {
    for (const from of CASE_STATUSES) {
      expect([...allowedTransitions(from)].sort()).toEqual(
        ALLOWED.filter(([a]) => a === from)
          .map(([, b]) => b)
          .sort(),
      );
    }
  });

  test('only closed is not open', () => {
    expect(CASE_STATUSES.filter((status) => !isOpenStatus(status))).toEqual(['closed']);
  });
});

describe('transitionErrors', () => {
  test('a plain forward step needs nothing else', () => {
    expect(transitionErrors(state('received'), { to: 'in_dialogue' })).toEqual([]);
    expect(transitionErrors(state('agreement_made'), { to: 'follow_up' })).toEqual([]);
  });

  test('staying in the same status is reported as such', () => {
    expect(transitionErrors(state('in_dialogue'), { to: 'in_dialogue' })).toEqual(['same_status']);
  });

  test.each(['received', 'in_dialogue', 'agreement_made', 'follow_up'] as const)(
    'closing from %s with outcome and date is allowed',
    (from) => {
      expect(transitionErrors(state(from), closing)).toEqual([]);
    },
  );

  test('closing requires an outcome and a closing date', () => {
    expect(transitionErrors(state('follow_up'), { to: 'closed' })).toEqual(['outcome_required', 'closed_date_required']);
    expect(transitionErrors(state('follow_up'), { ...closing, outcome: null })).toEqual(['outcome_required']);
    expect(transitionErrors(state('follow_up'), { ...closing, closedDate: null })).toEqual(['closed_date_required']);
  });

  test('the closing date may be the received date but not earlier', () => {
    expect(transitionErrors(state('received'), { ...closing, closedDate: '2026-02-01' })).toEqual([]);
    expect(transitionErrors(state('received'), { ...closing, closedDate: '2026-01-31' })).toEqual([
      'closed_date_before_received',
    ]);
  });

  test('closing fields are refused on other transitions', () => {
    expect(transitionErrors(state('received'), { to: 'in_dialogue', outcome: 'reprimand' })).toEqual([
      'closing_fields_only_when_closing',
    ]);
    expect(transitionErrors(state('received'), { to: 'in_dialogue', closedDate: '2026-03-01' })).toEqual([
      'closing_fields_only_when_closing',
    ]);
  });

  test('reopening needs a reason and returns to in_dialogue', () => {
    expect(transitionErrors(state('closed'), { to: 'in_dialogue' })).toEqual(['reopen_reason_required']);
    expect(transitionErrors(state('closed'), { to: 'in_dialogue', reason: '   ' })).toEqual(['reopen_reason_required']);
    expect(transitionErrors(state('closed'), { to: 'in_dialogue', reason: 'Ny henvendelse om samme forhold' })).toEqual(
      [],
    );
    expect(transitionErrors(state('closed'), { to: 'agreement_made', reason: 'Ny aftale' })).toEqual([
      'transition_not_allowed',
    ]);
  });
});

describe('assertTransition', () => {
  test('throws INVALID_TRANSITION with the reason codes', () => {
    let caught: unknown;
    try {
      assertTransition(state('in_dialogue'), { to: 'closed' });
    } catch (error) {
      caught = error;
    }
    expect(isAppError(caught) && caught.code).toBe('INVALID_TRANSITION');
    expect(isAppError(caught) && caught.details).toEqual({ reasons: ['outcome_required', 'closed_date_required'] });
  });

  test('passes an allowed change', () => {
    expect(() => assertTransition(state('in_dialogue'), closing)).not.toThrow();
  });
});
