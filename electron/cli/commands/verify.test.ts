import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendAudit } from '../../vault/audit/audit-log';
import { openVaultDatabase } from '../../vault/db/open-database';
import { useTempDir } from '../../vault/test-support/temp-dir';
import { createTestVault, TEST_PASSPHRASE } from '../../vault/test-support/test-vault';
import { unlockVault } from '../../vault/vault';
import { vaultFiles } from '../../vault/vault-files';
import { spawnCli } from '../testing/spawn-cli';

const tempDir = useTempDir();
const env = { FORTROLIG_PASSPHRASE: TEST_PASSPHRASE };

describe('cli verify and the end of the audit log', () => {
  it('exits 5 and names how many of the newest rows were cut off with the raw key', { timeout: 30_000 }, async () => {
    const dir = path.join(tempDir(), 'boks');
    const { vault } = await createTestVault(dir);
    for (let i = 1; i <= 5; i++) appendAudit(vault.db, { action: 'case.view', subject: `2026-00${i}` });
    const key = Buffer.from(vault.rawKeyHex(), 'hex');
    vault.close();

    const healthy = await spawnCli(['verify', '--vault', dir], env);
    expect(healthy.code).toBe(0);
    expect(healthy.stdout).toMatch(/audit log end: ok \(anchored at row 8\)/);

    // With the raw key, an attacker deletes the newest rows; what remains is a valid chain.
    const raw = openVaultDatabase(vaultFiles(dir).database, key, { mode: 'open' });
    raw.exec('DROP TRIGGER audit_log_no_delete');
    raw.prepare('DELETE FROM audit_log WHERE seq > 6').run();
    raw.close();

    const cut = await spawnCli(['verify', '--vault', dir], env);
    expect(cut.code).toBe(5);
    expect(cut.stdout).toContain('audit log: ok (6 rows)');
    expect(cut.stdout).toContain('audit log end: the newest 2 row(s) are missing (the log ends at row 6, the anchor names row 8)');

    // Opening the vault again (two new rows reach seq 8) must not move the anchor over the cut.
    (await unlockVault({ dir, passphrase: TEST_PASSPHRASE })).close();
    const after = await spawnCli(['verify', '--vault', dir], env);
    expect(after.code).toBe(5);
    expect(after.stdout).toContain('audit log end: row 8 is not the row the anchor names (the log was rewritten)');
  });
});
