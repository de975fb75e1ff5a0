import type { JointContributionSummary } from '../../../../shared/contract/joint-report';
import type { Database } from '../../db/database';
import { execute, queryAll, queryOne } from '../../db/sql';
import { nowInstant } from '../../records/clock';
import type { ReportPeriod } from '../../report/report-types';
import { parseContributionBody, type ContributionBody } from './contribution-body';

/*
 * The colleague's contributions and approvals as loaded into this vault (migration 0007).
 * Replay protection is the envelope's `received_packages`; these tables keep what the
 * joint report needs from each package.
 */

export interface StoredContribution {
  summary: JointContributionSummary;
  body: ContributionBody;
}

interface ContributionRow {
  packageId: string;
  contactId: number | null;
  contactName: string;
  fingerprint: string;
  createdAt: string;
  body: string;
}

const CONTRIBUTION_COLUMNS = `package_id AS packageId, contact_id AS contactId, contact_name AS contactName,
  fingerprint, created_at AS createdAt, body`;

function toStored(row: ContributionRow): StoredContribution {
  // Parsed again on the way out: the row came from disk, and the schema may have been tightened since.
  const body = parseContributionBody(JSON.parse(row.body));
  return {
    summary: {
      packageId: row.packageId,
      sender: { contactId: row.contactId ?? 0, name: row.contactName, fingerprint: row.fingerprint },
      period: body.period,
      createdAt: row.createdAt,
      learningPointCount: body.learningPoints.length,
    },
    body,
  };
}

export function insertContribution(
  db: Database,
  input: { packageId: string; sender: JointContributionSummary['sender']; createdAt: string; body: ContributionBody },
): void {
  execute(
    db,
    `INSERT INTO joint_contributions (package_id, contact_id, contact_name, fingerprint, period_from, period_to, body, created_at, received_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    input.packageId,
    input.sender.contactId,
    input.sender.name,
    input.sender.fingerprint,
    input.body.period.from,
    input.body.period.to,
    JSON.stringify(input.body),
    input.createdAt,
    nowInstant(),
  );
}

export function contributionByPackage(db: Database, packageId: string): StoredContribution | null {
  const row = queryOne<ContributionRow>(db, `SELECT ${CONTRIBUTION_COLUMNS} FROM joint_contributions WHERE package_id = ?`, packageId);
  return row === undefined ? null : toStored(row);
}

/**
 * The contributions the joint report of `period` combines: per colleague still in the
 * contacts, the newest one written for exactly that period (a newer one replaces an older).
 */
export function contributionsFor(db: Database, period: ReportPeriod): StoredContribution[] {
  const rows = queryAll<ContributionRow>(
    db,
    `SELECT ${CONTRIBUTION_COLUMNS} FROM joint_contributions
     WHERE period_from = ? AND period_to = ? AND contact_id IS NOT NULL
     ORDER BY created_at DESC, received_at DESC`,
    period.from,
    period.to,
  );
  const newest = new Map<number, ContributionRow>();
  for (const row of rows) if (row.contactId !== null && !newest.has(row.contactId)) newest.set(row.contactId, row);
  return [...newest.values()].sort((a, b) => (a.contactId ?? 0) - (b.contactId ?? 0)).map(toStored);
}

export function insertApproval(
  db: Database,
  input: { packageId: string; contactId: number; contactName: string; draftHash: string; createdAt: string },
): void {
  execute(
    db,
    `INSERT INTO joint_approvals (package_id, contact_id, contact_name, draft_hash, created_at, received_at) VALUES (?, ?, ?, ?, ?, ?)`,
    input.packageId,
    input.contactId,
    input.contactName,
    input.draftHash,
    input.createdAt,
    nowInstant(),
  );
}

export function approvalByPackage(db: Database, packageId: string): { contactId: number | null; draftHash: string } | null {
  return (
    queryOne<{ contactId: number | null; draftHash: string }>(
      db,
      'SELECT contact_id AS contactId, draft_hash AS draftHash FROM joint_approvals WHERE package_id = ?',
      packageId,
    ) ?? null
  );
}

/** Whether `contactId` approved exactly the draft with `draftHash`; else whether they approved an earlier one. */
export function approvalStatus(db: Database, contactId: number, draftHash: string | null): 'approved' | 'outdated' | 'missing' {
  const rows = queryAll<{ draftHash: string }>(db, 'SELECT draft_hash AS draftHash FROM joint_approvals WHERE contact_id = ?', contactId);
  if (draftHash !== null && rows.some((row) => row.draftHash === draftHash)) return 'approved';
  return rows.length > 0 ? 'outdated' : 'missing';
}
