import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import type { Database } from '../db/database';
import { toWriteError, writeFileAtomic } from '../fs/atomic-write';
import { schemaVersion } from '../migrations/runner';
import type { VaultFiles } from '../vault-files';
import { decodeBackup, encodeBackup } from './backup-container';
import { verifyDatabaseCopy } from './verify-database-copy';

export interface BackupInfo {
  file: string;
  bytes: number;
  sha256: string;
  createdAt: string;
  schemaVersion: number;
}

/**
 * Checkpoints the WAL into vault.db, writes vault.db and keys.json as one backup file
 * (atomically, at a path outside the vault folder), then reads that file back and proves
 * it restores: it decrypts with the vault key, passes integrity_check and its audit chain
 * holds. A backup that does not verify is deleted and reported as BACKUP_INVALID.
 */
export async function writeBackup(options: {
  db: Database;
  files: VaultFiles;
  key: Uint8Array;
  vaultId: string;
  outFile: string;
}): Promise<BackupInfo> {
  const { db, files, key } = options;
  const outFile = path.resolve(options.outFile);
  if (isInside(outFile, files.dir)) {
    throw new AppError('INVALID_INPUT', 'A backup must be written outside the vault folder.');
  }
  const checkpoint = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
  if (checkpoint[0]?.busy !== 0) throw new AppError('VAULT_IN_USE', 'The database is busy; the backup was not made.');

  const createdAt = new Date().toISOString();
  const version = schemaVersion(db);
  const container = encodeBackup({
    createdAt,
    schemaVersion: version,
    vaultId: options.vaultId,
    keysJson: fs.readFileSync(files.keys, 'utf8'),
    database: fs.readFileSync(files.database),
  });
  writeFileAtomic(outFile, container);
  try {
    await verifyBackupFile(outFile, key);
  } catch (error) {
    fs.rmSync(outFile, { force: true });
    throw error;
  }
  return {
    file: outFile,
    bytes: container.length,
    sha256: createHash('sha256').update(container).digest('hex'),
    createdAt,
    schemaVersion: version,
  };
}

async function verifyBackupFile(file: string, key: Uint8Array): Promise<void> {
  const { database } = decodeBackup(await fs.promises.readFile(file));
  const scratch = writeScratchCopy(database);
  try {
    verifyDatabaseCopy(path.join(scratch, 'vault.db'), key);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/** The copy to verify goes to the temporary folder; a full one is a full disk too (DISK_FULL). */
function writeScratchCopy(database: Buffer): string {
  let scratch: string | undefined;
  try {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'fortrolig-verify-'));
    fs.writeFileSync(path.join(scratch, 'vault.db'), database, { mode: 0o600 });
    return scratch;
  } catch (error) {
    if (scratch !== undefined) fs.rmSync(scratch, { recursive: true, force: true });
    throw toWriteError(error);
  }
}

function isInside(file: string, dir: string): boolean {
  const relative = path.relative(dir, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
