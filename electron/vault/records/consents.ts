import {
  checkActionConsent,
  consentEntryErrors,
  type ConsentEntryErrorCode,
} from '../../../shared/domain/consents';
import type {
  ActionTakenInput,
  ActionTakenRecord,
  ActionTakenResult,
  ConsentEntryInput,
  ConsentEntryRecord,
} from '../../../shared/domain/schemas/consent';
import type { ConsentDecision } from '../../../shared/domain/vocabulary';
import { AppError } from '../../../shared/errors';
import type { Database } from '../db/database';
import { auditCase, inTransaction, requireCase } from './case-access';
import { nowInstant } from './clock';
import { invalidInput } from './input-issues';
import { execute, queryAll, queryOne } from '../db/sql';

/*
 * "Det er altid den, der oplever en hændelse, der bestemmer". The consent ledger is
 * append-only: a changed mind is a new entry. An action that tells someone new about the
 * case is recorded only on a standing consent or with an override reason, which is kept
 * with the action and shown with it.
 */

const CONSENT_COLUMNS = `id, case_id AS caseId, action, other_action AS otherAction, decision, form,
  decided_on AS decidedOn, scope, consultation_scope AS consultationScope, recorded_at AS recordedAt`;

const ACTION_COLUMNS = `id, case_id AS caseId, action, other_action AS otherAction, taken_on AS takenOn,
  override_reason AS overrideReason, recorded_at AS recordedAt`;

/** The ledger in recording order, as the shared consent rules expect it. */
export function listConsents(db: Database, caseId: number): ConsentEntryRecord[] {
  return queryAll<ConsentEntryRecord>(db, `SELECT ${CONSENT_COLUMNS} FROM consents WHERE case_id = ? ORDER BY id`, caseId);
}

export function listActionsTaken(db: Database, caseId: number): ActionTakenRecord[] {
  return queryAll<ActionTakenRecord>(db, `SELECT ${ACTION_COLUMNS} FROM actions_taken WHERE case_id = ? ORDER BY id`, caseId);
}

const CONSENT_AUDIT_ACTIONS: Readonly<Record<ConsentDecision, string>> = {
  granted: 'consent.grant',
  declined: 'consent.decline',
  withdrawn: 'consent.withdraw',
};

const ENTRY_ERROR_PATHS: Readonly<Record<ConsentEntryErrorCode, string>> = {
  withdraw_without_grant: 'decision',
  other_action_description_required: 'otherAction',
};

export function recordConsent(db: Database, input: ConsentEntryInput): ConsentEntryRecord {
  return inTransaction(db, () => {
    const head = requireCase(db, input.caseId);
    const errors = consentEntryErrors(listConsents(db, head.id), input);
    if (errors.length > 0) {
      throw invalidInput(
        'The consent entry does not fit the ledger',
        errors.map((code) => ({ path: ENTRY_ERROR_PATHS[code], code })),
      );
    }
    const { lastId } = execute(
      db,
      `INSERT INTO consents (case_id, action, other_action, decision, form, decided_on, scope, consultation_scope, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      head.id,
      input.action,
      input.otherAction,
      input.decision,
      input.form,
      input.decidedOn,
      input.scope,
      input.consultationScope,
      nowInstant(),
    );
    auditCase(db, CONSENT_AUDIT_ACTIONS[input.decision], head);
    return queryOne<ConsentEntryRecord>(db, `SELECT ${CONSENT_COLUMNS} FROM consents WHERE id = ?`, lastId) as ConsentEntryRecord;
  });
}

/**
 * Records that an action was taken. Throws CONSENT_REQUIRED (with the action and the
 * consent state, never the scope or any text) unless the person's consent stands or a
 * real override reason is given.
 */
export function recordAction(db: Database, input: ActionTakenInput): ActionTakenResult {
  return inTransaction(db, () => {
    const head = requireCase(db, input.caseId);
    const check = checkActionConsent(listConsents(db, head.id), input, input.overrideReason);
    if (!check.permitted) {
      throw new AppError('CONSENT_REQUIRED', 'The affected person has not consented to this action', {
        action: check.action,
        consentState: check.consentState,
      });
    }
    const overrideReason = check.basis === 'override' ? check.overrideReason : null;
    const { lastId } = execute(
      db,
      `INSERT INTO actions_taken (case_id, action, other_action, taken_on, override_reason, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
      head.id,
      input.action,
      input.otherAction,
      input.takenOn,
      overrideReason,
      nowInstant(),
    );
    auditCase(db, check.basis === 'override' ? 'action.record_override' : 'action.record', head);
    return {
      record: queryOne<ActionTakenRecord>(db, `SELECT ${ACTION_COLUMNS} FROM actions_taken WHERE id = ?`, lastId) as ActionTakenRecord,
      basis: check.basis,
      scope: check.basis === 'consent' ? check.scope : null,
    };
  });
}
