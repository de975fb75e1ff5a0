import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../vault/test-support/temp-dir';
import { createTestVault, TEST_PASSPHRASE } from '../../vault/test-support/test-vault';
import { spawnCli } from '../testing/spawn-cli';

const tempDir = useTempDir();

describe('cli rekey', () => {
  it('changes the key that `key` printed; verify passes; both secrets still open the vault', { timeout: 60_000 }, async () => {
    const dir = path.join(tempDir(), 'boks');
    const { vault, recoveryKey } = await createTestVault(dir);
    vault.close();
    const env = { FORTROLIG_PASSPHRASE: TEST_PASSPHRASE, FORTROLIG_RECOVERY_KEY: recoveryKey };

    const shown = await spawnCli(['key', '--vault', dir], env);
    expect(shown.code).toBe(0);
    const rotated = await spawnCli(['rekey', '--vault', dir], env);
    expect(rotated).toMatchObject({ code: 0, stdout: '' });
    expect(rotated.stderr).toContain('Backups made before now still open with the old key');
    const after = await spawnCli(['key', '--vault', dir], env);
    expect(after.stdout).not.toBe(shown.stdout);

    const verified = await spawnCli(['verify', '--vault', dir], env);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(/audit log end: ok/);

    // Without the old recovery key: a new one, printed alone on stdout.
    const fresh = await spawnCli(['rekey', '--vault', dir, '--new-recovery-key'], { FORTROLIG_PASSPHRASE: TEST_PASSPHRASE });
    expect(fresh.code).toBe(0);
    const newRecoveryKey = fresh.stdout.trim();
    expect(newRecoveryKey).not.toBe(recoveryKey);
    const byNew = await spawnCli(['key', '--vault', dir], { FORTROLIG_PASSPHRASE: TEST_PASSPHRASE });
    expect(byNew.code).toBe(0);

    const wrong = await spawnCli(['rekey', '--vault', dir], env);
    expect(wrong.code).toBe(4);
    expect(wrong.stderr).toContain('WRONG_RECOVERY_KEY');
  });
});
