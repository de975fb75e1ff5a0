import type { HandoverWritten } from '../../../shared/contract/colleagues';
import { checkActionConsent } from '../../../shared/domain/consents';
import { AppError } from '../../../shared/errors';
import type { Database } from '../db/database';
import { execute, queryAll, queryOne } from '../db/sql';
import { auditCase, inTransaction, requireCase, type CaseHead } from '../records/case-access';
import { nowInstant, todayIsoDate } from '../records/clock';
import { listConsents, recordAction } from '../records/consents';
import { exportCase } from '../records/exchange/export';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, type ExportDocument } from '../records/exchange/export-format';
import { appendAudit } from '../audit/audit-log';
import { notFound } from '../records/input-issues';
import { requireConfirmedContact } from './contacts';
import { packageHash, recordSent, sealPackage } from './envelope';
import type { HandoverBody } from './package-bodies';
import { assertCaseIsOwn } from './shared-cases';

/*
 * Handing cases over to a successor or the other contact person: the whole case goes
 * (history, agreements with signature records and scans, the consent ledger, tasks,
 * bilag, learning points). Each case needs a standing consent to hand over, or the
 * override reason is recorded in its ledger. The cases stay here, read-only, until the
 * receiver's receipt confirms they arrived intact (receipts.ts); only then are they deleted.
 */

const HAND_OVER = { action: 'hand_over_case', otherAction: null } as const;

function casesToHandOver(db: Database, caseIds: readonly number[] | 'all-open'): CaseHead[] {
  const ids =
    caseIds === 'all-open'
      ? queryAll<{ id: number }>(db, "SELECT id FROM cases WHERE status <> 'closed' ORDER BY id").map((row) => row.id)
      : [...new Set(caseIds)];
  // A consultation copy or a case already handed over is not this vault's to hand over.
  const heads = ids.map((id) => requireCase(db, id)).filter((head) => caseIds !== 'all-open' || queryOne(db, 'SELECT 1 FROM locked_cases WHERE case_id = ?', head.id) === undefined);
  for (const head of heads) assertCaseIsOwn(db, head.id);
  if (heads.length === 0) throw notFound('open case');
  return heads;
}

export interface PreparedHandover {
  bytes: Uint8Array;
  packageId: string;
  commit(file: string): HandoverWritten;
}

export async function prepareHandover(
  db: Database,
  input: { caseIds: readonly number[] | 'all-open'; contactId: number; overrideReason: string | null },
): Promise<PreparedHandover> {
  const contact = requireConfirmedContact(db, input.contactId);
  const heads = casesToHandOver(db, input.caseIds);
  const checks = heads.map((head) => ({ head, check: checkActionConsent(listConsents(db, head.id), HAND_OVER, input.overrideReason) }));
  const refused = checks.filter(({ check }) => !check.permitted);
  if (refused.length > 0) {
    throw new AppError('CONSENT_REQUIRED', 'Some cases have no consent to hand over and no override reason.', {
      action: HAND_OVER.action,
      caseIds: refused.map(({ head }) => head.id),
    });
  }
  const document: ExportDocument = {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: nowInstant(),
    scope: 'vault',
    settings: null,
    cases: heads.map((head) => exportCase(db, head.id)),
    learningPoints: [],
  };
  const body: HandoverBody = { originCaseIds: heads.map((head) => head.id), document };
  const { bytes, packageId } = await sealPackage(db, { contactId: contact.id, kind: 'handover', body });
  return {
    bytes,
    packageId,
    commit: (file) =>
      inTransaction(db, () => {
        // The ledger first: recording the action must happen before the cases turn read-only.
        for (const { head, check } of checks) {
          const overrideReason = check.permitted && check.basis === 'override' ? check.overrideReason : null;
          recordAction(db, { caseId: head.id, ...HAND_OVER, takenOn: todayIsoDate(), overrideReason });
          auditCase(db, 'case.handover_sent', head);
        }
        recordSent(db, { packageId, kind: 'handover', contactId: contact.id, contactName: contact.name, sha256: packageHash(bytes), caseIds: heads.map((head) => head.id) });
        appendAudit(db, { action: 'colleagues.handover_sent', subject: `cases=${heads.length}` });
        return { file, packageId, bytes: bytes.byteLength, cases: heads.map((head) => ({ caseId: head.id, reference: head.reference })) };
      }),
  };
}

/** Takes a handover back before its receipt: the cases become editable again here. */
export function cancelHandover(db: Database, packageId: string): void {
  inTransaction(db, () => {
    const sent = queryOne<{ receiptAt: string | null }>(
      db,
      "SELECT receipt_at AS receiptAt FROM sent_packages WHERE package_id = ? AND kind = 'handover' AND cancelled_at IS NULL",
      packageId,
    );
    if (sent === undefined || sent.receiptAt !== null) throw notFound('handover awaiting its receipt');
    execute(db, 'UPDATE sent_packages SET cancelled_at = ? WHERE package_id = ?', nowInstant(), packageId);
    appendAudit(db, { action: 'colleagues.handover_cancelled', subject: `package=${packageId.slice(0, 8)}` });
  });
}
