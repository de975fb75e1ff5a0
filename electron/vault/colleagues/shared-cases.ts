import type { CaseSharing } from '../../../shared/contract/colleagues';
import type { ConsultationScope } from '../../../shared/domain/vocabulary';
import { AppError } from '../../../shared/errors';
import type { Database } from '../db/database';
import { queryOne } from '../db/sql';
import { requireCase } from '../records/case-access';

/*
 * A case that came from a colleague, or one handed over and waiting for its receipt. The
 * database refuses changes to both (triggers of migration 0006, the one place the rule
 * lives); this module reads that state and turns the triggers' refusal into its code.
 */

export function caseSharing(db: Database, caseId: number): CaseSharing {
  requireCase(db, caseId);
  const shared = queryOne<{ contactName: string; purpose: 'consultation' | 'handover'; receivedAt: string; scope: ConsultationScope | null }>(
    db,
    `SELECT contact_name AS contactName, purpose, received_at AS receivedAt, consultation_scope AS scope FROM shared_cases WHERE case_id = ?`,
    caseId,
  );
  const awaiting = queryOne<{ packageId: string; contactName: string; sentAt: string }>(
    db,
    `SELECT sp.package_id AS packageId, sp.contact_name AS contactName, sp.created_at AS sentAt
       FROM sent_package_cases spc JOIN sent_packages sp ON sp.package_id = spc.package_id
      WHERE spc.case_id = ? AND sp.kind = 'handover' AND sp.receipt_at IS NULL AND sp.cancelled_at IS NULL`,
    caseId,
  );
  const locked = queryOne(db, 'SELECT 1 FROM locked_cases WHERE case_id = ?', caseId) !== undefined;
  return { sharedBy: shared ?? null, awaitingReceipt: awaiting ?? null, readOnly: locked };
}

/** Only this vault's own cases, not waiting for a receipt, may be shared or handed over. */
export function assertCaseIsOwn(db: Database, caseId: number): void {
  const locked = queryOne<{ reason: string }>(db, 'SELECT reason FROM locked_cases WHERE case_id = ?', caseId);
  if (locked !== undefined) {
    throw new AppError('CASE_READ_ONLY', 'A consultation copy or a case awaiting its receipt cannot be sent on.', { reason: locked.reason });
  }
}

const TRIGGER_PREFIX = 'CASE_READ_ONLY:';

/** The read-only triggers' refusal as its error code; null for any other error. */
export function readOnlyCaseError(error: unknown): AppError | null {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : '';
  if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT') && message.startsWith(TRIGGER_PREFIX)) {
    return new AppError('CASE_READ_ONLY', 'The case is read-only in this vault.');
  }
  return null;
}
