import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { appendAudit } from '../audit/audit-log';
import { openVaultDatabase } from '../db/open-database';
import { fsyncDirectory, toWriteError } from '../fs/atomic-write';
import { parseKeyFile, type KeyFile } from '../keys/key-file';
import { unwrapDatabaseKey } from '../unlock-secret';
import { databaseSidecars, vaultFiles, type VaultFiles } from '../vault-files';
import { acquireVaultLock, type VaultLock } from '../vault-lock';
import { decodeBackup } from './backup-container';
import { verifyDatabaseCopy } from './verify-database-copy';

export interface RestoreResult {
  /** Where the vault that was in `dir` now lies (`<dir>.replaced-<time>`), or null if there was none. */
  replacedDir: string | null;
}

/**
 * Restores a backup into `dir`. The backup is unpacked into a sibling staging folder and
 * verified there first (passphrase valid when the backup was made, decrypts,
 * integrity_check, audit chain); if it does not verify, nothing in `dir` is touched. Only
 * then is the current vault (vault.db, its -wal/-shm, keys.json; other files stay) moved
 * into `<dir>.replaced-<time>`, which stays until the person deletes it, and the verified
 * files are moved in. The restored vault is migrated and records `vault.restore`.
 */
export async function restoreBackup(options: {
  backupFile: string;
  dir: string;
  passphrase: string;
}): Promise<RestoreResult> {
  const target = vaultFiles(options.dir);
  const contents = decodeBackup(readBackupFile(options.backupFile));
  const keyFile = parseBackupKeys(contents.keysJson);
  // Holding the lock from the start keeps the vault from being opened mid-restore.
  let lock: VaultLock | null = fs.existsSync(target.dir) ? acquireVaultLock(target.lock) : null;
  const key = await unwrapDatabaseKey(keyFile, { passphrase: options.passphrase }).catch((error: unknown) => {
    lock?.release();
    throw error;
  });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const staging = vaultFiles(`${target.dir}.restoring-${stamp}`);
  try {
    fs.mkdirSync(path.dirname(staging.dir), { recursive: true });
    fs.mkdirSync(staging.dir, { mode: 0o700 });
    writeDurably(staging.keys, contents.keysJson);
    writeDurably(staging.database, contents.database);
    verifyDatabaseCopy(staging.database, key);
    recordRestore(staging, key);

    if (!lock) {
      fs.mkdirSync(target.dir, { recursive: true, mode: 0o700 });
      lock = acquireVaultLock(target.lock);
    }
    const replacedDir = moveCurrentVaultAside(target, stamp);
    try {
      fs.renameSync(staging.keys, target.keys);
      fs.renameSync(staging.database, target.database);
      fsyncDirectory(target.dir);
    } catch (error) {
      if (replacedDir) moveBack(replacedDir, target);
      throw error;
    }
    return { replacedDir };
  } catch (error) {
    throw toWriteError(error);
  } finally {
    key.fill(0);
    fs.rmSync(staging.dir, { recursive: true, force: true });
    lock?.release();
  }
}

function readBackupFile(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    const errno = (error as NodeJS.ErrnoException).code;
    if (errno === 'ENOENT') throw new AppError('NOT_FOUND', 'The backup file does not exist.');
    throw new AppError('IO_ERROR', 'The backup file could not be read.', { errno });
  }
}

function parseBackupKeys(keysJson: string): KeyFile {
  try {
    return parseKeyFile(keysJson);
  } catch (error) {
    if (error instanceof AppError && error.code === 'KEYS_CORRUPT') {
      throw new AppError('BACKUP_INVALID', 'The key file inside the backup is damaged.');
    }
    throw error;
  }
}

function writeDurably(file: string, data: string | Buffer): void {
  const fd = fs.openSync(file, 'wx', 0o600);
  try {
    fs.writeFileSync(fd, data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function recordRestore(files: VaultFiles, key: Uint8Array): void {
  const db = openVaultDatabase(files.database, key, { mode: 'open' });
  try {
    appendAudit(db, { action: 'vault.restore' });
  } finally {
    db.close();
  }
}

/** Moves the vault's own files (never anything else in the folder) to `<dir>.replaced-<stamp>`. */
function moveCurrentVaultAside(target: VaultFiles, stamp: string): string | null {
  const present = [target.database, ...databaseSidecars(target.database), target.keys].filter((file) =>
    fs.existsSync(file),
  );
  if (present.length === 0) return null;
  const replacedDir = `${target.dir}.replaced-${stamp}`;
  fs.mkdirSync(replacedDir, { mode: 0o700 });
  for (const file of present) fs.renameSync(file, path.join(replacedDir, path.basename(file)));
  fsyncDirectory(replacedDir);
  fsyncDirectory(target.dir);
  return replacedDir;
}

/** Undoes moveCurrentVaultAside when the restored files could not be moved in. */
function moveBack(replacedDir: string, target: VaultFiles): void {
  for (const name of fs.readdirSync(replacedDir)) {
    fs.rmSync(path.join(target.dir, name), { force: true });
    fs.renameSync(path.join(replacedDir, name), path.join(target.dir, name));
  }
  fs.rmdirSync(replacedDir);
}
