import type { CaseDeleteInput } from '../../../shared/domain/schemas/case-view';
import { AppError } from '../../../shared/errors';
import type { Database } from '../db/database';
import { auditCase, inTransaction, requireCase } from './case-access';
import { execute } from '../db/sql';
import { discardCaseDrafts } from '../drafts/form-drafts';

/**
 * Deletes a case and everything of it: one DELETE, which the foreign keys cascade to every
 * section and the triggers to the search indexes (FTS5 secure-delete removes the words
 * from the index itself). secure_delete zeroes the freed pages. The audit log keeps that
 * the case was deleted, under its reference, and nothing else; the reference is never
 * given out again.
 */
export function deleteCase(db: Database, input: CaseDeleteInput): { reference: string } {
  // The schema already demands `true`; checked again because nothing else guards this.
  if (input.confirm !== true) throw new AppError('INVALID_INPUT', 'Deleting a case needs an explicit confirmation');
  const deleted = inTransaction(db, () => {
    const head = requireCase(db, input.caseId);
    execute(db, 'DELETE FROM cases WHERE id = ?', head.id);
    discardCaseDrafts(db, head.id);
    auditCase(db, 'case.delete', head);
    return { reference: head.reference };
  });
  eraseWriteAheadLog(db);
  return deleted;
}

/**
 * The pages a deletion changed were committed to the write-ahead log first, and the
 * earlier frames there still hold the deleted text (readable with the key) until a
 * checkpoint. TRUNCATE copies the log into vault.db, where secure_delete has zeroed the
 * freed cells, and cuts the log file to 0 bytes. Inside a caller's transaction SQLite
 * cannot checkpoint; the caller's own commit must then call this (the lock does anyway).
 */
export function eraseWriteAheadLog(db: Database): void {
  if (db.inTransaction) return;
  db.pragma('wal_checkpoint(TRUNCATE)');
}
