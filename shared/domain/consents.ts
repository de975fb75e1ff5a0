import type { IsoDate } from './iso-date';
import type { ConsentAction, ConsentDecision, ConsentForm } from './vocabulary';

/**
 * The affected person decides who is involved and what they are told ("Omfanget og
 * detaljegraden af information ... defineres udelukkende af den, der har oplevet
 * krænkelsen"). Every consent action tells someone new about the case, so every one of
 * them needs that person's consent; the policy names no exception. Where the contact
 * person must act anyway (e.g. a duty to notify the authorities about a child), the
 * action is recorded with an override reason instead, never silently.
 */

/** What a consent is about: a listed action, or for `other` the action in words. */
export interface ConsentTarget {
  action: ConsentAction;
  /** Describes the action when `action` is `other`; ignored for every other action. */
  otherAction?: string | null;
}

export interface ConsentLedgerEntry extends ConsentTarget {
  decision: ConsentDecision;
  form: ConsentForm;
  decidedOn: IsoDate;
  /** "Hvem må vide hvad", in the person's own words. */
  scope: string | null;
}

export type ConsentState = 'granted' | 'declined' | 'withdrawn' | 'never_asked';

/** A reason must be long enough that a later reader can understand the decision. */
export const OVERRIDE_REASON_MIN_LENGTH = 10;

function normalisedOtherAction(target: ConsentTarget): string {
  return target.action === 'other' ? (target.otherAction ?? '').trim().toLocaleLowerCase('da') : '';
}

/** Two `other` consents are about the same thing only when they describe the same action. */
export function isSameConsentTarget(a: ConsentTarget, b: ConsentTarget): boolean {
  return a.action === b.action && normalisedOtherAction(a) === normalisedOtherAction(b);
}

/**
 * The ledger is in recording order (oldest first) and the last entry wins, so a
 * back-dated entry still overrides what was recorded before it: it is the newest thing
 * the contact person was told.
 */
function latestEntry(ledger: readonly ConsentLedgerEntry[], target: ConsentTarget): ConsentLedgerEntry | undefined {
  return ledger.findLast((entry) => isSameConsentTarget(entry, target));
}

export function consentState(ledger: readonly ConsentLedgerEntry[], target: ConsentTarget): ConsentState {
  return latestEntry(ledger, target)?.decision ?? 'never_asked';
}

export function isActionPermitted(ledger: readonly ConsentLedgerEntry[], target: ConsentTarget): boolean {
  return consentState(ledger, target) === 'granted';
}

export type ConsentCheck =
  | { permitted: true; basis: 'consent'; decidedOn: IsoDate; scope: string | null }
  | { permitted: true; basis: 'override'; overrideReason: string; consentState: ConsentState }
  | { permitted: false; code: 'CONSENT_REQUIRED'; action: ConsentAction; consentState: ConsentState };

/**
 * Whether an action may be recorded as taken. With consent the result carries the scope
 * the person gave, so the UI can show it at the moment of acting. Without consent only a
 * real override reason lets it through; otherwise the service turns the refusal into
 * CONSENT_REQUIRED.
 */
export function checkActionConsent(
  ledger: readonly ConsentLedgerEntry[],
  target: ConsentTarget,
  overrideReason: string | null,
): ConsentCheck {
  const latest = latestEntry(ledger, target);
  if (latest?.decision === 'granted') {
    return { permitted: true, basis: 'consent', decidedOn: latest.decidedOn, scope: latest.scope };
  }
  const state = latest?.decision ?? 'never_asked';
  const reason = overrideReason?.trim() ?? '';
  if (reason.length >= OVERRIDE_REASON_MIN_LENGTH) {
    return { permitted: true, basis: 'override', overrideReason: reason, consentState: state };
  }
  return { permitted: false, code: 'CONSENT_REQUIRED', action: target.action, consentState: state };
}

export const CONSENT_ENTRY_ERROR_CODES = ['withdraw_without_grant', 'other_action_description_required'] as const;
export type ConsentEntryErrorCode = (typeof CONSENT_ENTRY_ERROR_CODES)[number];

/** Problems with appending `entry` to the ledger; only a standing consent can be withdrawn. */
export function consentEntryErrors(
  ledger: readonly ConsentLedgerEntry[],
  entry: ConsentTarget & { decision: ConsentDecision },
): ConsentEntryErrorCode[] {
  const errors: ConsentEntryErrorCode[] = [];
  if (entry.action === 'other' && normalisedOtherAction(entry) === '') errors.push('other_action_description_required');
  if (entry.decision === 'withdrawn' && !isActionPermitted(ledger, entry)) errors.push('withdraw_without_grant');
  return errors;
}

/** What the person currently allows, each with the scope they gave, in ledger order. */
export function currentConsents<Entry extends ConsentLedgerEntry>(ledger: readonly Entry[]): Entry[] {
  return ledger.filter(
    (entry, index) =>
      entry.decision === 'granted' && !ledger.slice(index + 1).some((later) => isSameConsentTarget(later, entry)),
  );
}
