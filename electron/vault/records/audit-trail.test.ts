import { describe, expect, it } from 'vitest';
import { noteCreateInputSchema } from '../../../shared/domain/schemas/note';
import { partyCreateInputSchema } from '../../../shared/domain/schemas/party';
import { openVaultDatabase } from '../db/open-database';
import { useTempDir } from '../test-support/temp-dir';
import { createTestVault, TEST_PASSPHRASE } from '../test-support/test-vault';
import { vaultFiles } from '../vault-files';
import { verifyVault } from '../verify-vault';
import { getCaseDetail } from './case-detail';
import { createNote } from './notes';
import { addParty } from './parties';
import { newCase } from './testing/records-vault';

const tempDir = useTempDir();

describe('the audit trail of the records', () => {
  it('holds references and codes only, never case content', async () => {
    const { vault } = await createTestVault(tempDir());
    const created = newCase(vault.db, { summary: 'Hemmeligt resumé om Kirsten' });
    addParty(vault.db, partyCreateInputSchema.parse({ caseId: created.id, role: 'affected', name: 'Kirsten Ærbødig' }));
    createNote(vault.db, noteCreateInputSchema.parse({ caseId: created.id, kind: 'phone', noteDate: '2026-03-02', body: 'Kirsten ringede.' }));
    getCaseDetail(vault.db, created.id, '2026-03-02');
    const rows = vault.db.prepare('SELECT action, subject FROM audit_log').all() as { action: string; subject: string | null }[];
    vault.close();
    expect(JSON.stringify(rows)).not.toMatch(/Kirsten|Ærbødig|resumé/i);
    expect(rows.filter((row) => row.subject === created.reference).map((row) => row.action)).toEqual([
      'case.create',
      'party.add',
      'note.create',
      'case.view',
    ]);
  });

  it('makes verify fail and name the row when an audit row is changed through raw SQL', async () => {
    const { vault } = await createTestVault(tempDir());
    const created = newCase(vault.db);
    getCaseDetail(vault.db, created.id, '2026-03-02');
    const key = Buffer.from(vault.rawKeyHex(), 'hex');
    const viewSeq = (vault.db.prepare("SELECT seq FROM audit_log WHERE action = 'case.view'").get() as { seq: number }).seq;
    vault.close();
    expect((await verifyVault({ dir: tempDir(), passphrase: TEST_PASSPHRASE })).audit.ok).toBe(true);

    // Someone with the key hides that the case was opened: the trigger must go first.
    const raw = openVaultDatabase(vaultFiles(tempDir()).database, key, { mode: 'open' });
    raw.exec('DROP TRIGGER audit_log_no_update');
    raw.prepare("UPDATE audit_log SET action = 'case.update' WHERE seq = ?").run(viewSeq);
    raw.close();

    const verification = await verifyVault({ dir: tempDir(), passphrase: TEST_PASSPHRASE });
    expect(verification.audit).toEqual({ ok: false, rows: expect.any(Number), firstBrokenSeq: viewSeq });
  });
});
