import { assertTransition, isReopening } from '../../../shared/domain/case-status';
import { findCategory } from '../../../shared/domain/categories';
import { compareIsoDates, parseIsoDate } from '../../../shared/domain/iso-date';
import type {
  CaseCreateInput,
  CaseRecord,
  CaseStatusChangeRecord,
  CaseTransitionInput,
  CaseUpdateInput,
} from '../../../shared/domain/schemas/case';
import { AppError } from '../../../shared/errors';
import type { Database } from '../db/database';
import { auditCase, inTransaction, requireCase, type CaseHead } from './case-access';
import { issueCaseReference } from './case-references';
import { nowInstant } from './clock';
import { invalidInput } from './input-issues';
import { execute, queryAll, queryOne } from '../db/sql';
import { getVaultSettings } from './vault-settings';

export const CASE_COLUMNS = `id, reference, received_date AS receivedDate, channel, reporter_kind AS reporterKind,
  category, context, summary, status, closed_date AS closedDate, outcome,
  created_at AS createdAt, updated_at AS updatedAt`;

export function getCaseRecord(db: Database, caseId: number): CaseRecord {
  const head = requireCase(db, caseId);
  return queryOne<CaseRecord>(db, `SELECT ${CASE_COLUMNS} FROM cases WHERE id = ?`, head.id) as CaseRecord;
}

export function listStatusHistory(db: Database, caseId: number): CaseStatusChangeRecord[] {
  return queryAll<CaseStatusChangeRecord>(
    db,
    `SELECT id, case_id AS caseId, from_status AS "from", to_status AS "to", reason,
            closed_date AS closedDate, outcome, changed_at AS changedAt
     FROM case_status_changes WHERE case_id = ? ORDER BY id`,
    caseId,
  );
}

/** A new case must be filed under a category the vault offers; old cases keep theirs. */
function assertKnownCategory(db: Database, category: string | null | undefined): void {
  if (category === null || category === undefined) return;
  if (findCategory(getVaultSettings(db).categories, category) === undefined) {
    throw invalidInput('The category is not one of the vault settings', [{ path: 'category', code: 'unknown_category' }]);
  }
}

function receivedYear(receivedDate: string): number {
  const parsed = parseIsoDate(receivedDate);
  if (parsed === null) throw new AppError('INVALID_INPUT', 'Expected a calendar date as YYYY-MM-DD');
  return parsed.year;
}

/** "Ny henvendelse": only when and how it came in need to be known. */
export function createCase(db: Database, input: CaseCreateInput): CaseRecord {
  assertKnownCategory(db, input.category);
  return inTransaction(db, () => {
    const at = nowInstant();
    const reference = issueCaseReference(db, receivedYear(input.receivedDate));
    const { lastId } = execute(
      db,
      `INSERT INTO cases (reference, received_date, channel, reporter_kind, category, context, summary,
                          status, closed_date, outcome, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'received', NULL, NULL, ?, ?)`,
      reference,
      input.receivedDate,
      input.channel,
      input.reporterKind,
      input.category,
      input.context,
      input.summary,
      at,
      at,
    );
    auditCase(db, 'case.create', { reference });
    return getCaseRecord(db, lastId);
  });
}

const UPDATABLE_COLUMNS = {
  receivedDate: 'received_date',
  channel: 'channel',
  reporterKind: 'reporter_kind',
  category: 'category',
  context: 'context',
  summary: 'summary',
} as const;

/** Changes the case's own fields; the reference stays, even when the received date moves. */
export function updateCase(db: Database, input: CaseUpdateInput): CaseRecord {
  return inTransaction(db, () => {
    const head = requireCase(db, input.id);
    assertKnownCategory(db, input.category);
    if (input.receivedDate !== undefined && head.closedDate !== null && compareIsoDates(head.closedDate, input.receivedDate) < 0) {
      throw invalidInput('A closed case cannot be received after it closed', [
        { path: 'receivedDate', code: 'closed_date_before_received' },
      ]);
    }
    for (const [field, column] of Object.entries(UPDATABLE_COLUMNS)) {
      const value = input[field as keyof typeof UPDATABLE_COLUMNS];
      if (value === undefined) continue;
      execute(db, `UPDATE cases SET ${column} = ? WHERE id = ?`, value, head.id);
    }
    execute(db, 'UPDATE cases SET updated_at = ? WHERE id = ?', nowInstant(), head.id);
    auditCase(db, 'case.update', head);
    return getCaseRecord(db, head.id);
  });
}

function transitionAuditAction(head: CaseHead, input: CaseTransitionInput): string {
  if (input.to === 'closed') return 'case.close';
  if (isReopening(head.status, input.to)) return 'case.reopen';
  return 'case.status_change';
}

/**
 * Moves the case along the shared status rules (INVALID_TRANSITION with the reasons when
 * refused). Closing sets the closing date and outcome; reopening clears them from the
 * case, while the history row of the closing keeps them.
 */
export function transitionCase(db: Database, input: CaseTransitionInput): CaseRecord {
  return inTransaction(db, () => {
    const head = requireCase(db, input.caseId);
    assertTransition({ status: head.status, receivedDate: head.receivedDate }, input);
    const closing = input.to === 'closed';
    const closedDate = closing ? (input.closedDate ?? null) : null;
    const outcome = closing ? (input.outcome ?? null) : null;
    const at = nowInstant();
    execute(
      db,
      `INSERT INTO case_status_changes (case_id, from_status, to_status, reason, closed_date, outcome, changed_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
      head.id,
      head.status,
      input.to,
      input.reason ?? null,
      closedDate,
      outcome,
      at,
    );
    execute(
      db,
      'UPDATE cases SET status = ?, closed_date = ?, outcome = ?, updated_at = ? WHERE id = ?',
      input.to,
      closedDate,
      outcome,
      at,
      head.id,
    );
    auditCase(db, transitionAuditAction(head, input), head);
    return getCaseRecord(db, head.id);
  });
}
