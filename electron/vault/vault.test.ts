import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { parseRecoveryKey } from '../../shared/recovery-key';
import { listAudit, verifyAuditChain } from './audit/audit-log';
import { latestSchemaVersion } from './migrations/runner';
import { folderFingerprint } from './test-support/file-state';
import { useTempDir } from './test-support/temp-dir';
import { auditActions, createTestVault, OTHER_PASSPHRASE, TEST_KDF, TEST_PASSPHRASE } from './test-support/test-vault';
import { createVault, resetPassphrase, unlockVault, type OpenVault } from './vault';

const tempDir = useTempDir();
const SECRET_TEXT = 'Sofie Sørensen, lokalafdeling Nord';

async function codeOf(action: () => Promise<unknown> | unknown): Promise<string> {
  try {
    await action();
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return 'no error';
}

function vaultDir(): string {
  return path.join(tempDir(), 'boks');
}

/** A closed vault holding one setting with recognisable text. */
async function closedVault(): Promise<{ dir: string; recoveryKey: string }> {
  const dir = vaultDir();
  const { vault, recoveryKey } = await createTestVault(dir);
  vault.db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('note', ?, 'now')").run(JSON.stringify(SECRET_TEXT));
  vault.close();
  return { dir, recoveryKey };
}

function readNote(vault: OpenVault): string {
  const row = vault.db.prepare("SELECT value FROM settings WHERE key = 'note'").get() as { value: string };
  return JSON.parse(row.value) as string;
}

describe('createVault', () => {
  it('creates the folder with vault.db and keys.json, and nothing else once closed', async () => {
    const dir = vaultDir();
    const { vault, recoveryKey } = await createTestVault(dir);
    expect(fs.readdirSync(dir).sort()).toContain('vault.lock');
    expect(parseRecoveryKey(recoveryKey).ok).toBe(true);
    const meta = vault.db.prepare('SELECT vault_id, app_version FROM meta').get() as { vault_id: string; app_version: string };
    const keys = JSON.parse(fs.readFileSync(path.join(dir, 'keys.json'), 'utf8')) as { vaultId: string };
    expect(meta.vault_id).toBe(keys.vaultId);
    expect(meta.app_version).toMatch(/^\d+\.\d+\.\d+/);
    expect(vault.db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion());
    vault.close();
    expect(fs.readdirSync(dir).sort()).toEqual(['keys.json', 'vault.db']);
  });

  it('stores neither the SQLite header, nor inserted text, nor the raw key in the clear', async () => {
    const dir = vaultDir();
    const { vault } = await createTestVault(dir);
    vault.db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('note', ?, 'now')").run(JSON.stringify(SECRET_TEXT));
    const rawKey = vault.rawKeyHex();
    vault.close();
    const database = fs.readFileSync(path.join(dir, 'vault.db'));
    expect(database.includes('SQLite format 3')).toBe(false);
    expect(database.includes('Sørensen')).toBe(false);
    expect(database.includes('lokalafdeling')).toBe(false);
    const keys = fs.readFileSync(path.join(dir, 'keys.json'), 'utf8');
    expect(keys).not.toContain(rawKey);
    expect(keys).not.toContain(Buffer.from(rawKey, 'hex').toString('base64'));
  });

  it('refuses a folder that already holds vault.db or keys.json, and changes nothing', async () => {
    const { dir } = await closedVault();
    const before = folderFingerprint(dir);
    expect(await codeOf(() => createTestVault(dir))).toBe('VAULT_EXISTS');
    expect(folderFingerprint(dir)).toEqual(before);

    fs.rmSync(path.join(dir, 'vault.db'));
    expect(await codeOf(() => createTestVault(dir))).toBe('VAULT_EXISTS');
    expect(fs.readdirSync(dir)).toEqual(['keys.json']);
  });

  it('refuses a weak passphrase before creating anything', async () => {
    const dir = vaultDir();
    expect(await codeOf(() => createVault({ dir, passphrase: 'sommer2024', kdf: TEST_KDF }))).toBe('WEAK_PASSPHRASE');
    expect(fs.existsSync(dir)).toBe(false);
  });

  it('refuses a KDF cost below the floor', async () => {
    const kdf = { N: 2 ** 14, r: 8, p: 1 };
    expect(await codeOf(() => createVault({ dir: vaultDir(), passphrase: TEST_PASSPHRASE, kdf }))).toBe('INVALID_INPUT');
    expect(fs.readdirSync(vaultDir())).toEqual([]);
  });
});

describe('unlockVault', () => {
  it('opens with the passphrase and with the recovery key, and audits how', async () => {
    const { dir, recoveryKey } = await closedVault();
    const byPassphrase = await unlockVault({ dir, passphrase: TEST_PASSPHRASE });
    expect(readNote(byPassphrase)).toBe(SECRET_TEXT);
    expect(listAudit(byPassphrase.db, { limit: 1 })[0]).toMatchObject({ action: 'vault.unlock', subject: 'passphrase' });
    byPassphrase.close();

    const byRecoveryKey = await unlockVault({ dir, recoveryKey: recoveryKey.toLowerCase().replaceAll('-', ' ') });
    expect(readNote(byRecoveryKey)).toBe(SECRET_TEXT);
    expect(listAudit(byRecoveryKey.db, { limit: 1 })[0]).toMatchObject({ action: 'vault.unlock', subject: 'recovery_key' });
    expect(auditActions(byRecoveryKey)).toEqual(['vault.create', 'vault.lock', 'vault.unlock', 'vault.lock', 'vault.unlock']);
    expect(verifyAuditChain(byRecoveryKey.db).ok).toBe(true);
    byRecoveryKey.close();
  });

  it('reports VAULT_NOT_FOUND for a missing folder or a folder without vault.db', async () => {
    expect(await codeOf(() => unlockVault({ dir: vaultDir(), passphrase: TEST_PASSPHRASE }))).toBe('VAULT_NOT_FOUND');
    fs.mkdirSync(vaultDir());
    expect(await codeOf(() => unlockVault({ dir: vaultDir(), passphrase: TEST_PASSPHRASE }))).toBe('VAULT_NOT_FOUND');
  });

  it('reports KEYS_MISSING and KEYS_CORRUPT', async () => {
    const { dir } = await closedVault();
    const keysFile = path.join(dir, 'keys.json');
    const keys = fs.readFileSync(keysFile);
    fs.writeFileSync(keysFile, '{"format":"fortrolig-keys","version":1}');
    expect(await codeOf(() => unlockVault({ dir, passphrase: TEST_PASSPHRASE }))).toBe('KEYS_CORRUPT');
    fs.rmSync(keysFile);
    expect(await codeOf(() => unlockVault({ dir, passphrase: TEST_PASSPHRASE }))).toBe('KEYS_MISSING');
    fs.writeFileSync(keysFile, keys);
    (await unlockVault({ dir, passphrase: TEST_PASSPHRASE })).close();
  });

  it('refuses a wrong passphrase or recovery key and leaves every file as it was', async () => {
    const { dir, recoveryKey } = await closedVault();
    const before = folderFingerprint(dir);
    expect(await codeOf(() => unlockVault({ dir, passphrase: OTHER_PASSPHRASE }))).toBe('WRONG_PASSPHRASE');

    const otherKey = (await createTestVault(path.join(tempDir(), 'other'))).recoveryKey;
    expect(await codeOf(() => unlockVault({ dir, recoveryKey: otherKey }))).toBe('WRONG_RECOVERY_KEY');

    const typo = recoveryKey.startsWith('A') ? `B${recoveryKey.slice(1)}` : `A${recoveryKey.slice(1)}`;
    await expect(unlockVault({ dir, recoveryKey: typo })).rejects.toMatchObject({
      code: 'WRONG_RECOVERY_KEY',
      details: { reason: 'checksum' },
    });
    expect(folderFingerprint(dir)).toEqual(before);
  });

  it('writes the failed attempts to the audit log at the next successful unlock', async () => {
    const { dir } = await closedVault();
    await codeOf(() => unlockVault({ dir, passphrase: OTHER_PASSPHRASE }));
    await codeOf(() => unlockVault({ dir, passphrase: `${TEST_PASSPHRASE}!` }));
    const vault = await unlockVault({ dir, passphrase: TEST_PASSPHRASE });
    const [unlock, failed] = listAudit(vault.db, { limit: 2 });
    expect(failed).toMatchObject({ action: 'vault.unlock_failed', subject: 'attempts=2' });
    expect(unlock).toMatchObject({ action: 'vault.unlock' });
    vault.close();

    const again = await unlockVault({ dir, passphrase: TEST_PASSPHRASE });
    expect(auditActions(again).filter((action) => action === 'vault.unlock_failed')).toHaveLength(1);
    again.close();
  });

  it('reports VAULT_CORRUPT for a damaged vault.db and leaves it untouched', async () => {
    const { dir } = await closedVault();
    const databaseFile = path.join(dir, 'vault.db');
    const damaged = Buffer.from(fs.readFileSync(databaseFile));
    damaged.fill(0x55, 4096, 8192);
    fs.writeFileSync(databaseFile, damaged);
    const before = folderFingerprint(dir);
    expect(await codeOf(() => unlockVault({ dir, passphrase: TEST_PASSPHRASE }))).toBe('VAULT_CORRUPT');
    expect(folderFingerprint(dir)).toEqual(before);
  });

  it('reports VAULT_TOO_NEW for a vault from a newer app and writes nothing', async () => {
    const { dir } = await closedVault();
    const vault = await unlockVault({ dir, passphrase: TEST_PASSPHRASE });
    vault.db.pragma(`user_version = ${latestSchemaVersion() + 1}`);
    vault.close();
    const before = folderFingerprint(dir);
    expect(await codeOf(() => unlockVault({ dir, passphrase: TEST_PASSPHRASE }))).toBe('VAULT_TOO_NEW');
    expect(folderFingerprint(dir)).toEqual(before);
  });

  it('reports VAULT_IN_USE while the vault is open, and opens again after close', async () => {
    const { dir } = await closedVault();
    const vault = await unlockVault({ dir, passphrase: TEST_PASSPHRASE });
    expect(await codeOf(() => unlockVault({ dir, passphrase: TEST_PASSPHRASE }))).toBe('VAULT_IN_USE');
    vault.close();
    (await unlockVault({ dir, passphrase: TEST_PASSPHRASE })).close();
  });
});

describe('an open vault', () => {
  it('is locked after close: VAULT_LOCKED for everything but a second close', async () => {
    const { vault } = await createTestVault(vaultDir());
    vault.close();
    vault.close();
    expect(await codeOf(() => vault.db)).toBe('VAULT_LOCKED');
    expect(await codeOf(() => vault.rawKeyHex())).toBe('VAULT_LOCKED');
    expect(await codeOf(() => vault.newRecoveryKey())).toBe('VAULT_LOCKED');
    expect(await codeOf(() => vault.changePassphrase(TEST_PASSPHRASE, OTHER_PASSPHRASE))).toBe('VAULT_LOCKED');
    expect(await codeOf(() => vault.backup(path.join(tempDir(), 'b.fortrolig-backup')))).toBe('VAULT_LOCKED');
  });

  it('gives the raw key that opens vault.db with PRAGMA key alone, and audits it', async () => {
    const dir = vaultDir();
    const { vault } = await createTestVault(dir);
    vault.db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('note', ?, 'now')").run(JSON.stringify(SECRET_TEXT));
    const rawKey = vault.rawKeyHex();
    expect(rawKey).toMatch(/^[0-9a-f]{64}$/);
    expect(listAudit(vault.db, { limit: 1 })[0]?.action).toBe('vault.raw_key_revealed');
    vault.close();

    const plain = new Sqlite(path.join(dir, 'vault.db'), { fileMustExist: true });
    try {
      plain.pragma("cipher = 'sqlcipher'");
      plain.pragma('legacy = 4');
      plain.pragma(`key = "x'${rawKey}'"`);
      const row = plain.prepare("SELECT value FROM settings WHERE key = 'note'").get() as { value: string };
      expect(JSON.parse(row.value)).toBe(SECRET_TEXT);
    } finally {
      plain.close();
    }
  });

  it('changes the passphrase by rewriting keys.json only; the database key stays', async () => {
    const { dir, recoveryKey } = await closedVault();
    const vault = await unlockVault({ dir, passphrase: TEST_PASSPHRASE, kdf: TEST_KDF });
    const keysBefore = fs.readFileSync(path.join(dir, 'keys.json'), 'utf8');
    const rawKey = vault.rawKeyHex();

    expect(await codeOf(() => vault.changePassphrase(OTHER_PASSPHRASE, `${OTHER_PASSPHRASE} igen`))).toBe('WRONG_PASSPHRASE');
    expect(await codeOf(() => vault.changePassphrase(TEST_PASSPHRASE, 'kodeord123'))).toBe('WEAK_PASSPHRASE');
    // The audit anchor moves with every audit row; the slots must not have changed.
    const slots = (text: string) => {
      const { auditAnchor: _anchor, ...rest } = JSON.parse(text) as Record<string, unknown>;
      return rest;
    };
    expect(slots(fs.readFileSync(path.join(dir, 'keys.json'), 'utf8'))).toEqual(slots(keysBefore));

    await vault.changePassphrase(TEST_PASSPHRASE, OTHER_PASSPHRASE);
    expect(vault.rawKeyHex()).toBe(rawKey);
    expect(auditActions(vault)).toContain('vault.passphrase_changed');
    vault.close();

    const keysAfter = JSON.parse(fs.readFileSync(path.join(dir, 'keys.json'), 'utf8')) as { recovery: unknown };
    expect(keysAfter.recovery).toEqual((JSON.parse(keysBefore) as { recovery: unknown }).recovery);
    expect(await codeOf(() => unlockVault({ dir, passphrase: TEST_PASSPHRASE }))).toBe('WRONG_PASSPHRASE');
    (await unlockVault({ dir, passphrase: OTHER_PASSPHRASE })).close();
    (await unlockVault({ dir, recoveryKey })).close();
  });

  it('replaces the recovery key: the old one stops working, the new one works', async () => {
    const { dir, recoveryKey } = await closedVault();
    const vault = await unlockVault({ dir, passphrase: TEST_PASSPHRASE });
    const newKey = vault.newRecoveryKey();
    expect(newKey).not.toBe(recoveryKey);
    expect(auditActions(vault).at(-1)).toBe('vault.recovery_key_replaced');
    vault.close();
    expect(await codeOf(() => unlockVault({ dir, recoveryKey }))).toBe('WRONG_RECOVERY_KEY');
    const reopened = await unlockVault({ dir, recoveryKey: newKey });
    expect(readNote(reopened)).toBe(SECRET_TEXT);
    reopened.close();
  });
  it('verifies the passphrase of an open vault without changing anything', async () => {
    const dir = vaultDir();
    const { vault } = await createTestVault(dir);
    const keysBefore = fs.readFileSync(path.join(dir, 'keys.json'));
    await expect(vault.verifyPassphrase(TEST_PASSPHRASE)).resolves.toBeUndefined();
    expect(await codeOf(() => vault.verifyPassphrase(OTHER_PASSPHRASE))).toBe('WRONG_PASSPHRASE');
    expect(fs.readFileSync(path.join(dir, 'keys.json')).equals(keysBefore)).toBe(true);
    vault.close();
  });
});

describe('resetPassphrase', () => {
  it('sets a new passphrase with the recovery key and leaves the vault locked', async () => {
    const { dir, recoveryKey } = await closedVault();
    await resetPassphrase({ dir, recoveryKey, newPassphrase: OTHER_PASSPHRASE, kdf: TEST_KDF });
    expect(fs.existsSync(path.join(dir, 'vault.lock'))).toBe(false);
    expect(await codeOf(() => unlockVault({ dir, passphrase: TEST_PASSPHRASE }))).toBe('WRONG_PASSPHRASE');
    const vault = await unlockVault({ dir, passphrase: OTHER_PASSPHRASE });
    expect(auditActions(vault)).toContain('vault.passphrase_reset');
    expect(readNote(vault)).toBe(SECRET_TEXT);
    vault.close();
  });

  it('refuses a weak new passphrase or a wrong recovery key and changes nothing', async () => {
    const { dir, recoveryKey } = await closedVault();
    const before = folderFingerprint(dir);
    expect(await codeOf(() => resetPassphrase({ dir, recoveryKey, newPassphrase: 'password1' }))).toBe('WEAK_PASSPHRASE');
    const otherKey = (await createTestVault(path.join(tempDir(), 'other'))).recoveryKey;
    expect(await codeOf(() => resetPassphrase({ dir, recoveryKey: otherKey, newPassphrase: OTHER_PASSPHRASE }))).toBe(
      'WRONG_RECOVERY_KEY',
    );
    expect(folderFingerprint(dir)).toEqual(before);
  });
});
