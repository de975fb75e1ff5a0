import {
  noteDraftSchema,
  type FormDraftKey,
  type FormDraftKind,
  type FormDraftRecord,
  type FormDraftValues,
  type NoteDraftSummary,
} from '../../../shared/contract/drafts';
import { AppError } from '../../../shared/errors';
import type { Database } from '../db/database';
import { execute, queryAll, queryOne } from '../db/sql';
import { inTransaction, requireCase } from '../records/case-access';
import { nowInstant } from '../records/clock';
import { invalidInput, notFound } from '../records/input-issues';

/*
 * Drafts of every form with free text live in the vault's `form_drafts` table (migration
 * 0005), one row per form, case and edited record, so they are as encrypted as the
 * records themselves and go wherever the vault goes. secure_delete zeroes a discarded
 * draft's pages.
 *
 * Saving a draft is not audited: it happens every few seconds while typing and is not a
 * change to the case record; saving the form is.
 *
 * A draft belongs to its case: the case's deletion cascades to it (and calls
 * `discardCaseDrafts` as well). A draft of an edited record that has since been removed
 * can never be opened again, so reads drop those.
 */

/** The table of the record a form edits; forms without one only ever make new records. */
const TARGET_TABLES: Partial<Record<FormDraftKind, string>> = {
  note: 'notes',
  agreement: 'agreements',
  conversation: 'conversations',
  'learning-point': 'learning_points',
  task: 'tasks',
};

interface DraftRow {
  form: FormDraftKind;
  caseId: number | null;
  target: number | null;
  draft: string;
  savedAt: string;
}

const KEY_MATCH = 'form = ? AND case_id IS ? AND target IS ?';
const keyParams = (key: FormDraftKey) => [key.form, key.caseId, key.target] as const;

function parseRow(row: DraftRow): FormDraftRecord {
  const values = JSON.parse(row.draft) as FormDraftValues;
  // Only a change made outside the app produces this; it is reported, not silently dropped.
  if (row.form === 'note' && !noteDraftSchema.safeParse(values).success) {
    throw new AppError('VAULT_CORRUPT', 'A stored note draft is not valid.');
  }
  return { key: { form: row.form, caseId: row.caseId, target: row.target }, values, savedAt: row.savedAt };
}

/** Removes every draft of one case; part of deleting the case. */
export function discardCaseDrafts(db: Database, caseId: number): void {
  execute(db, 'DELETE FROM form_drafts WHERE case_id = ?', caseId);
}

/** Removes drafts of records that were removed since. */
function purgeOrphans(db: Database): void {
  for (const [form, table] of Object.entries(TARGET_TABLES)) {
    execute(
      db,
      `DELETE FROM form_drafts WHERE form = ? AND target IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM ${table} WHERE id = form_drafts.target AND case_id = form_drafts.case_id)`,
      form,
    );
  }
}

/** The case must exist, and an edited record must be one of its records. */
function requireDraftTarget(db: Database, key: FormDraftKey): void {
  if (key.caseId !== null) requireCase(db, key.caseId);
  if (key.target === null) return;
  const table = TARGET_TABLES[key.form];
  if (table === undefined) throw invalidInput('This form only makes new records', [{ path: 'target', code: 'no_target' }]);
  const row = queryOne<{ caseId: number }>(db, `SELECT case_id AS caseId FROM ${table} WHERE id = ?`, key.target);
  if (row === undefined) throw notFound(table);
  if (row.caseId !== key.caseId) throw invalidInput('The record belongs to another case', [{ path: 'target', code: 'wrong_case' }]);
}

const SELECT_ROW = `SELECT form, case_id AS caseId, target, draft, saved_at AS savedAt FROM form_drafts`;

export function getFormDraft(db: Database, key: FormDraftKey): FormDraftRecord | null {
  return inTransaction(db, () => {
    purgeOrphans(db);
    const row = queryOne<DraftRow>(db, `${SELECT_ROW} WHERE ${KEY_MATCH}`, ...keyParams(key));
    return row === undefined ? null : parseRow(row);
  });
}

export function saveFormDraft(db: Database, key: FormDraftKey, values: FormDraftValues): { savedAt: string } {
  if (key.form === 'note' && !noteDraftSchema.safeParse(values).success) {
    throw invalidInput('Not the fields of a note', [{ path: 'values', code: 'invalid_note_draft' }]);
  }
  return inTransaction(db, () => {
    requireDraftTarget(db, key);
    const savedAt = nowInstant();
    execute(db, `DELETE FROM form_drafts WHERE ${KEY_MATCH}`, ...keyParams(key));
    execute(
      db,
      'INSERT INTO form_drafts (form, case_id, target, draft, saved_at) VALUES (?, ?, ?, ?, ?)',
      ...keyParams(key),
      JSON.stringify(values),
      savedAt,
    );
    return { savedAt };
  });
}

/** Discarding a draft that does not exist is not an error: the outcome is the same. */
export function discardFormDraft(db: Database, key: FormDraftKey): void {
  execute(db, `DELETE FROM form_drafts WHERE ${KEY_MATCH}`, ...keyParams(key));
}

/** Every waiting note draft without its text, newest first. */
export function listNoteDrafts(db: Database): NoteDraftSummary[] {
  return inTransaction(db, () => {
    purgeOrphans(db);
    return queryAll<NoteDraftSummary>(
      db,
      `SELECT d.case_id AS caseId, d.target AS noteId, c.reference, d.saved_at AS savedAt
       FROM form_drafts d JOIN cases c ON c.id = d.case_id
       WHERE d.form = 'note' ORDER BY d.saved_at DESC, d.id DESC`,
    );
  });
}
