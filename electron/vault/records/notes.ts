import type { NoteCreateInput, NoteEditInput, NoteRecord, NoteVersionRecord } from '../../../shared/domain/schemas/note';
import type { Database } from '../db/database';
import { auditCase, inTransaction, requireCase, requireCaseOf } from './case-access';
import { nowInstant } from './clock';
import { invalidInput } from './input-issues';
import { execute, queryAll, queryOne } from '../db/sql';

/*
 * The journal (sagsnotater). `notes` holds each note's current text; an edit first
 * copies the text it replaces into `note_versions` with the time it was written, so
 * every earlier wording stays readable and dated. Only the current text is searchable.
 */

const NOTE_COLUMNS = `id, case_id AS caseId, kind, note_date AS noteDate, title, body, version,
  edit_reason AS editReason, created_at AS createdAt, updated_at AS updatedAt`;

export function listNotes(db: Database, caseId: number): NoteRecord[] {
  return queryAll<NoteRecord>(db, `SELECT ${NOTE_COLUMNS} FROM notes WHERE case_id = ? ORDER BY note_date, id`, caseId);
}

function getNote(db: Database, id: number): NoteRecord {
  return queryOne<NoteRecord>(db, `SELECT ${NOTE_COLUMNS} FROM notes WHERE id = ?`, id) as NoteRecord;
}

export function createNote(db: Database, input: NoteCreateInput): NoteRecord {
  return inTransaction(db, () => {
    const head = requireCase(db, input.caseId);
    const at = nowInstant();
    const { lastId } = execute(
      db,
      `INSERT INTO notes (case_id, kind, note_date, title, body, version, edit_reason, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 1, NULL, ?, ?)`,
      head.id,
      input.kind,
      input.noteDate,
      input.title,
      input.body,
      at,
      at,
    );
    auditCase(db, 'note.create', head);
    return getNote(db, lastId);
  });
}

/**
 * Replaces a note's text, keeping the one it replaces. Refused when the edit was made
 * from an older version than the current one (someone saved in between) or changes
 * nothing, so no newer text is silently lost and the history holds only real edits.
 */
export function editNote(db: Database, input: NoteEditInput): NoteRecord {
  return inTransaction(db, () => {
    const head = requireCaseOf(db, 'notes', input.id);
    const current = getNote(db, input.id);
    if (current.version !== input.basedOnVersion) {
      throw invalidInput('The note changed since this edit began', [{ path: 'basedOnVersion', code: 'stale_version' }]);
    }
    const unchanged =
      current.kind === input.kind &&
      current.noteDate === input.noteDate &&
      current.title === input.title &&
      current.body === input.body;
    if (unchanged) throw invalidInput('The edit changes nothing', [{ path: 'body', code: 'no_change' }]);

    execute(
      db,
      `INSERT INTO note_versions (note_id, version, kind, note_date, title, body, edit_reason, written_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      current.id,
      current.version,
      current.kind,
      current.noteDate,
      current.title,
      current.body,
      current.editReason,
      current.updatedAt,
    );
    execute(
      db,
      `UPDATE notes SET kind = ?, note_date = ?, title = ?, body = ?, version = version + 1, edit_reason = ?, updated_at = ?
       WHERE id = ?`,
      input.kind,
      input.noteDate,
      input.title,
      input.body,
      input.editReason,
      nowInstant(),
      current.id,
    );
    auditCase(db, 'note.edit', head);
    return getNote(db, current.id);
  });
}

/** Earlier versions only, oldest first. */
export function listEarlierNoteVersions(db: Database, noteId: number): NoteVersionRecord[] {
  return queryAll<NoteVersionRecord>(
    db,
    `SELECT note_id AS noteId, version, kind, note_date AS noteDate, title, body, edit_reason AS editReason,
            written_at AS writtenAt
     FROM note_versions WHERE note_id = ? ORDER BY version`,
    noteId,
  );
}

/** Every text the note has had, oldest first, the current one last. Reading it is audited. */
export function noteHistory(db: Database, noteId: number): NoteVersionRecord[] {
  return inTransaction(db, () => {
    const head = requireCaseOf(db, 'notes', noteId);
    const current = getNote(db, noteId);
    auditCase(db, 'note.history_view', head);
    return [
      ...listEarlierNoteVersions(db, noteId),
      {
        noteId: current.id,
        version: current.version,
        kind: current.kind,
        noteDate: current.noteDate,
        title: current.title,
        body: current.body,
        editReason: current.editReason,
        writtenAt: current.updatedAt,
      },
    ];
  });
}
