import { describe, expect, it } from 'vitest';
import type { AuditLogEntry, AuditVerification } from '../../../shared/contract/audit';
import type { NoteDraftRecord } from '../../../shared/contract/drafts';
import { useTestRouter } from './testing/test-router';

/* The audit viewer's and the note drafts' methods through the real contract and router. */

const { session, call, value } = useTestRouter();

describe('audit over the contract', () => {
  it('lists the newest rows first without hashes, pages back, and verifies the chain', async () => {
    const created = await value<{ id: number; reference: string }>('cases.create', { receivedDate: '2026-03-02', channel: 'phone' });
    await value('cases.get', { caseId: created.id });

    const newest = await value<AuditLogEntry[]>('audit.list', { limit: 2 });
    expect(newest.map((row) => [row.action, row.subject])).toEqual([
      ['case.view', created.reference],
      ['case.create', created.reference],
    ]);
    expect(Object.keys(newest[0] ?? {}).sort()).toEqual(['action', 'at', 'seq', 'subject']);

    const older = await value<AuditLogEntry[]>('audit.list', { limit: 50, beforeSeq: newest[1]?.seq });
    expect(older.every((row) => row.seq < (newest[1]?.seq ?? 0))).toBe(true);
    expect(older.at(-1)?.action).toBe('vault.create');

    const verification = await value<AuditVerification>('audit.verify');
    expect(verification).toEqual({ intact: true, rows: newest.length + older.length });
  });

  it('refuses a page larger than the viewer may ask for', async () => {
    expect(await call('audit.list', { limit: 5000 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});

describe('note drafts over the contract', () => {
  it('saves, lists, reads and discards a draft, and answers VAULT_LOCKED once locked', async () => {
    const { id: caseId, reference } = await value<{ id: number; reference: string }>('cases.create', {
      receivedDate: '2026-03-02',
      channel: 'email',
    });
    const draft = { kind: 'conversation', noteDate: '', title: '', body: 'Halvt skrevet', editReason: '', basedOnVersion: null };
    const { savedAt } = await value<{ savedAt: string }>('drafts.save', { caseId, noteId: null, draft });
    expect(await value('drafts.list')).toEqual([{ caseId, noteId: null, reference, savedAt }]);
    expect(await value<NoteDraftRecord>('drafts.get', { caseId, noteId: null })).toEqual({ caseId, noteId: null, draft, savedAt });

    await value('drafts.discard', { caseId, noteId: null });
    expect(await value('drafts.get', { caseId, noteId: null })).toBeNull();

    session().lock('idle');
    expect(await call('drafts.save', { caseId, noteId: null, draft })).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
  });

  it('refuses a draft with fields the note does not have', async () => {
    const result = await call('drafts.save', {
      caseId: 1,
      noteId: null,
      draft: { kind: 'gossip', noteDate: '', title: '', body: '', editReason: '', basedOnVersion: null },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
