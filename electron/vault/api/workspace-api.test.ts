import { describe, expect, it } from 'vitest';
import type { AuditLogEntry, AuditVerification } from '../../../shared/contract/audit';
import { useTestRouter } from './testing/test-router';

/* The audit viewer's methods through the real contract and router (drafts: draft-api.test.ts). */

const { call, value } = useTestRouter();

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
