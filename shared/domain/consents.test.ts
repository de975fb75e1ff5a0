import { describe, expect, test } from 'vitest';
import {
  checkActionConsent,
  consentEntryErrors,
  consentState,
  currentConsents,
  isActionPermitted,
  type ConsentLedgerEntry,
} from './consents';
import type { ConsentAction, ConsentDecision } from './vocabulary';

function entry(
  action: ConsentAction,
  decision: ConsentDecision,
  decidedOn = '2026-03-01',
  extra: Partial<ConsentLedgerEntry> = {},
): ConsentLedgerEntry {
  return { action, decision, form: 'oral', decidedOn, scope: null, ...extra };
}

const POLICE = { action: 'police_report' } as const;
const REASON = 'Fare for den berørtes sikkerhed, politiet kontaktet';

describe('consentState and isActionPermitted', () => {
  test('never granted: not permitted', () => {
    expect(consentState([], POLICE)).toBe('never_asked');
    expect(isActionPermitted([], POLICE)).toBe(false);
  });

  test('granted: permitted', () => {
    const ledger = [entry('police_report', 'granted')];
    expect(isActionPermitted(ledger, POLICE)).toBe(true);
  });

  test('declined: not permitted', () => {
    const ledger = [entry('police_report', 'declined')];
    expect(consentState(ledger, POLICE)).toBe('declined');
    expect(isActionPermitted(ledger, POLICE)).toBe(false);
  });

  test('granted then withdrawn: not permitted', () => {
    const ledger = [entry('police_report', 'granted'), entry('police_report', 'withdrawn', '2026-03-05')];
    expect(consentState(ledger, POLICE)).toBe('withdrawn');
    expect(isActionPermitted(ledger, POLICE)).toBe(false);
  });

  test('withdrawn then granted again: permitted', () => {
    const ledger = [
      entry('police_report', 'granted'),
      entry('police_report', 'withdrawn', '2026-03-05'),
      entry('police_report', 'granted', '2026-03-09'),
    ];
    expect(isActionPermitted(ledger, POLICE)).toBe(true);
  });

  test('the last recorded entry wins, even when back-dated', () => {
    const ledger = [entry('police_report', 'granted', '2026-03-09'), entry('police_report', 'withdrawn', '2026-03-01')];
    expect(isActionPermitted(ledger, POLICE)).toBe(false);
  });

  test('consent for one action says nothing about another', () => {
    const ledger = [entry('tell_other_contact_person', 'granted')];
    expect(isActionPermitted(ledger, { action: 'involve_accused' })).toBe(false);
  });

  test('"other" consents are told apart by their description', () => {
    const ledger = [
      entry('other', 'granted', '2026-03-01', { otherAction: 'Fortælle min tillidsrepræsentant' }),
      entry('other', 'declined', '2026-03-01', { otherAction: 'Fortælle lokalbestyrelsen' }),
    ];
    expect(isActionPermitted(ledger, { action: 'other', otherAction: ' fortælle MIN tillidsrepræsentant ' })).toBe(true);
    expect(isActionPermitted(ledger, { action: 'other', otherAction: 'Fortælle lokalbestyrelsen' })).toBe(false);
    expect(isActionPermitted(ledger, { action: 'other', otherAction: 'Fortælle min chef' })).toBe(false);
  });
});

describe('checkActionConsent', () => {
  test('with consent it returns the scope the person gave', () => {
    const scope = 'Du må gerne fortælle Dialogrådet, hvad der skete, men ikke mit navn';
    const ledger = [entry('dialogue_council_mediation', 'granted', '2026-03-02', { scope })];
    expect(checkActionConsent(ledger, { action: 'dialogue_council_mediation' }, null)).toEqual({
      permitted: true,
      basis: 'consent',
      decidedOn: '2026-03-02',
      scope,
    });
  });

  test('without consent and without a reason it is refused as CONSENT_REQUIRED', () => {
    expect(checkActionConsent([], POLICE, null)).toEqual({
      permitted: false,
      code: 'CONSENT_REQUIRED',
      action: 'police_report',
      consentState: 'never_asked',
    });
  });

  test('after withdrawal the refusal says so', () => {
    const ledger = [entry('police_report', 'granted'), entry('police_report', 'withdrawn')];
    expect(checkActionConsent(ledger, POLICE, '  ')).toMatchObject({ permitted: false, consentState: 'withdrawn' });
  });

  test('a too short override reason is not a reason', () => {
    expect(checkActionConsent([], POLICE, 'fordi')).toMatchObject({ permitted: false });
  });

  test('an override reason lets the action through, recorded as an override', () => {
    const ledger = [entry('police_report', 'declined')];
    expect(checkActionConsent(ledger, POLICE, `  ${REASON} `)).toEqual({
      permitted: true,
      basis: 'override',
      overrideReason: REASON,
      consentState: 'declined',
    });
  });
});

describe('consentEntryErrors', () => {
  test('withdrawing needs a standing consent', () => {
    expect(consentEntryErrors([], { action: 'police_report', decision: 'withdrawn' })).toEqual([
      'withdraw_without_grant',
    ]);
    expect(
      consentEntryErrors([entry('police_report', 'declined')], { action: 'police_report', decision: 'withdrawn' }),
    ).toEqual(['withdraw_without_grant']);
    expect(
      consentEntryErrors([entry('police_report', 'granted')], { action: 'police_report', decision: 'withdrawn' }),
    ).toEqual([]);
  });

  test('granting and declining are always possible', () => {
    expect(consentEntryErrors([], { action: 'involve_accused', decision: 'granted' })).toEqual([]);
    expect(consentEntryErrors([], { action: 'involve_accused', decision: 'declined' })).toEqual([]);
  });

  test('"other" needs a description', () => {
    expect(consentEntryErrors([], { action: 'other', otherAction: ' ', decision: 'granted' })).toEqual([
      'other_action_description_required',
    ]);
  });
});

test('currentConsents lists what is allowed now, with scopes', () => {
  const ledger = [
    entry('tell_other_contact_person', 'granted', '2026-03-01', { scope: 'Alt' }),
    entry('police_report', 'granted'),
    entry('police_report', 'withdrawn'),
    entry('involve_accused', 'declined'),
    entry('external_psychologist', 'granted', '2026-03-04'),
  ];
  expect(currentConsents(ledger).map(({ action, scope }) => ({ action, scope }))).toEqual([
    { action: 'tell_other_contact_person', scope: 'Alt' },
    { action: 'external_psychologist', scope: null },
  ]);
});
