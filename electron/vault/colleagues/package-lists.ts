import type { ReceivedPackageView, SentPackageView } from '../../../shared/contract/colleagues';
import type { Database } from '../db/database';
import { queryAll } from '../db/sql';

/** Sent consultation and handover packages, newest first, with the cases still in this vault. */
export function listSentPackages(db: Database): SentPackageView[] {
  const packages = queryAll<Omit<SentPackageView, 'cases'>>(
    db,
    `SELECT package_id AS packageId, kind, contact_name AS contactName, created_at AS createdAt, receipt_at AS receiptAt,
            cancelled_at AS cancelledAt
       FROM sent_packages WHERE kind IN ('consultation', 'handover') ORDER BY created_at DESC, rowid DESC`,
  );
  return packages.map((sent) => ({
    ...sent,
    cases: queryAll<{ caseId: number; reference: string }>(
      db,
      `SELECT c.id AS caseId, c.reference FROM sent_package_cases spc JOIN cases c ON c.id = spc.case_id
        WHERE spc.package_id = ? ORDER BY c.id`,
      sent.packageId,
    ),
  }));
}

export function listReceivedPackages(db: Database): ReceivedPackageView[] {
  const packages = queryAll<Omit<ReceivedPackageView, 'cases'>>(
    db,
    `SELECT package_id AS packageId, kind, contact_name AS contactName, created_at AS createdAt, received_at AS receivedAt
       FROM received_packages WHERE kind IN ('consultation', 'handover') ORDER BY received_at DESC, rowid DESC`,
  );
  return packages.map((received) => ({
    ...received,
    cases: queryAll<{ caseId: number; reference: string }>(
      db,
      `SELECT c.id AS caseId, c.reference FROM shared_cases s JOIN cases c ON c.id = s.case_id WHERE s.package_id = ? ORDER BY c.id`,
      received.packageId,
    ),
  }));
}
