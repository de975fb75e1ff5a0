import type { Migration } from './migration';

/*
 * Drafts of every form with free text (drafts/form-drafts.ts), one row per form, case and
 * target record. They were settings rows for notes only (`draft:note:<caseId>:<noteId|new>`);
 * those move here in the same transaction, so the upgrade loses no typed word.
 *
 * - `case_id` is NULL only for the intake, which has no case yet; a case's drafts go with
 *   it (ON DELETE CASCADE), besides the explicit delete in the case deletion.
 * - `target` is the record being edited (a note, an agreement version, …), NULL for a new one.
 * - A malformed old row, which only a change outside the app produces, is left where it
 *   is rather than dropped; a draft of a case that no longer exists is removed.
 */
export const formDrafts: Migration = {
  version: 5,
  name: 'form-drafts',
  sql: `
    CREATE TABLE form_drafts (
      id       INTEGER PRIMARY KEY,
      form     TEXT NOT NULL,
      case_id  INTEGER REFERENCES cases (id) ON DELETE CASCADE,
      target   INTEGER,
      draft    TEXT NOT NULL CHECK (json_valid(draft) AND json_type(draft) = 'object'),
      saved_at TEXT NOT NULL
    ) STRICT;
    CREATE UNIQUE INDEX form_drafts_by_key ON form_drafts (form, ifnull(case_id, 0), ifnull(target, 0));
    CREATE INDEX form_drafts_by_case ON form_drafts (case_id);

    INSERT INTO form_drafts (form, case_id, target, draft, saved_at)
      SELECT 'note', json_extract(value, '$.caseId'), json_extract(value, '$.noteId'),
             json_extract(value, '$.draft'), json_extract(value, '$.savedAt')
      FROM settings
      WHERE key LIKE 'draft:note:%'
        AND json_type(value, '$.draft') = 'object'
        AND json_type(value, '$.savedAt') = 'text'
        AND json_extract(value, '$.caseId') IN (SELECT id FROM cases);
    DELETE FROM settings
      WHERE key LIKE 'draft:note:%'
        AND json_type(value, '$.draft') = 'object'
        AND json_type(value, '$.savedAt') = 'text';
  `,
};
