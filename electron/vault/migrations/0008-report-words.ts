import type { Migration } from './migration';

/*
 * The re-identification guard's harvest of case texts, kept up to date instead of redone
 * for every report (electron/vault/report/source/case-words.ts):
 *
 * - `report_case_words`: per case, the capitalised words of its texts that do not start a
 *   sentence (candidate proper nouns: places, events, people named only in a note), as a
 *   JSON array. Encrypted like everything in the vault; deleted with its case.
 * - `report_words_dirty`: the cases whose texts changed since their words were harvested.
 *   Triggers on every table the harvest reads mark the case in the same transaction as
 *   the change, so the stored words are never silently stale. Existing cases start dirty.
 * - Covering indexes for the report's per-case facts (report/source/read-case-facts.ts):
 *   without them each case's "any conversation note?" reads note rows, bodies and all
 *   (at 10,000 cases 230–350 ms of a cold report; with them about 105 ms).
 */
export const reportWords: Migration = {
  version: 8,
  name: 'report-words',
  sql: `
  CREATE TABLE report_case_words (
    case_id INTEGER PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    words   TEXT NOT NULL CHECK (json_valid(words) AND json_type(words) = 'array')
  ) STRICT;

  CREATE TABLE report_words_dirty (
    case_id INTEGER PRIMARY KEY
  ) STRICT;

  INSERT INTO report_words_dirty (case_id) SELECT id FROM cases;

  CREATE INDEX notes_by_case_kind ON notes (case_id, kind);
  CREATE INDEX parties_by_case_role ON parties (case_id, role, organisational_role, under18);
  CREATE INDEX conversations_by_case_status ON conversations (case_id, status);
  CREATE INDEX actions_taken_by_case_action ON actions_taken (case_id, action);
  CREATE INDEX agreements_by_case_signed ON agreements (case_id, signed_on);

  CREATE TRIGGER report_words_parties_insert AFTER INSERT ON parties
    BEGIN INSERT OR IGNORE INTO report_words_dirty (case_id) VALUES (NEW.case_id); END;
  CREATE TRIGGER report_words_parties_update AFTER UPDATE ON parties
    BEGIN INSERT OR IGNORE INTO report_words_dirty (case_id) VALUES (NEW.case_id); END;
  CREATE TRIGGER report_words_parties_delete AFTER DELETE ON parties
    BEGIN INSERT OR IGNORE INTO report_words_dirty (case_id) VALUES (OLD.case_id); END;
  CREATE TRIGGER report_words_notes_insert AFTER INSERT ON notes
    BEGIN INSERT OR IGNORE INTO report_words_dirty (case_id) VALUES (NEW.case_id); END;
  CREATE TRIGGER report_words_notes_update AFTER UPDATE ON notes
    BEGIN INSERT OR IGNORE INTO report_words_dirty (case_id) VALUES (NEW.case_id); END;
  CREATE TRIGGER report_words_notes_delete AFTER DELETE ON notes
    BEGIN INSERT OR IGNORE INTO report_words_dirty (case_id) VALUES (OLD.case_id); END;
  CREATE TRIGGER report_words_conversations_insert AFTER INSERT ON conversations
    BEGIN INSERT OR IGNORE INTO report_words_dirty (case_id) VALUES (NEW.case_id); END;
  CREATE TRIGGER report_words_conversations_update AFTER UPDATE ON conversations
    BEGIN INSERT OR IGNORE INTO report_words_dirty (case_id) VALUES (NEW.case_id); END;
  CREATE TRIGGER report_words_conversations_delete AFTER DELETE ON conversations
    BEGIN INSERT OR IGNORE INTO report_words_dirty (case_id) VALUES (OLD.case_id); END;
  CREATE TRIGGER report_words_consents_insert AFTER INSERT ON consents
    BEGIN INSERT OR IGNORE INTO report_words_dirty (case_id) VALUES (NEW.case_id); END;
  CREATE TRIGGER report_words_consents_update AFTER UPDATE ON consents
    BEGIN INSERT OR IGNORE INTO report_words_dirty (case_id) VALUES (NEW.case_id); END;
  CREATE TRIGGER report_words_consents_delete AFTER DELETE ON consents
    BEGIN INSERT OR IGNORE INTO report_words_dirty (case_id) VALUES (OLD.case_id); END;
  CREATE TRIGGER report_words_severity_assessments_insert AFTER INSERT ON severity_assessments
    BEGIN INSERT OR IGNORE INTO report_words_dirty (case_id) VALUES (NEW.case_id); END;
  CREATE TRIGGER report_words_severity_assessments_update AFTER UPDATE ON severity_assessments
    BEGIN INSERT OR IGNORE INTO report_words_dirty (case_id) VALUES (NEW.case_id); END;
  CREATE TRIGGER report_words_severity_assessments_delete AFTER DELETE ON severity_assessments
    BEGIN INSERT OR IGNORE INTO report_words_dirty (case_id) VALUES (OLD.case_id); END;
  CREATE TRIGGER report_words_tasks_insert AFTER INSERT ON tasks
    BEGIN INSERT OR IGNORE INTO report_words_dirty (case_id) VALUES (NEW.case_id); END;
  CREATE TRIGGER report_words_tasks_update AFTER UPDATE ON tasks
    BEGIN INSERT OR IGNORE INTO report_words_dirty (case_id) VALUES (NEW.case_id); END;
  CREATE TRIGGER report_words_tasks_delete AFTER DELETE ON tasks
    BEGIN INSERT OR IGNORE INTO report_words_dirty (case_id) VALUES (OLD.case_id); END;
  CREATE TRIGGER report_words_agreements_insert AFTER INSERT ON agreements
    BEGIN INSERT OR IGNORE INTO report_words_dirty (case_id) VALUES (NEW.case_id); END;
  CREATE TRIGGER report_words_agreements_update AFTER UPDATE ON agreements
    BEGIN INSERT OR IGNORE INTO report_words_dirty (case_id) VALUES (NEW.case_id); END;
  CREATE TRIGGER report_words_agreements_delete AFTER DELETE ON agreements
    BEGIN INSERT OR IGNORE INTO report_words_dirty (case_id) VALUES (OLD.case_id); END;
  CREATE TRIGGER report_words_note_versions_insert AFTER INSERT ON note_versions
    BEGIN INSERT OR IGNORE INTO report_words_dirty (case_id) SELECT case_id FROM notes WHERE id = NEW.note_id; END;
  CREATE TRIGGER report_words_note_versions_update AFTER UPDATE ON note_versions
    BEGIN INSERT OR IGNORE INTO report_words_dirty (case_id) SELECT case_id FROM notes WHERE id = NEW.note_id; END;
  CREATE TRIGGER report_words_note_versions_delete AFTER DELETE ON note_versions
    BEGIN INSERT OR IGNORE INTO report_words_dirty (case_id) SELECT case_id FROM notes WHERE id = OLD.note_id; END;
  CREATE TRIGGER report_words_cases_insert AFTER INSERT ON cases
    BEGIN INSERT OR IGNORE INTO report_words_dirty (case_id) VALUES (NEW.id); END;
  CREATE TRIGGER report_words_cases_update AFTER UPDATE OF summary ON cases
    BEGIN INSERT OR IGNORE INTO report_words_dirty (case_id) VALUES (NEW.id); END;
  -- A deleted case leaves nothing behind here either (its words go by the foreign key).
  CREATE TRIGGER report_words_cases_delete AFTER DELETE ON cases
    BEGIN DELETE FROM report_words_dirty WHERE case_id = OLD.id; END;
  `,
};
