import { describe, expect, it } from 'vitest';
import { caseTransitionInputSchema, caseUpdateInputSchema } from '../../../shared/domain/schemas/case';
import { deleteCase } from './case-deletion';
import { listStatusHistory, transitionCase, updateCase } from './cases';
import { appErrorOf } from './testing/app-error';
import { auditTrail, lastAuditSeq, newCase, useRecordsVault } from './testing/records-vault';

const { db } = useRecordsVault();

const transition = (input: Record<string, unknown>) => transitionCase(db(), caseTransitionInputSchema.parse(input));

describe('creating a case', () => {
  it('records an intake with little known, status received, and audits only the reference', () => {
    const before = lastAuditSeq(db());
    const created = newCase(db(), { summary: 'Uønskede berøringer ved sommerfesten.' });
    expect(created).toMatchObject({
      reference: '2026-001',
      receivedDate: '2026-03-02',
      channel: 'in_person',
      reporterKind: null,
      category: null,
      summary: 'Uønskede berøringer ved sommerfesten.',
      status: 'received',
      closedDate: null,
      outcome: null,
    });
    expect(auditTrail(db(), before)).toEqual(['case.create 2026-001']);
  });

  it('numbers per received year and never gives a deleted case’s number again', () => {
    expect(newCase(db()).reference).toBe('2026-001');
    const second = newCase(db());
    expect(second.reference).toBe('2026-002');
    expect(newCase(db(), { receivedDate: '2025-12-30' }).reference).toBe('2025-001');
    deleteCase(db(), { caseId: second.id, confirm: true });
    expect(newCase(db()).reference).toBe('2026-003');
  });

  it('refuses a category the vault does not offer', () => {
    const error = appErrorOf(() => newCase(db(), { category: 'gossip' }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.details).toEqual({ issues: [{ path: 'category', code: 'unknown_category' }] });
  });
});

describe('updating a case', () => {
  it('changes only the given fields and keeps the reference', () => {
    const created = newCase(db(), { summary: 'Kort resumé.' });
    const updated = updateCase(db(), caseUpdateInputSchema.parse({ id: created.id, category: 'harassment', receivedDate: '2027-01-05' }));
    expect(updated).toMatchObject({ reference: '2026-001', category: 'harassment', receivedDate: '2027-01-05', summary: 'Kort resumé.' });
  });

  it('answers NOT_FOUND for a case that does not exist', () => {
    expect(appErrorOf(() => updateCase(db(), { id: 999, summary: 'x' })).code).toBe('NOT_FOUND');
  });
});

describe('status transitions', () => {
  it('refuses a transition the rules do not allow, with the reason, and changes nothing', () => {
    const created = newCase(db());
    const error = appErrorOf(() => transition({ caseId: created.id, to: 'follow_up' }));
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.details).toEqual({ reasons: ['transition_not_allowed'] });
    expect(listStatusHistory(db(), created.id)).toEqual([]);
  });

  it('refuses closing without an outcome and date, and closing before the case was received', () => {
    const created = newCase(db());
    expect(appErrorOf(() => transition({ caseId: created.id, to: 'closed' })).details).toEqual({
      reasons: ['outcome_required', 'closed_date_required'],
    });
    const early = appErrorOf(() => transition({ caseId: created.id, to: 'closed', outcome: 'mediation', closedDate: '2026-01-01' }));
    expect(early.details).toEqual({ reasons: ['closed_date_before_received'] });
  });

  it('closes with an outcome, and reopens only with a reason, keeping the closing in the history', () => {
    const created = newCase(db());
    transition({ caseId: created.id, to: 'in_dialogue' });
    const closed = transition({ caseId: created.id, to: 'closed', outcome: 'reprimand', closedDate: '2026-05-01' });
    expect(closed).toMatchObject({ status: 'closed', outcome: 'reprimand', closedDate: '2026-05-01' });

    expect(appErrorOf(() => transition({ caseId: created.id, to: 'in_dialogue' })).details).toEqual({
      reasons: ['reopen_reason_required'],
    });
    const before = lastAuditSeq(db());
    const reopened = transition({ caseId: created.id, to: 'in_dialogue', reason: 'Den berørte har henvendt sig igen.' });
    expect(reopened).toMatchObject({ status: 'in_dialogue', outcome: null, closedDate: null });
    expect(auditTrail(db(), before)).toEqual(['case.reopen 2026-001']);

    expect(listStatusHistory(db(), created.id).map(({ from, to, reason, closedDate, outcome }) => ({ from, to, reason, closedDate, outcome }))).toEqual([
      { from: 'received', to: 'in_dialogue', reason: null, closedDate: null, outcome: null },
      { from: 'in_dialogue', to: 'closed', reason: null, closedDate: '2026-05-01', outcome: 'reprimand' },
      { from: 'closed', to: 'in_dialogue', reason: 'Den berørte har henvendt sig igen.', closedDate: null, outcome: null },
    ]);
  });

  it('refuses closing fields on a transition that does not close', () => {
    const created = newCase(db());
    expect(appErrorOf(() => transition({ caseId: created.id, to: 'in_dialogue', outcome: 'reprimand' })).details).toEqual({
      reasons: ['closing_fields_only_when_closing'],
    });
  });

  it('keeps the status history append-only in the database itself', () => {
    const created = newCase(db());
    transition({ caseId: created.id, to: 'in_dialogue' });
    expect(() => db().prepare("UPDATE case_status_changes SET reason = 'x'").run()).toThrow(/append-only/);
    expect(() => db().prepare('DELETE FROM case_status_changes').run()).toThrow(/only with its case/);
  });
});
