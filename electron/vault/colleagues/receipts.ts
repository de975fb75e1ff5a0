import type { ReceiptOpened } from '../../../shared/contract/colleagues';
import { AppError } from '../../../shared/errors';
import { appendAudit } from '../audit/audit-log';
import type { Database } from '../db/database';
import { execute, queryAll, queryOne } from '../db/sql';
import { inTransaction } from '../records/case-access';
import { deleteCase, eraseWriteAheadLog } from '../records/case-deletion';
import { nowInstant } from '../records/clock';
import { notFound } from '../records/input-issues';
import { requireConfirmedContact } from './contacts';
import { hasReceived, openPackage, packageHash, recordReceived, sealPackage } from './envelope';
import { parseBody, receiptBodySchema, type ReceiptBody } from './package-bodies';

/*
 * The receipt closes a handover: the receiver's vault writes it (encrypted to the sender)
 * after importing, naming each package id with the SHA-256 of the file that arrived. The
 * sender's vault deletes the handed-over cases only when every entry matches a handover
 * it sent to that very contact, byte for byte; anything else deletes nothing.
 */

/** The receipt for a handover this vault received; can be written again if the file was lost. */
export async function sealReceipt(db: Database, packageId: string): Promise<{ bytes: Uint8Array; packageId: string }> {
  const received = queryOne<{ contactId: number | null; sha256: string }>(
    db,
    "SELECT contact_id AS contactId, sha256 FROM received_packages WHERE package_id = ? AND kind = 'handover'",
    packageId,
  );
  if (received === undefined || received.contactId === null) throw notFound('received handover');
  const contact = requireConfirmedContact(db, received.contactId);
  const body: ReceiptBody = { received: [{ packageId, sha256: received.sha256 }] };
  const sealed = await sealPackage(db, { contactId: contact.id, kind: 'receipt', body });
  appendAudit(db, { action: 'colleagues.receipt_written', subject: `package=${packageId.slice(0, 8)}` });
  return sealed;
}

interface SentHandover {
  packageId: string;
  contactId: number | null;
  sha256: string;
  receiptAt: string | null;
  cancelledAt: string | null;
}

/** Opens a receipt and deletes the cases it confirms; RECEIPT_UNKNOWN (nothing deleted) unless every entry matches. */
export async function openReceipt(db: Database, bytes: Uint8Array): Promise<ReceiptOpened> {
  const opened = await openPackage(db, bytes, ['receipt']);
  if (hasReceived(db, opened.packageId)) throw new AppError('PACKAGE_REPLAYED', 'This receipt has already been opened.');
  const body = parseBody(receiptBodySchema, opened.body);
  const result = inTransaction(db, () => {
    const caseIds: number[] = [];
    for (const entry of body.received) {
      const sent = queryOne<SentHandover>(
        db,
        `SELECT package_id AS packageId, contact_id AS contactId, sha256, receipt_at AS receiptAt, cancelled_at AS cancelledAt
           FROM sent_packages WHERE package_id = ? AND kind = 'handover'`,
        entry.packageId,
      );
      const matches = sent !== undefined && sent.contactId === opened.sender.contactId && sent.sha256 === entry.sha256 && sent.cancelledAt === null;
      // A second receipt for the same handover (the receiver wrote another): nothing more to do.
      if (matches && sent.receiptAt !== null) throw new AppError('PACKAGE_REPLAYED', 'The handover was already confirmed by an earlier receipt.');
      if (!matches) throw new AppError('RECEIPT_UNKNOWN', 'The receipt names a package that was not handed over to this contact, or not intact.');
      caseIds.push(...queryAll<{ caseId: number }>(db, 'SELECT case_id AS caseId FROM sent_package_cases WHERE package_id = ?', entry.packageId).map((row) => row.caseId));
    }
    recordReceived(db, {
      packageId: opened.packageId,
      kind: 'receipt',
      contactId: opened.sender.contactId,
      contactName: opened.sender.name,
      sha256: packageHash(bytes),
      createdAt: opened.createdAt,
    });
    const now = nowInstant();
    for (const entry of body.received) execute(db, 'UPDATE sent_packages SET receipt_at = ? WHERE package_id = ?', now, entry.packageId);
    const deleted = caseIds.map((caseId) => {
      const { reference } = deleteCase(db, { caseId, confirm: true });
      appendAudit(db, { action: 'case.handed_over', subject: `${reference}/contact=${opened.sender.contactId}` });
      return { reference };
    });
    return { contactName: opened.sender.name, packageIds: body.received.map((entry) => entry.packageId), deleted };
  });
  // The deletions were committed through the write-ahead log; empty it now that they are.
  eraseWriteAheadLog(db);
  return result;
}
