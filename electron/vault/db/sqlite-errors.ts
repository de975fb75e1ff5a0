import { AppError } from '../../../shared/errors';

/**
 * Translates an error from SQLite into the app's closed set of codes. SQLCipher reports a
 * page it cannot decrypt or authenticate as NOTADB or CORRUPT; once keys.json has already
 * proved the key right, both mean a damaged file.
 */
export function toDatabaseError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return new AppError('INTERNAL', 'Unexpected database failure.');
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
    return new AppError('VAULT_CORRUPT', 'The database file is damaged or does not belong to these keys.', { sqlite: code });
  }
  if (code === 'SQLITE_FULL') return new AppError('DISK_FULL', 'The disk is full.', { sqlite: code });
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new AppError('VAULT_IN_USE', 'Another connection holds the database.', { sqlite: code });
  }
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_READONLY')) {
    return new AppError('IO_ERROR', 'The database file could not be read or written.', { sqlite: code });
  }
  return new AppError('INTERNAL', 'Unexpected database failure.', { sqlite: code });
}
