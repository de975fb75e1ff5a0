import { describe, expect, it } from 'vitest';
import { actionTakenInputSchema, consentEntryInputSchema } from '../../../shared/domain/schemas/consent';
import { getCaseDetail } from './case-detail';
import { listActionsTaken, listConsents, recordAction, recordConsent } from './consents';
import { appErrorOf } from './testing/app-error';
import { auditTrail, lastAuditSeq, newCase, useRecordsVault } from './testing/records-vault';

const { db } = useRecordsVault();

const consent = (caseId: number, decision: string, fields: Record<string, unknown> = {}) =>
  recordConsent(
    db(),
    consentEntryInputSchema.parse({ caseId, action: 'involve_accused', decision, form: 'oral', decidedOn: '2026-03-05', ...fields }),
  );

const act = (caseId: number, fields: Record<string, unknown> = {}) =>
  recordAction(db(), actionTakenInputSchema.parse({ caseId, action: 'involve_accused', takenOn: '2026-03-06', ...fields }));

describe('the consent ledger', () => {
  it('appends entries and never edits them', () => {
    const created = newCase(db());
    consent(created.id, 'granted', { scope: 'Kun at der er en klage, ikke fra hvem.' });
    consent(created.id, 'withdrawn', { form: 'written' });
    expect(listConsents(db(), created.id).map((entry) => entry.decision)).toEqual(['granted', 'withdrawn']);
    expect(() => db().prepare("UPDATE consents SET decision = 'granted'").run()).toThrow(/append-only/);
    expect(() => db().prepare('DELETE FROM consents').run()).toThrow(/only with its case/);
  });

  it('refuses withdrawing a consent that was never given', () => {
    const created = newCase(db());
    const error = appErrorOf(() => consent(created.id, 'withdrawn'));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.details).toEqual({ issues: [{ path: 'decision', code: 'withdraw_without_grant' }] });
    expect(listConsents(db(), created.id)).toEqual([]);
  });
});

describe('recording an action', () => {
  it('is CONSENT_REQUIRED when the person was never asked, and nothing is recorded', () => {
    const created = newCase(db());
    const error = appErrorOf(() => act(created.id));
    expect(error.code).toBe('CONSENT_REQUIRED');
    expect(error.details).toEqual({ action: 'involve_accused', consentState: 'never_asked' });
    expect(listActionsTaken(db(), created.id)).toEqual([]);
  });

  it('rests on a standing consent and hands back its scope', () => {
    const created = newCase(db());
    consent(created.id, 'granted', { scope: 'Kun at der er en klage.' });
    const result = act(created.id);
    expect(result).toMatchObject({ basis: 'consent', scope: 'Kun at der er en klage.', record: { overrideReason: null } });
  });

  it('is CONSENT_REQUIRED again once the consent is withdrawn, or when it was declined', () => {
    const created = newCase(db());
    consent(created.id, 'granted');
    consent(created.id, 'withdrawn');
    expect(appErrorOf(() => act(created.id)).details).toMatchObject({ consentState: 'withdrawn' });
    const other = newCase(db());
    consent(other.id, 'declined');
    expect(appErrorOf(() => act(other.id)).details).toMatchObject({ consentState: 'declined' });
  });

  it('goes through with a real override reason, which is kept, shown on the case and audited as an override', () => {
    const created = newCase(db());
    expect(appErrorOf(() => act(created.id, { overrideReason: 'Fordi' })).code).toBe('CONSENT_REQUIRED');
    const before = lastAuditSeq(db());
    const reason = 'Underretningspligt: et barn er i fare.';
    const result = act(created.id, { action: 'police_report', overrideReason: reason });
    expect(result).toMatchObject({ basis: 'override', scope: null, record: { action: 'police_report', overrideReason: reason } });
    expect(auditTrail(db(), before)).toEqual(['action.record_override 2026-001']);
    expect(getCaseDetail(db(), created.id, '2026-03-07').actionsTaken).toEqual([result.record]);
  });

  it('matches "other" actions by their description', () => {
    const created = newCase(db());
    consent(created.id, 'granted', { action: 'other', otherAction: 'Fortælle min mor' });
    expect(act(created.id, { action: 'other', otherAction: 'fortælle min mor ' }).basis).toBe('consent');
    expect(appErrorOf(() => act(created.id, { action: 'other', otherAction: 'Fortælle min far' })).code).toBe('CONSENT_REQUIRED');
  });
});
