import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { noteCreateInputSchema } from '../../../shared/domain/schemas/note';
import { createNote } from '../records/notes';
import { newCase } from '../records/testing/records-vault';
import { openVaultDatabase } from '../db/open-database';
import { useTempDir } from '../test-support/temp-dir';
import { auditActions, createTestVault, OTHER_PASSPHRASE, TEST_PASSPHRASE } from '../test-support/test-vault';
import { unlockVault } from '../vault';
import { vaultFiles } from '../vault-files';
import { verifyVault } from '../verify-vault';
import { rekeyFiles } from './rekey-journal';
import { rekeyVault } from './rekey-vault';

const tempDir = useTempDir();

async function demoVault(): Promise<{ dir: string; recoveryKey: string; oldKey: string; cases: number }> {
  const dir = path.join(tempDir(), 'boks');
  const { vault, recoveryKey } = await createTestVault(dir);
  for (let i = 0; i < 12; i++) {
    const created = newCase(vault.db, { summary: `Henvendelse nummer ${i}` });
    createNote(vault.db, noteCreateInputSchema.parse({ caseId: created.id, kind: 'phone', noteDate: '2026-03-02', body: `Samtale ${i}.` }));
  }
  const cases = vault.db.prepare('SELECT count(*) FROM cases').pluck().get() as number;
  const oldKey = vault.rawKeyHex();
  vault.close();
  return { dir, recoveryKey, oldKey, cases };
}

async function codeOf(action: () => Promise<unknown>): Promise<string> {
  try {
    await action();
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  throw new Error('expected an AppError');
}

function folder(dir: string): Record<string, string> {
  return Object.fromEntries(fs.readdirSync(dir).sort().map((name) => [name, fs.readFileSync(path.join(dir, name)).toString('base64')]));
}

describe('key rotation', () => {
  it('re-encrypts under a new key that both the passphrase and the kept recovery key open', async () => {
    const { dir, recoveryKey, oldKey, cases } = await demoVault();
    const result = await rekeyVault({ dir, passphrase: TEST_PASSPHRASE, recoveryKey });
    expect(result.newRecoveryKey).toBeNull();
    expect(fs.readdirSync(dir).sort()).toEqual(['keys.json', 'vault.db']);

    // The old key no longer opens the file.
    expect(() => openVaultDatabase(vaultFiles(dir).database, Buffer.from(oldKey, 'hex'), { mode: 'open' })).toThrow(AppError);

    const vault = await unlockVault({ dir, passphrase: TEST_PASSPHRASE });
    expect(vault.rawKeyHex()).not.toBe(oldKey);
    expect(vault.db.prepare('SELECT count(*) FROM cases').pluck().get()).toBe(cases);
    expect(auditActions(vault)).toContain('vault.key_rotated');
    vault.close();
    (await unlockVault({ dir, recoveryKey })).close();

    const verification = await verifyVault({ dir, passphrase: TEST_PASSPHRASE });
    expect(verification.integrity).toEqual(['ok']);
    expect(verification.audit.ok).toBe(true);
    expect(verification.auditEnd?.ok).toBe(true);
  });

  it('without the recovery key makes a new one; the old one stops working', async () => {
    const { dir, recoveryKey } = await demoVault();
    const { newRecoveryKey } = await rekeyVault({ dir, passphrase: TEST_PASSPHRASE });
    expect(newRecoveryKey).toMatch(/\S/);
    expect(await codeOf(() => unlockVault({ dir, recoveryKey }))).toBe('WRONG_RECOVERY_KEY');
    (await unlockVault({ dir, recoveryKey: newRecoveryKey as string })).close();
  });

  it('refuses a wrong passphrase or recovery key and leaves the folder byte for byte as it was', async () => {
    const { dir, recoveryKey } = await demoVault();
    const before = folder(dir);
    expect(await codeOf(() => rekeyVault({ dir, passphrase: OTHER_PASSPHRASE, recoveryKey }))).toBe('WRONG_PASSPHRASE');
    const other = await createTestVault(path.join(tempDir(), 'anden'));
    other.vault.close();
    expect(await codeOf(() => rekeyVault({ dir, passphrase: TEST_PASSPHRASE, recoveryKey: other.recoveryKey }))).toBe(
      'WRONG_RECOVERY_KEY',
    );
    expect(await codeOf(() => rekeyVault({ dir, passphrase: TEST_PASSPHRASE, recoveryKey: 'ikke en nøgle' }))).toBe(
      'WRONG_RECOVERY_KEY',
    );
    expect(folder(dir)).toEqual(before);
  });

  it('refuses while the vault is open elsewhere (vault.lock), changing nothing', async () => {
    const { dir, recoveryKey } = await demoVault();
    const vault = await unlockVault({ dir, passphrase: TEST_PASSPHRASE });
    expect(await codeOf(() => rekeyVault({ dir, passphrase: TEST_PASSPHRASE, recoveryKey }))).toBe('VAULT_IN_USE');
    vault.close();
  });

  it('discards an unfinished attempt without a journal, and refuses a journal it did not write', async () => {
    const { dir, recoveryKey } = await demoVault();
    const pending = rekeyFiles(vaultFiles(dir));
    fs.writeFileSync(pending.database, 'half a copy');
    fs.writeFileSync(pending.keys, '{');
    (await unlockVault({ dir, passphrase: TEST_PASSPHRASE })).close();
    expect(fs.readdirSync(dir).sort()).toEqual(['keys.json', 'vault.db']);

    fs.writeFileSync(pending.journal, '{"format":"something else"}');
    expect(await codeOf(() => unlockVault({ dir, recoveryKey }))).toBe('VAULT_CORRUPT');
    expect(fs.existsSync(pending.journal)).toBe(true);
  });
});
