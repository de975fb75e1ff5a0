import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../shared/errors';
import { verifyAuditChain } from '../audit/audit-log';
import { latestSchemaVersion } from '../migrations/runner';
import { folderFingerprint } from '../test-support/file-state';
import { fullDiskAvailable, mountSmallDisk, type FullDisk } from '../test-support/full-disk';
import { useTempDir } from '../test-support/temp-dir';
import { auditActions, createTestVault, OTHER_PASSPHRASE, TEST_KDF, TEST_PASSPHRASE } from '../test-support/test-vault';
import { unlockVault, type OpenVault } from '../vault';
import { decodeBackup, encodeBackup } from './backup-container';
import { restoreBackup } from './restore';

const tempDir = useTempDir();

async function codeOf(action: () => Promise<unknown>): Promise<string> {
  try {
    await action();
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return 'no error';
}

function addNotes(vault: OpenVault, from: number, count: number): void {
  const insert = vault.db.prepare('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)');
  for (let i = from; i < from + count; i++) insert.run(`note-${i}`, JSON.stringify(`Henvendelse fra Birgitte Bøgh ${i}`), 'now');
}

function noteCount(vault: OpenVault): number {
  return (vault.db.prepare("SELECT count(*) AS n FROM settings WHERE key LIKE 'note-%'").get() as { n: number }).n;
}

/** Everything in the temp folder that is a sibling of the vault: staging or replaced folders. */
function siblings(): string[] {
  return fs.readdirSync(tempDir()).sort();
}

describe('backup', () => {
  it('copies a vault in WAL mode into one encrypted file that verifies, and the vault stays usable', async () => {
    const dir = path.join(tempDir(), 'boks');
    const { vault } = await createTestVault(dir);
    addNotes(vault, 0, 50);
    expect(fs.statSync(path.join(dir, 'vault.db-wal')).size).toBeGreaterThan(0);

    const outFile = path.join(tempDir(), 'boks.fortrolig-backup');
    const info = await vault.backup(outFile);
    expect(info).toMatchObject({ file: outFile, bytes: fs.statSync(outFile).size, schemaVersion: latestSchemaVersion() });
    expect(info.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(auditActions(vault).at(-1)).toBe('vault.backup');

    const bytes = fs.readFileSync(outFile);
    expect(bytes.includes('SQLite format 3')).toBe(false);
    expect(bytes.includes('Birgitte')).toBe(false);
    expect(bytes.includes(vault.rawKeyHex())).toBe(false);
    expect(decodeBackup(bytes).header.databaseBytes).toBeGreaterThan(4096);

    addNotes(vault, 50, 5);
    vault.close();
    const reopened = await unlockVault({ dir, passphrase: TEST_PASSPHRASE });
    expect(reopened.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(noteCount(reopened)).toBe(55);
    reopened.close();
  });

  it('refuses to write the backup inside the vault folder', async () => {
    const dir = path.join(tempDir(), 'boks');
    const { vault } = await createTestVault(dir);
    await expect(vault.backup(path.join(dir, 'backup.fortrolig-backup'))).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    vault.close();
    expect(fs.readdirSync(dir).sort()).toEqual(['keys.json', 'vault.db']);
  });
});

describe.skipIf(!fullDiskAvailable)('backup on a full disk (a real tmpfs filled to the last block; needs root to mount)', () => {
  let disk: FullDisk;
  beforeEach(() => {
    disk = mountSmallDisk(1024);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    disk.unmount();
  });

  it('is DISK_FULL when the backup file does not fit, and leaves no part of it', async () => {
    const { vault } = await createTestVault(path.join(tempDir(), 'boks'));
    disk.fill();
    expect(await codeOf(() => vault.backup(path.join(disk.dir, 'backup.fortrolig')))).toBe('DISK_FULL');
    expect(fs.readdirSync(disk.dir)).toEqual(['.filler']);
    vault.close();
  });

  it('is DISK_FULL when the temporary folder for the check is full, and removes the unchecked backup', async () => {
    const dir = path.join(tempDir(), 'boks');
    (await createTestVault(dir)).vault.close();
    disk.fill();
    const outFile = path.join(tempDir(), 'backup.fortrolig');

    vi.stubEnv('TMPDIR', disk.dir);
    const vault = await unlockVault({ dir, passphrase: TEST_PASSPHRASE });
    expect(await codeOf(() => vault.backup(outFile))).toBe('DISK_FULL');
    vault.close();
    vi.unstubAllEnvs();
    expect(fs.existsSync(outFile)).toBe(false);
    expect(fs.readdirSync(disk.dir)).toEqual(['.filler']);
  });
});

describe('restoreBackup', () => {
  /** A backup of a vault with 10 notes, after which the vault gets 5 more. */
  async function vaultWithBackup(): Promise<{ dir: string; backupFile: string }> {
    const dir = path.join(tempDir(), 'boks');
    const { vault } = await createTestVault(dir);
    addNotes(vault, 0, 10);
    const backupFile = path.join(tempDir(), 'boks.fortrolig-backup');
    await vault.backup(backupFile);
    addNotes(vault, 10, 5);
    vault.close();
    return { dir, backupFile };
  }

  it('moves the current vault aside, restores the backup, and both vaults open', async () => {
    const { dir, backupFile } = await vaultWithBackup();
    const { replacedDir } = await restoreBackup({ backupFile, dir, passphrase: TEST_PASSPHRASE });

    expect(replacedDir).toMatch(/boks\.replaced-\d{4}-\d\d-\d\dT[\d-]+Z$/);
    expect(siblings()).toEqual(['boks', 'boks.fortrolig-backup', path.basename(replacedDir ?? '')]);
    expect(fs.readdirSync(dir).sort()).toEqual(['keys.json', 'vault.db']);

    const restored = await unlockVault({ dir, passphrase: TEST_PASSPHRASE });
    expect(noteCount(restored)).toBe(10);
    expect(auditActions(restored)).toContain('vault.restore');
    expect(verifyAuditChain(restored.db).ok).toBe(true);
    restored.close();

    const previous = await unlockVault({ dir: replacedDir ?? '', passphrase: TEST_PASSPHRASE });
    expect(noteCount(previous)).toBe(15);
    previous.close();
  });

  it('restores into a folder that does not exist yet', async () => {
    const { backupFile } = await vaultWithBackup();
    const dir = path.join(tempDir(), 'ny-maskine', 'boks');
    expect(await restoreBackup({ backupFile, dir, passphrase: TEST_PASSPHRASE })).toEqual({ replacedDir: null });
    const restored = await unlockVault({ dir, passphrase: TEST_PASSPHRASE });
    expect(noteCount(restored)).toBe(10);
    restored.close();
  });

  it('needs the passphrase that was valid when the backup was made', async () => {
    const { dir, backupFile } = await vaultWithBackup();
    const vault = await unlockVault({ dir, passphrase: TEST_PASSPHRASE, kdf: TEST_KDF });
    await vault.changePassphrase(TEST_PASSPHRASE, OTHER_PASSPHRASE);
    vault.close();
    const before = folderFingerprint(dir);

    expect(await codeOf(() => restoreBackup({ backupFile, dir, passphrase: OTHER_PASSPHRASE }))).toBe('WRONG_PASSPHRASE');
    expect(folderFingerprint(dir)).toEqual(before);
    expect(siblings()).toEqual(['boks', 'boks.fortrolig-backup']);
  });

  it('refuses while the vault is open', async () => {
    const { dir, backupFile } = await vaultWithBackup();
    const vault = await unlockVault({ dir, passphrase: TEST_PASSPHRASE });
    expect(await codeOf(() => restoreBackup({ backupFile, dir, passphrase: TEST_PASSPHRASE }))).toBe('VAULT_IN_USE');
    vault.close();
  });

  it('reports NOT_FOUND for a missing backup file', async () => {
    const dir = path.join(tempDir(), 'boks');
    const backupFile = path.join(tempDir(), 'none.fortrolig-backup');
    expect(await codeOf(() => restoreBackup({ backupFile, dir, passphrase: TEST_PASSPHRASE }))).toBe('NOT_FOUND');
  });

  describe('refuses a backup that does not verify (BACKUP_INVALID) and touches nothing', () => {
    async function expectInvalid(corrupt: (bytes: Buffer) => Buffer): Promise<void> {
      const { dir, backupFile } = await vaultWithBackup();
      fs.writeFileSync(backupFile, corrupt(fs.readFileSync(backupFile)));
      const before = folderFingerprint(dir);
      expect(await codeOf(() => restoreBackup({ backupFile, dir, passphrase: TEST_PASSPHRASE }))).toBe('BACKUP_INVALID');
      expect(folderFingerprint(dir)).toEqual(before);
      expect(siblings()).toEqual(['boks', 'boks.fortrolig-backup']);
    }

    it('a file that is not a backup', async () => {
      await expectInvalid(() => Buffer.from('PK\u0003\u0004 a zip file, not a backup'));
    });

    it('a truncated backup', async () => {
      await expectInvalid((bytes) => bytes.subarray(0, bytes.length - 4096));
    });

    it('a byte changed in the database part', async () => {
      await expectInvalid((bytes) => {
        const copy = Buffer.from(bytes);
        copy[copy.length - 5000] = (copy[copy.length - 5000] ?? 0) ^ 1;
        return copy;
      });
    });

    it('consistent checksums around a damaged database page', async () => {
      await expectInvalid((bytes) => {
        const { header, keysJson, database } = decodeBackup(bytes);
        const damaged = Buffer.from(database);
        damaged.fill(0, 4096, 8192);
        return encodeBackup({ ...header, keysJson, database: damaged });
      });
    });

    it('a damaged key file inside', async () => {
      await expectInvalid((bytes) => {
        const { header, database } = decodeBackup(bytes);
        return encodeBackup({ ...header, keysJson: '{"format":"fortrolig-keys","version":1}', database });
      });
    });
  });
});
