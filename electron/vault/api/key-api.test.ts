import { describe, expect, it } from 'vitest';
import { openVaultDatabase } from '../db/open-database';
import { OTHER_PASSPHRASE, TEST_PASSPHRASE } from '../test-support/test-vault';
import { vaultFiles } from '../vault-files';
import { useTestRouter } from './testing/test-router';

const api = useTestRouter();

describe('key rotation through the contract', () => {
  it('advises rotation once the raw key was shown, and no longer after rotating', async () => {
    expect(await api.value('vault.keyStatus')).toEqual({ rotationAdvised: false, rawKeyShownAt: null, rotatedAt: null });
    api.session().require().rawKeyHex();
    expect(await api.value('vault.keyStatus')).toMatchObject({ rotationAdvised: true, rawKeyShownAt: expect.any(String) });

    const oldKey = api.session().require().rawKeyHex();
    const { newRecoveryKey } = await api.value<{ newRecoveryKey: string | null }>('vault.rekey', {
      passphrase: TEST_PASSPHRASE,
      recoveryKey: null,
    });
    expect(newRecoveryKey).toMatch(/\S/);
    // Opened again with the new key, without the person unlocking or seeing a lock event.
    expect(api.session().isUnlocked).toBe(true);
    expect(api.events()).toEqual([]);
    expect(await api.value('vault.keyStatus')).toMatchObject({ rotationAdvised: false, rotatedAt: expect.any(String) });
    expect(api.session().require().rawKeyHex()).not.toBe(oldKey);
  });

  it('refuses a wrong passphrase without locking the vault', async () => {
    const error = await api.failure('vault.rekey', { passphrase: OTHER_PASSPHRASE, recoveryKey: null });
    expect(error.code).toBe('WRONG_PASSPHRASE');
    expect(api.session().isUnlocked).toBe(true);
  });

  it('refuses a wrong recovery key, keeps the old key and opens the vault again', async () => {
    const oldKey = api.session().require().rawKeyHex();
    const error = await api.failure('vault.rekey', { passphrase: TEST_PASSPHRASE, recoveryKey: 'AAAA-BBBB' });
    expect(error.code).toBe('WRONG_RECOVERY_KEY');
    expect(api.session().isUnlocked).toBe(true);
    expect(api.session().require().rawKeyHex()).toBe(oldKey);
  });
});

describe('the audit check in the app and the end of the log', () => {
  it('reports rows cut off at the end (with the raw key, while locked) as broken from the first missing row', async () => {
    const dir = api.session().dir as string;
    const key = Buffer.from(api.session().require().rawKeyHex(), 'hex');
    api.session().lock('user');
    const raw = openVaultDatabase(vaultFiles(dir).database, key, { mode: 'open' });
    raw.exec('DROP TRIGGER audit_log_no_delete');
    const newest = raw.prepare('SELECT max(seq) FROM audit_log').pluck().get() as number;
    raw.prepare('DELETE FROM audit_log WHERE seq > ?').run(newest - 2);
    raw.close();
    // Unlocking appends one row (it takes the first cut seq); the anchor still names `newest`.
    await api.session().unlock({ dir, passphrase: TEST_PASSPHRASE });
    expect(await api.value('audit.verify')).toEqual({ intact: false, rows: expect.any(Number), firstBrokenSeq: newest });
  });
});
