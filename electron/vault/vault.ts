import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { AppError } from '../../shared/errors';
import { formatRecoveryKey, RECOVERY_KEY_BYTES } from '../../shared/recovery-key';
import { APP_VERSION } from './app-version';
import { auditHead, sealAuditAnchor } from './audit/audit-anchor';
import { appendAudit } from './audit/audit-log';
import type { Database } from './db/database';
import { DATABASE_KEY_BYTES, openVaultDatabase } from './db/open-database';
import { fsyncDirectory, toWriteError } from './fs/atomic-write';
import { KEY_FILE_FORMAT, KEY_FILE_VERSION, writeKeyFile, type KeyFile } from './keys/key-file';
import { sealPassphraseSlot, sealRecoverySlot } from './keys/key-slots';
import { chooseScryptCost, type ScryptCost } from './keys/scrypt';
import { recordFailedUnlock, takeFailedUnlocks } from './failed-unlocks';
import { UnlockedVault, type OpenVault } from './open-vault';
import { assertStrongPassphrase } from './passphrase-policy';
import { unlockMethod, unwrapDatabaseKey, type UnlockSecret } from './unlock-secret';
import { claimVaultFolder } from './claim-vault';
import { databaseSidecars, vaultFiles, type VaultFiles } from './vault-files';
import { acquireVaultLock } from './vault-lock';

export type { OpenVault } from './open-vault';
export type { UnlockSecret } from './unlock-secret';

/**
 * `kdf` sets the scrypt cost of passphrase slots this session writes. Absent, the cost is
 * calibrated to ~0.75 s on this machine; given, it must be at least SCRYPT_FLOOR (test
 * vaults and scripts use the floor).
 */
interface KdfOption {
  kdf?: ScryptCost;
}

export type UnlockCredentials = { dir: string } & UnlockSecret & KdfOption;

/**
 * Creates a vault in `dir` (made if missing) and returns it unlocked with its recovery key,
 * which is shown to the person once and never stored in plain form. Refuses a weak
 * passphrase and a folder that already holds vault.db or keys.json.
 */
export async function createVault(
  input: { dir: string; passphrase: string } & KdfOption,
): Promise<{ vault: OpenVault; recoveryKey: string }> {
  await assertStrongPassphrase(input.passphrase);
  const files = vaultFiles(input.dir);
  try {
    fs.mkdirSync(files.dir, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw toWriteError(error);
  }
  const lock = acquireVaultLock(files.lock);
  const key = randomBytes(DATABASE_KEY_BYTES);
  const recoveryBytes = randomBytes(RECOVERY_KEY_BYTES);
  try {
    if (fs.existsSync(files.database) || fs.existsSync(files.keys)) {
      throw new AppError('VAULT_EXISTS', 'The folder already holds a vault.');
    }
    const vaultId = randomUUID();
    const keyFile: KeyFile = {
      format: KEY_FILE_FORMAT,
      version: KEY_FILE_VERSION,
      vaultId,
      passphrase: await sealPassphraseSlot(key, input.passphrase, await chooseScryptCost(input.kdf), vaultId),
      recovery: sealRecoverySlot(key, recoveryBytes, vaultId),
    };
    writeNewVaultFiles(files, key, keyFile);
    const db = openVaultDatabase(files.database, key, { mode: 'open' });
    const vault = new UnlockedVault({ files, db, key, lock, vaultId, kdf: input.kdf });
    return { vault, recoveryKey: formatRecoveryKey(recoveryBytes) };
  } catch (error) {
    key.fill(0);
    lock.release();
    throw error;
  } finally {
    recoveryBytes.fill(0);
  }
}

/**
 * vault.db is built under a temporary name and renamed last, just after keys.json is
 * written, so a vault.db that exists is always complete and has its keys.
 */
function writeNewVaultFiles(files: VaultFiles, key: Buffer, keyFile: KeyFile): void {
  const staging = `${files.database}.creating-${randomBytes(4).toString('hex')}`;
  try {
    const db = openVaultDatabase(staging, key, { mode: 'create' });
    let anchored: KeyFile;
    try {
      db.prepare('INSERT INTO meta (id, vault_id, created_at, app_version) VALUES (1, ?, ?, ?)').run(
        keyFile.vaultId,
        new Date().toISOString(),
        APP_VERSION,
      );
      appendAudit(db, { action: 'vault.create' });
      const head = auditHead(db);
      anchored = head ? { ...keyFile, auditAnchor: sealAuditAnchor(key, keyFile.vaultId, head) } : keyFile;
    } finally {
      db.close();
    }
    fs.chmodSync(staging, 0o600);
    writeKeyFile(files.keys, anchored);
    fs.renameSync(staging, files.database);
    fsyncDirectory(files.dir);
  } catch (error) {
    for (const file of [staging, ...databaseSidecars(staging)]) fs.rmSync(file, { force: true });
    if (!fs.existsSync(files.database)) fs.rmSync(files.keys, { force: true });
    throw toWriteError(error);
  }
}

/**
 * Opens a vault with its passphrase or recovery key. Failed attempts are remembered in
 * memory and written to the audit log at the next success (see failed-unlocks.ts).
 */
export async function unlockVault(input: UnlockCredentials): Promise<OpenVault> {
  return openUnlocked(input);
}

/**
 * Sets a new passphrase with the recovery key, for a person who forgot theirs, and locks
 * the vault again (unlock with the new passphrase next). The recovery key stays valid;
 * offering a new one is the UI's call.
 */
export async function resetPassphrase(
  input: { dir: string; recoveryKey: string; newPassphrase: string } & KdfOption,
): Promise<void> {
  await assertStrongPassphrase(input.newPassphrase);
  const vault = await openUnlocked({ dir: input.dir, recoveryKey: input.recoveryKey, kdf: input.kdf });
  try {
    await vault.replacePassphrase(input.newPassphrase, 'vault.passphrase_reset');
  } finally {
    vault.close();
  }
}

async function openUnlocked(input: UnlockCredentials): Promise<UnlockedVault> {
  const { files, lock, keyFile } = claimVaultFolder(input.dir);
  try {
    const key = await unwrapDatabaseKey(keyFile, input).catch((error: unknown) => {
      if (error instanceof AppError && (error.code === 'WRONG_PASSPHRASE' || error.code === 'WRONG_RECOVERY_KEY')) {
        recordFailedUnlock(files.dir);
      }
      throw error;
    });
    try {
      const db = openVaultDatabase(files.database, key, { mode: 'open' });
      recordUnlock(db, files.dir, unlockMethod(input));
      return new UnlockedVault({ files, db, key, lock, vaultId: keyFile.vaultId, kdf: input.kdf });
    } catch (error) {
      key.fill(0);
      throw error;
    }
  } catch (error) {
    lock.release();
    throw error;
  }
}

function recordUnlock(db: Database, dir: string, method: 'passphrase' | 'recovery_key'): void {
  const failed = takeFailedUnlocks(dir);
  if (failed > 0) appendAudit(db, { action: 'vault.unlock_failed', subject: `attempts=${failed}` });
  appendAudit(db, { action: 'vault.unlock', subject: method });
}
