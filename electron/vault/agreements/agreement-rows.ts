import type { AgreementSignature, AgreementStatusChange } from '../../../shared/contract/agreements';
import type { AgreementRecord } from '../../../shared/domain/schemas/agreement';
import type { AgreementStatus } from '../../../shared/domain/vocabulary';
import type { Database } from '../db/database';
import { AGREEMENT_COLUMNS, toAgreement, type AgreementRow } from '../records/agreements';
import { requireCase, type CaseHead } from '../records/case-access';
import { nowInstant } from '../records/clock';
import { notFound } from '../records/input-issues';
import { execute, queryAll, queryOne } from '../db/sql';

/*
 * Reading and writing the rows of one agreement version: the version itself (migration
 * 0002), its status changes and its signature record (migration 0004).
 */

export function getAgreement(db: Database, id: number): AgreementRecord {
  const row = queryOne<AgreementRow>(db, `SELECT ${AGREEMENT_COLUMNS} FROM agreements WHERE id = ?`, id);
  if (row === undefined) throw notFound('agreement');
  return toAgreement(row);
}

/** The version and the case it belongs to; NOT_FOUND when either is missing. */
export function requireAgreement(db: Database, id: number): { agreement: AgreementRecord; head: CaseHead } {
  const agreement = getAgreement(db, id);
  return { agreement, head: requireCase(db, agreement.caseId) };
}

/** The version in draft or ready to sign, if any: a case works on one version at a time. */
export function openVersionOf(db: Database, caseId: number): AgreementRecord | null {
  const row = queryOne<AgreementRow>(
    db,
    `SELECT ${AGREEMENT_COLUMNS} FROM agreements WHERE case_id = ? AND status IN ('draft', 'ready_to_sign') ORDER BY version DESC LIMIT 1`,
    caseId,
  );
  return row === undefined ? null : toAgreement(row);
}

/**
 * The version asked for by number; without a number, the version in force (the newest
 * signed one), else the newest version. NOT_FOUND when the case has no such version.
 */
export function pickAgreementVersion(db: Database, caseId: number, version: number | null): AgreementRecord {
  const row =
    version === null
      ? queryOne<AgreementRow>(
          db,
          `SELECT ${AGREEMENT_COLUMNS} FROM agreements WHERE case_id = ? ORDER BY status = 'signed' DESC, version DESC LIMIT 1`,
          caseId,
        )
      : queryOne<AgreementRow>(db, `SELECT ${AGREEMENT_COLUMNS} FROM agreements WHERE case_id = ? AND version = ?`, caseId, version);
  if (row === undefined) throw notFound('agreement');
  return toAgreement(row);
}

export function nextVersionNumber(db: Database, caseId: number): number {
  const row = queryOne<{ latest: number | null }>(db, 'SELECT max(version) AS latest FROM agreements WHERE case_id = ?', caseId);
  return (row?.latest ?? 0) + 1;
}

export function recordStatusChange(
  db: Database,
  agreementId: number,
  change: { from: AgreementStatus | null; to: AgreementStatus; reason: string | null },
): string {
  const at = nowInstant();
  execute(
    db,
    `INSERT INTO agreement_status_changes (agreement_id, from_status, to_status, reason, changed_at) VALUES (?, ?, ?, ?, ?)`,
    agreementId,
    change.from,
    change.to,
    change.reason,
    at,
  );
  return at;
}

/** Sets the status (the status change is recorded by the caller) and touches the version. */
export function setStatus(db: Database, agreementId: number, status: AgreementStatus, at: string): void {
  execute(db, 'UPDATE agreements SET status = ?, updated_at = ? WHERE id = ?', status, at, agreementId);
}

export function listStatusChanges(db: Database, agreementId: number): AgreementStatusChange[] {
  return queryAll<AgreementStatusChange>(
    db,
    `SELECT from_status AS "from", to_status AS "to", reason, changed_at AS changedAt
     FROM agreement_status_changes WHERE agreement_id = ? ORDER BY id`,
    agreementId,
  );
}

/** The last time each version of the case changed status, by agreement id. */
export function lastStatusChangeByVersion(db: Database, caseId: number): Map<number, string> {
  const rows = queryAll<{ agreementId: number; changedAt: string }>(
    db,
    `SELECT c.agreement_id AS agreementId, max(c.changed_at) AS changedAt
     FROM agreement_status_changes c JOIN agreements a ON a.id = c.agreement_id
     WHERE a.case_id = ? GROUP BY c.agreement_id`,
    caseId,
  );
  return new Map(rows.map((row) => [row.agreementId, row.changedAt]));
}

export function getSignature(db: Database, agreement: Pick<AgreementRecord, 'id' | 'signedOn'>): AgreementSignature | null {
  const row = queryOne<{ signedBy: string; form: AgreementSignature['form']; recordedAt: string }>(
    db,
    'SELECT signed_by AS signedBy, form, recorded_at AS recordedAt FROM agreement_signatures WHERE agreement_id = ?',
    agreement.id,
  );
  if (row === undefined || agreement.signedOn === null) return null;
  return { signedOn: agreement.signedOn, signedBy: JSON.parse(row.signedBy) as string[], form: row.form, recordedAt: row.recordedAt };
}

export function insertSignature(
  db: Database,
  agreementId: number,
  signature: Pick<AgreementSignature, 'signedBy' | 'form'>,
  recordedAt: string,
): void {
  execute(
    db,
    'INSERT INTO agreement_signatures (agreement_id, signed_by, form, recorded_at) VALUES (?, ?, ?, ?)',
    agreementId,
    JSON.stringify(signature.signedBy),
    signature.form,
    recordedAt,
  );
}

/** Which versions of a case have a signature record. */
export function signedVersionIds(db: Database, caseId: number): Set<number> {
  const rows = queryAll<{ id: number }>(
    db,
    'SELECT s.agreement_id AS id FROM agreement_signatures s JOIN agreements a ON a.id = s.agreement_id WHERE a.case_id = ?',
    caseId,
  );
  return new Set(rows.map((row) => row.id));
}
