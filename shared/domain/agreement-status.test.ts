import { describe, expect, test } from 'vitest';
import { agreementTransitionErrors, canTransitionAgreement, isAgreementEditable } from './agreement-status';
import { AGREEMENT_STATUSES, type AgreementStatus } from './vocabulary';

const ALLOWED: [AgreementStatus, AgreementStatus][] = [
  ['draft', 'ready_to_sign'],
  ['draft', 'withdrawn'],
  ['ready_to_sign', 'draft'],
  ['ready_to_sign', 'signed'],
  ['ready_to_sign', 'superseded'],
  ['ready_to_sign', 'withdrawn'],
  ['signed', 'superseded'],
  ['signed', 'withdrawn'],
];

const refused = AGREEMENT_STATUSES.flatMap((from) =>
  AGREEMENT_STATUSES.filter((to) => to !== from && !ALLOWED.some(([a, b]) => a === from && b === to)).map(
    (to): [AgreementStatus, AgreementStatus] => [from, to],
  ),
);

describe('agreement status', () => {
  test.each(ALLOWED)('%s → %s is allowed', (from, to) => {
    expect(canTransitionAgreement(from, to)).toBe(true);
  });

  test.each(refused)('%s → %s is refused', (from, to) => {
    expect(agreementTransitionErrors(from, { to })).toEqual(['transition_not_allowed']);
  });

  test('superseded and withdrawn are final', () => {
    for (const to of AGREEMENT_STATUSES) {
      expect(canTransitionAgreement('superseded', to)).toBe(false);
      expect(canTransitionAgreement('withdrawn', to)).toBe(false);
    }
  });

  test('signing needs the date of signature', () => {
    expect(agreementTransitionErrors('ready_to_sign', { to: 'signed' })).toEqual(['signed_date_required']);
    expect(agreementTransitionErrors('ready_to_sign', { to: 'signed', signedOn: '2026-04-02' })).toEqual([]);
  });

  test('same status is reported as such', () => {
    expect(agreementTransitionErrors('draft', { to: 'draft' })).toEqual(['same_status']);
  });

  test('only a draft can be edited', () => {
    expect(AGREEMENT_STATUSES.filter(isAgreementEditable)).toEqual(['draft']);
  });
});
