import { describe, expect, it } from 'vitest';
import { caseTransitionInputSchema } from '../../../shared/domain/schemas/case';
import { caseListInputSchema } from '../../../shared/domain/schemas/case-view';
import { partyCreateInputSchema } from '../../../shared/domain/schemas/party';
import { getCaseDetail } from './case-detail';
import { listCases } from './case-list';
import { transitionCase } from './cases';
import { addParty } from './parties';
import { listPastRetention } from './retention';
import { createTask } from './tasks';
import { appErrorOf } from './testing/app-error';
import { auditTrail, lastAuditSeq, newCase, useRecordsVault } from './testing/records-vault';
import { updateVaultSettings } from './vault-settings';

const { db } = useRecordsVault();

const list = (input: Record<string, unknown> = {}) => listCases(db(), caseListInputSchema.parse(input), '2026-03-15');
const close = (caseId: number, closedDate: string) =>
  transitionCase(db(), caseTransitionInputSchema.parse({ caseId, to: 'closed', outcome: 'no_action_by_wish', closedDate }));

describe('the case list', () => {
  it('puts open cases first, the soonest follow-up on top, then the newest, and counts overdue tasks', () => {
    const closed = newCase(db(), { receivedDate: '2026-03-10' });
    close(closed.id, '2026-03-11');
    const later = newCase(db(), { receivedDate: '2026-01-05' });
    const sooner = newCase(db(), { receivedDate: '2026-01-04' });
    const newest = newCase(db(), { receivedDate: '2026-03-01' });
    const oldest = newCase(db(), { receivedDate: '2025-11-20' });
    createTask(db(), { caseId: later.id, title: 'Opfølgning', dueDate: '2026-04-01' });
    createTask(db(), { caseId: sooner.id, title: 'Opfølgning', dueDate: '2026-03-01' });
    createTask(db(), { caseId: sooner.id, title: 'Ring', dueDate: '2026-03-20' });

    const page = list();
    expect(page.items.map((item) => item.id)).toEqual([sooner.id, later.id, newest.id, oldest.id, closed.id]);
    expect(page.items[0]).toMatchObject({ nextFollowUp: '2026-03-01', overdueTasks: 1, reopened: false });
    expect(page.total).toBe(5);
  });

  it('filters by status, category and received year, and pages', () => {
    newCase(db(), { category: 'sexism' });
    newCase(db(), { category: 'assault' });
    newCase(db(), { category: 'assault', receivedDate: '2025-06-01' });
    const closed = newCase(db(), { category: 'assault' });
    close(closed.id, '2026-03-05');

    expect(list({ category: 'assault' }).total).toBe(3);
    expect(list({ category: 'assault', year: 2026 }).items.map((item) => item.reference)).toEqual(['2026-002', '2026-003']);
    expect(list({ status: 'closed' }).items.map((item) => item.id)).toEqual([closed.id]);
    const second = list({ limit: 2, offset: 2 });
    expect(second).toMatchObject({ total: 4, limit: 2, offset: 2 });
    expect(second.items).toHaveLength(2);
  });

  it('counts no overdue tasks for a closed case', () => {
    const created = newCase(db(), { receivedDate: '2026-01-04' });
    createTask(db(), { caseId: created.id, title: 'Opfølgning', dueDate: '2026-03-01' });
    expect(list().items[0]).toMatchObject({ overdueTasks: 1 });
    close(created.id, '2026-03-05');
    expect(list().items[0]).toMatchObject({ status: 'closed', overdueTasks: 0 });
  });

  it('marks a reopened case', () => {
    const created = newCase(db());
    close(created.id, '2026-03-05');
    transitionCase(db(), caseTransitionInputSchema.parse({ caseId: created.id, to: 'in_dialogue', reason: 'Ny episode.' }));
    expect(list().items[0]).toMatchObject({ status: 'in_dialogue', reopened: true });
  });
});

describe('one case with all its sections', () => {
  it('brings every section, the allowed next statuses and the warnings, and audits the view', () => {
    const created = newCase(db());
    addParty(db(), partyCreateInputSchema.parse({ caseId: created.id, role: 'affected', under18: true }));
    addParty(db(), partyCreateInputSchema.parse({ caseId: created.id, role: 'accused', organisationalRole: 'leader' }));
    const before = lastAuditSeq(db());
    const detail = getCaseDetail(db(), created.id, '2026-03-15');
    expect(auditTrail(db(), before)).toEqual(['case.view 2026-001']);
    // A refetch with nothing in between adds no row; a view after a change does.
    getCaseDetail(db(), created.id, '2026-03-15');
    expect(auditTrail(db(), before)).toEqual(['case.view 2026-001']);
    addParty(db(), partyCreateInputSchema.parse({ caseId: created.id, role: 'witness' }));
    getCaseDetail(db(), created.id, '2026-03-15');
    expect(auditTrail(db(), before)).toEqual(['case.view 2026-001', 'party.add 2026-001', 'case.view 2026-001']);
    expect(detail.case.reference).toBe('2026-001');
    expect(detail.allowedTransitions).toEqual(['in_dialogue', 'agreement_made', 'closed']);
    expect(detail.parties).toHaveLength(2);
    expect(detail.powerRelationWarnings.map((warning) => warning.code)).toEqual(['adult_over_minor']);
    expect(detail.conflictOfInterest.warnings).toEqual([]);
    expect(detail.retention).toBeNull();
    for (const section of ['notes', 'conversations', 'consents', 'currentConsents', 'actionsTaken', 'severityAssessments', 'agreements', 'tasks', 'attachments', 'learningPoints'] as const) {
      expect(detail[section], section).toEqual([]);
    }
  });

  it('is NOT_FOUND for a case that does not exist', () => {
    expect(appErrorOf(() => getCaseDetail(db(), 77, '2026-03-15')).code).toBe('NOT_FOUND');
  });
});

describe('retention', () => {
  it('lists closed cases past the retention setting, from the day after the anniversary', () => {
    updateVaultSettings(db(), { retentionYears: 2 });
    const old = newCase(db(), { receivedDate: '2023-01-10' });
    close(old.id, '2024-02-29');
    const recent = newCase(db(), { receivedDate: '2025-01-10' });
    close(recent.id, '2025-06-01');
    newCase(db(), { receivedDate: '2020-01-01' });

    expect(listPastRetention(db(), '2026-02-28')).toEqual([]);
    expect(listPastRetention(db(), '2026-03-01')).toEqual([
      { caseId: old.id, reference: '2023-001', closedDate: '2024-02-29', deletableFrom: '2026-03-01' },
    ]);
    expect(getCaseDetail(db(), old.id, '2026-03-01').retention).toEqual({ endsOn: '2026-02-28', pastRetention: true });
  });
});
