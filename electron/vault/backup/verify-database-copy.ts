import { AppError } from '../../../shared/errors';
import { verifyAuditChain } from '../audit/audit-log';
import type { Database } from '../db/database';
import { openVaultDatabase } from '../db/open-database';

/**
 * Proves a copy of vault.db is whole: it decrypts with the key, passes
 * `PRAGMA integrity_check` and its audit chain is intact. Any failure is BACKUP_INVALID
 * (except VAULT_TOO_NEW, which says more). The copy is opened without migrating it.
 */
export function verifyDatabaseCopy(databaseFile: string, key: Uint8Array): void {
  const db = openCopy(databaseFile, key);
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new AppError('BACKUP_INVALID', 'The backup database failed its integrity check.');
    const audit = verifyAuditChain(db);
    if (!audit.ok) {
      throw new AppError('BACKUP_INVALID', 'The audit log in the backup is broken.', {
        firstBrokenSeq: audit.firstBrokenSeq,
      });
    }
  } finally {
    db.close();
  }
}

function openCopy(databaseFile: string, key: Uint8Array): Database {
  try {
    return openVaultDatabase(databaseFile, key, { mode: 'open', migrate: false });
  } catch (error) {
    if (error instanceof AppError && error.code === 'VAULT_TOO_NEW') throw error;
    throw new AppError('BACKUP_INVALID', 'The backup database does not open with the vault key.', {
      cause: error instanceof AppError ? error.code : 'INTERNAL',
    });
  }
}
