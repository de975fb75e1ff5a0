import {
  noteDraftSchema,
  type NoteDraft,
  type NoteDraftKey,
  type NoteDraftRecord,
  type NoteDraftSummary,
} from '../../../shared/contract/drafts';
import { AppError } from '../../../shared/errors';
import type { Database } from '../db/database';
import { inTransaction, requireCase, requireCaseOf } from '../records/case-access';
import { nowInstant } from '../records/clock';
import { invalidInput } from '../records/input-issues';
import { execute, queryAll, queryOne } from '../db/sql';

/*
 * Note drafts live in the vault's `settings` table (migration 0001), one row per case and
 * note under `draft:note:<caseId>:<noteId|new>`, so they are as encrypted as the notes and
 * go wherever the vault goes. secure_delete zeroes a discarded draft's pages.
 *
 * Saving a draft is not audited: it happens every few seconds while typing and is not a
 * change to the case record; the note's creation or edit is.
 *
 * A draft belongs to a case, and deleting the case must not leave its text behind: the
 * case deletion calls `discardCaseDrafts` in its transaction. Reads also drop drafts whose
 * case or note is gone, for vaults written before that.
 */

const KEY_PREFIX = 'draft:note:';

interface StoredDraft {
  caseId: number;
  noteId: number | null;
  draft: NoteDraft;
  savedAt: string;
}

function storageKey({ caseId, noteId }: NoteDraftKey): string {
  return `${KEY_PREFIX}${caseId}:${noteId ?? 'new'}`;
}

function parseStored(value: string): StoredDraft {
  const stored = JSON.parse(value) as Partial<StoredDraft>;
  const draft = noteDraftSchema.safeParse(stored.draft);
  const wellFormed =
    draft.success &&
    typeof stored.caseId === 'number' &&
    (stored.noteId === null || typeof stored.noteId === 'number') &&
    typeof stored.savedAt === 'string';
  // Only a change made outside the app produces this; it is reported, not silently dropped.
  if (!wellFormed) throw new AppError('VAULT_CORRUPT', 'A stored note draft is not valid.');
  return { caseId: stored.caseId as number, noteId: stored.noteId ?? null, draft: draft.data, savedAt: stored.savedAt as string };
}

/** Removes every draft of one case; part of deleting the case. */
export function discardCaseDrafts(db: Database, caseId: number): void {
  execute(db, `DELETE FROM settings WHERE key LIKE ?`, `${KEY_PREFIX}${caseId}:%`);
}

/** Removes drafts of deleted cases and notes. */
function purgeOrphans(db: Database): void {
  execute(
    db,
    `DELETE FROM settings WHERE key LIKE '${KEY_PREFIX}%' AND (
       json_extract(value, '$.caseId') NOT IN (SELECT id FROM cases)
       OR (json_extract(value, '$.noteId') IS NOT NULL
           AND json_extract(value, '$.noteId') NOT IN (SELECT id FROM notes WHERE case_id = json_extract(value, '$.caseId'))))`,
  );
}

/** The case must exist, and an edited note must belong to it. */
function requireDraftTarget(db: Database, key: NoteDraftKey): void {
  const head = key.noteId === null ? requireCase(db, key.caseId) : requireCaseOf(db, 'notes', key.noteId);
  if (head.id !== key.caseId) throw invalidInput('The note belongs to another case', [{ path: 'noteId', code: 'wrong_case' }]);
}

export function getNoteDraft(db: Database, key: NoteDraftKey): NoteDraftRecord | null {
  return inTransaction(db, () => {
    purgeOrphans(db);
    const row = queryOne<{ value: string }>(db, 'SELECT value FROM settings WHERE key = ?', storageKey(key));
    return row === undefined ? null : parseStored(row.value);
  });
}

export function saveNoteDraft(db: Database, key: NoteDraftKey, draft: NoteDraft): { savedAt: string } {
  return inTransaction(db, () => {
    requireDraftTarget(db, key);
    const savedAt = nowInstant();
    const stored: StoredDraft = { caseId: key.caseId, noteId: key.noteId, draft, savedAt };
    execute(
      db,
      `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
      storageKey(key),
      JSON.stringify(stored),
      savedAt,
    );
    return { savedAt };
  });
}

/** Discarding a draft that does not exist is not an error: the outcome is the same. */
export function discardNoteDraft(db: Database, key: NoteDraftKey): void {
  execute(db, 'DELETE FROM settings WHERE key = ?', storageKey(key));
}

/** Every waiting draft without its text, newest first. */
export function listNoteDrafts(db: Database): NoteDraftSummary[] {
  return inTransaction(db, () => {
    purgeOrphans(db);
    const rows = queryAll<{ value: string }>(db, `SELECT value FROM settings WHERE key LIKE '${KEY_PREFIX}%'`);
    return rows
      .map((row) => parseStored(row.value))
      .map(({ caseId, noteId, savedAt }) => ({
        caseId,
        noteId,
        savedAt,
        reference: (queryOne<{ reference: string }>(db, 'SELECT reference FROM cases WHERE id = ?', caseId) as { reference: string })
          .reference,
      }))
      .sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  });
}
