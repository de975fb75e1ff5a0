import type { IsoDate } from '../../../shared/domain/iso-date';
import type { CaseContext, CaseStatus } from '../../../shared/domain/vocabulary';
import { appendAudit } from '../audit/audit-log';
import type { Database } from '../db/database';
import { notFound } from './input-issues';
import { queryOne } from '../db/sql';

/** What most services need to know about a case before touching it. */
export interface CaseHead {
  id: number;
  reference: string;
  status: CaseStatus;
  receivedDate: IsoDate;
  closedDate: IsoDate | null;
  context: CaseContext | null;
}

export function requireCase(db: Database, caseId: number): CaseHead {
  const head = queryOne<CaseHead>(
    db,
    `SELECT id, reference, status, received_date AS receivedDate, closed_date AS closedDate, context
     FROM cases WHERE id = ?`,
    caseId,
  );
  if (head === undefined) throw notFound('case');
  return head;
}

/** The case with this reference (as the CLI and people name cases); NOT_FOUND otherwise. */
export function requireCaseByReference(db: Database, reference: string): CaseHead {
  const row = queryOne<{ id: number }>(db, 'SELECT id FROM cases WHERE reference = ?', reference);
  if (row === undefined) throw notFound('case');
  return requireCase(db, row.id);
}

/** Tables whose rows belong to one case through `case_id`. */
type CaseChildTable = 'parties' | 'notes' | 'conversations' | 'tasks' | 'attachments';

/** The case a row belongs to; NOT_FOUND when the row does not exist. */
export function requireCaseOf(db: Database, table: CaseChildTable, id: number): CaseHead {
  const row = queryOne<{ caseId: number }>(db, `SELECT case_id AS caseId FROM ${table} WHERE id = ?`, id);
  if (row === undefined) throw notFound(table);
  return requireCase(db, row.caseId);
}

/**
 * Every view, change, export and deletion of a case is logged with the case reference
 * as the only subject: the audit log must never hold case content.
 */
export function auditCase(db: Database, action: string, head: Pick<CaseHead, 'reference'>): void {
  appendAudit(db, { action, subject: head.reference });
}

/** Runs `work` in one write transaction (a savepoint when already inside one). */
export function inTransaction<T>(db: Database, work: () => T): T {
  return db.transaction(work).immediate();
}
