import type { Migration } from './migration';
import { recordsSearch } from './0002-records-search';

/*
 * The case records. Every table hangs off `cases` with ON DELETE CASCADE, so deleting a
 * case removes all of it in one statement; secure_delete (set when the vault opens)
 * zeroes the freed pages. Codes (status, role, action …) are checked by the shared zod
 * schemas rather than by CHECK lists here, so a new code never needs a table rebuild;
 * the database enforces types, required fields, JSON shape and references.
 *
 * Ledger-like tables (status history, earlier note versions, consents, actions taken,
 * severity assessments) refuse UPDATE, and refuse DELETE while their case still
 * exists: they can only go together with the whole case.
 */
const tables = `
  CREATE TABLE cases (
    id            INTEGER PRIMARY KEY,
    reference     TEXT NOT NULL UNIQUE,
    received_date TEXT NOT NULL,
    channel       TEXT NOT NULL,
    reporter_kind TEXT,
    category      TEXT,
    context       TEXT,
    summary       TEXT,
    status        TEXT NOT NULL,
    closed_date   TEXT,
    outcome       TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    CHECK ((status = 'closed') = (closed_date IS NOT NULL AND outcome IS NOT NULL))
  ) STRICT;
  CREATE INDEX cases_by_received_date ON cases (received_date);

  -- The highest sequence ever given out per year, so a deleted case's number never returns.
  CREATE TABLE case_reference_counters (
    year          INTEGER PRIMARY KEY,
    last_sequence INTEGER NOT NULL CHECK (last_sequence >= 1)
  ) STRICT;

  CREATE TABLE case_status_changes (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    from_status TEXT NOT NULL,
    to_status   TEXT NOT NULL,
    reason      TEXT,
    closed_date TEXT,
    outcome     TEXT,
    changed_at  TEXT NOT NULL
  ) STRICT;
  CREATE INDEX case_status_changes_by_case ON case_status_changes (case_id);

  CREATE TABLE parties (
    id                  INTEGER PRIMARY KEY,
    case_id             INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    role                TEXT NOT NULL,
    under18             INTEGER NOT NULL CHECK (under18 IN (0, 1)),
    name                TEXT,
    nickname            TEXT,
    organisational_role TEXT,
    unit                TEXT,
    email               TEXT,
    phone               TEXT,
    contact_person      TEXT,
    description         TEXT,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
  ) STRICT;
  CREATE INDEX parties_by_case ON parties (case_id);

  -- The current text of each note; earlier texts move to note_versions on every edit.
  CREATE TABLE notes (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    note_date   TEXT NOT NULL,
    title       TEXT,
    body        TEXT NOT NULL,
    version     INTEGER NOT NULL CHECK (version >= 1),
    edit_reason TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
  ) STRICT;
  CREATE INDEX notes_by_case ON notes (case_id, note_date);

  CREATE TABLE note_versions (
    note_id     INTEGER NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
    version     INTEGER NOT NULL CHECK (version >= 1),
    kind        TEXT NOT NULL,
    note_date   TEXT NOT NULL,
    title       TEXT,
    body        TEXT NOT NULL,
    edit_reason TEXT,
    written_at  TEXT NOT NULL,
    PRIMARY KEY (note_id, version)
  ) STRICT, WITHOUT ROWID;

  CREATE TABLE conversations (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    status     TEXT NOT NULL,
    date       TEXT,
    note       TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX conversations_by_case ON conversations (case_id);

  CREATE TABLE consents (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    action       TEXT NOT NULL,
    other_action TEXT,
    decision     TEXT NOT NULL,
    form         TEXT NOT NULL,
    decided_on   TEXT NOT NULL,
    scope        TEXT,
    recorded_at  TEXT NOT NULL
  ) STRICT;
  CREATE INDEX consents_by_case ON consents (case_id);

  CREATE TABLE actions_taken (
    id              INTEGER PRIMARY KEY,
    case_id         INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    action          TEXT NOT NULL,
    other_action    TEXT,
    taken_on        TEXT NOT NULL,
    override_reason TEXT,
    recorded_at     TEXT NOT NULL
  ) STRICT;
  CREATE INDEX actions_taken_by_case ON actions_taken (case_id);

  CREATE TABLE severity_assessments (
    id              INTEGER PRIMARY KEY,
    case_id         INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    assessed_on     TEXT NOT NULL,
    extent          TEXT NOT NULL,
    affected_count  INTEGER NOT NULL CHECK (affected_count >= 1),
    factors         TEXT NOT NULL CHECK (json_type(factors) = 'array'),
    suggested_level INTEGER NOT NULL CHECK (suggested_level BETWEEN 1 AND 4),
    chosen_level    INTEGER NOT NULL CHECK (chosen_level BETWEEN 1 AND 4),
    steps           TEXT NOT NULL CHECK (json_type(steps) = 'array'),
    rationale       TEXT,
    created_at      TEXT NOT NULL
  ) STRICT;
  CREATE INDEX severity_assessments_by_case ON severity_assessments (case_id);

  CREATE TABLE tasks (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    title      TEXT NOT NULL,
    due_date   TEXT,
    done_on    TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX tasks_by_case ON tasks (case_id, done_on, due_date);
  CREATE INDEX tasks_open_by_due_date ON tasks (due_date) WHERE done_on IS NULL;

  -- 26214400 bytes = 25 MiB, ATTACHMENT_MAX_BYTES.
  CREATE TABLE attachments (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    file_name   TEXT NOT NULL,
    media_type  TEXT NOT NULL,
    size        INTEGER NOT NULL CHECK (size = length(content) AND size <= 26214400),
    sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
    description TEXT,
    content     BLOB NOT NULL,
    added_at    TEXT NOT NULL
  ) STRICT;
  CREATE INDEX attachments_by_case ON attachments (case_id);

  -- Written agreements, one row per version (shared/domain/schemas/agreement.ts). The
  -- agreement services live with the documents; this table, its search index and its
  -- place in export and case deletion are the records engine's. References to a party
  -- or a signed copy are checked at the end of each statement, so deleting the whole
  -- case works while deleting just that party or bilag does not.
  CREATE TABLE agreements (
    id                        INTEGER PRIMARY KEY,
    case_id                   INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    version                   INTEGER NOT NULL CHECK (version >= 1),
    status                    TEXT NOT NULL,
    affected_party_id         INTEGER REFERENCES parties (id),
    contact_persons           TEXT NOT NULL CHECK (json_type(contact_persons) = 'array'),
    wishes                    TEXT,
    disclosure                TEXT,
    other_party_involvement   TEXT,
    support_offered           TEXT NOT NULL CHECK (json_type(support_offered) = 'array'),
    next_steps                TEXT NOT NULL CHECK (json_type(next_steps) = 'array'),
    signed_on                 TEXT,
    signed_copy_attachment_id INTEGER REFERENCES attachments (id),
    created_at                TEXT NOT NULL,
    updated_at                TEXT NOT NULL,
    UNIQUE (case_id, version)
  ) STRICT;
  CREATE INDEX agreements_by_party ON agreements (affected_party_id);
  CREATE INDEX agreements_by_signed_copy ON agreements (signed_copy_attachment_id);

  -- case_id is null for a learning point about the year rather than one case.
  CREATE TABLE learning_points (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER REFERENCES cases (id) ON DELETE CASCADE,
    report_year INTEGER NOT NULL,
    text        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
  ) STRICT;
  CREATE INDEX learning_points_by_case ON learning_points (case_id);
  CREATE INDEX learning_points_by_year ON learning_points (report_year);
`;

const LEDGER_TABLES = ['case_status_changes', 'consents', 'actions_taken', 'severity_assessments'] as const;

function ledgerGuards(table: string, parent: string): string {
  return `
  CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
  BEGIN
    SELECT RAISE(ABORT, '${table} is append-only');
  END;
  CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
  WHEN EXISTS (SELECT 1 FROM ${parent})
  BEGIN
    SELECT RAISE(ABORT, '${table} is deleted only with its case');
  END;
`;
}

const guards = [
  ...LEDGER_TABLES.map((table) => ledgerGuards(table, 'cases WHERE id = OLD.case_id')),
  ledgerGuards('note_versions', 'notes WHERE id = OLD.note_id'),
].join('');

export const records: Migration = {
  version: 2,
  name: 'records',
  sql: tables + guards + recordsSearch,
};
