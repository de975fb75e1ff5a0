import type { Migration } from './migration';

/*
 * Between two vaults (electron/vault/colleagues):
 *
 * - `vault_identity`: this vault's age X25519 identity. The secret lives only inside the
 *   encrypted database. A migration is SQL and cannot make a key, so a vault that predates
 *   this table gets its identity the first time the colleague engine needs it
 *   (`ensureIdentity`, idempotent). It is never replaced or deleted: contacts have
 *   compared its fingerprint.
 * - `colleague_contacts`: recipients of colleagues, usable only once confirmed (the
 *   fingerprint was compared). `replaced_recipient` keeps the key a contact had before it
 *   changed, so the change is shown loudly until it is confirmed again.
 * - `sent_packages` / `sent_package_cases`: what left this vault, with the SHA-256 of the
 *   file, so a receipt can be matched; a handed-over case waits here for its receipt.
 * - `received_packages`: every package id ever imported, so the same package is never
 *   imported twice (replay).
 * - `shared_cases`: a case that came from a colleague (consultation copy or handover);
 *   `shared_case_imported_notes` lists the copy's own notes from the sender, so the
 *   receiver's notes stay theirs to edit.
 * - `consents.consultation_scope`: what the person allowed the other contact person to see.
 *
 * Read-only cases are enforced here, in one place: the triggers below refuse every
 * change to a consultation copy (except the receiver's own notes) and to a case handed
 * over and waiting for its receipt. Their messages start with CASE_READ_ONLY, which the
 * router turns into that error code. Deleting the whole case stays possible.
 */
const tables = `
  CREATE TABLE vault_identity (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    secret_key TEXT NOT NULL CHECK (secret_key LIKE 'AGE-SECRET-KEY-1%'),
    recipient  TEXT NOT NULL CHECK (recipient LIKE 'age1%'),
    created_at TEXT NOT NULL
  ) STRICT;
  CREATE TRIGGER vault_identity_no_update BEFORE UPDATE ON vault_identity
  BEGIN
    SELECT RAISE(ABORT, 'vault_identity is never replaced');
  END;
  CREATE TRIGGER vault_identity_no_delete BEFORE DELETE ON vault_identity
  BEGIN
    SELECT RAISE(ABORT, 'vault_identity is never deleted');
  END;

  CREATE TABLE colleague_contacts (
    id                 INTEGER PRIMARY KEY,
    name               TEXT NOT NULL UNIQUE,
    recipient          TEXT NOT NULL UNIQUE CHECK (recipient LIKE 'age1%'),
    confirmed_at       TEXT,
    replaced_recipient TEXT,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
  ) STRICT;

  CREATE TABLE sent_packages (
    package_id   TEXT PRIMARY KEY,
    kind         TEXT NOT NULL,
    contact_id   INTEGER REFERENCES colleague_contacts (id) ON DELETE SET NULL,
    contact_name TEXT NOT NULL,
    sha256       TEXT NOT NULL CHECK (length(sha256) = 64),
    created_at   TEXT NOT NULL,
    receipt_at   TEXT,
    cancelled_at TEXT
  ) STRICT;
  CREATE INDEX sent_packages_by_contact ON sent_packages (contact_id);

  CREATE TABLE sent_package_cases (
    package_id TEXT NOT NULL REFERENCES sent_packages (package_id) ON DELETE CASCADE,
    case_id    INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    PRIMARY KEY (package_id, case_id)
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX sent_package_cases_by_case ON sent_package_cases (case_id);

  CREATE TABLE received_packages (
    package_id   TEXT PRIMARY KEY,
    kind         TEXT NOT NULL,
    contact_id   INTEGER REFERENCES colleague_contacts (id) ON DELETE SET NULL,
    contact_name TEXT NOT NULL,
    sha256       TEXT NOT NULL CHECK (length(sha256) = 64),
    created_at   TEXT NOT NULL,
    received_at  TEXT NOT NULL
  ) STRICT;

  CREATE TABLE shared_cases (
    case_id            INTEGER PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    purpose            TEXT NOT NULL CHECK (purpose IN ('consultation', 'handover')),
    contact_id         INTEGER REFERENCES colleague_contacts (id) ON DELETE SET NULL,
    contact_name       TEXT NOT NULL,
    origin_case_key    TEXT NOT NULL,
    package_id         TEXT NOT NULL,
    package_created_at TEXT NOT NULL,
    consultation_scope TEXT,
    read_only          INTEGER NOT NULL CHECK (read_only IN (0, 1)),
    received_at        TEXT NOT NULL
  ) STRICT;
  CREATE UNIQUE INDEX shared_cases_one_copy_per_origin ON shared_cases (origin_case_key) WHERE purpose = 'consultation';

  CREATE TABLE shared_case_imported_notes (
    note_id INTEGER PRIMARY KEY REFERENCES notes (id) ON DELETE CASCADE
  ) STRICT;

  ALTER TABLE consents ADD COLUMN consultation_scope TEXT;

  CREATE VIEW locked_cases (case_id, reason) AS
    SELECT case_id, 'consultation_copy' FROM shared_cases WHERE read_only = 1
    UNION
    SELECT spc.case_id, 'handed_over' FROM sent_package_cases spc
      JOIN sent_packages sp ON sp.package_id = spc.package_id
     WHERE sp.kind = 'handover' AND sp.receipt_at IS NULL AND sp.cancelled_at IS NULL;
`;

const refuse = "SELECT RAISE(ABORT, 'CASE_READ_ONLY: the case is a consultation copy or handed over');";
const locked = (caseId: string) => `EXISTS (SELECT 1 FROM locked_cases WHERE case_id = ${caseId})`;
const handedOver = (caseId: string) => `EXISTS (SELECT 1 FROM locked_cases WHERE case_id = ${caseId} AND reason = 'handed_over')`;

/** INSERT, UPDATE and (while the case exists: cascades stay possible) DELETE of a case's rows. */
function sectionGuards(table: string): string {
  return `
  CREATE TRIGGER ${table}_read_only_insert BEFORE INSERT ON ${table} WHEN ${locked('NEW.case_id')}
  BEGIN ${refuse} END;
  CREATE TRIGGER ${table}_read_only_update BEFORE UPDATE ON ${table} WHEN ${locked('OLD.case_id')} OR ${locked('NEW.case_id')}
  BEGIN ${refuse} END;
  CREATE TRIGGER ${table}_read_only_delete BEFORE DELETE ON ${table}
  WHEN ${locked('OLD.case_id')} AND EXISTS (SELECT 1 FROM cases WHERE id = OLD.case_id)
  BEGIN ${refuse} END;
`;
}

const SECTION_TABLES = [
  'parties',
  'conversations',
  'consents',
  'actions_taken',
  'severity_assessments',
  'tasks',
  'attachments',
  'agreements',
  'learning_points',
  'case_status_changes',
] as const;

/** The receiver writes their own notes on a consultation copy; the sender's notes stay as sent. */
const importedNote = `EXISTS (SELECT 1 FROM shared_case_imported_notes WHERE note_id = OLD.id)
  AND EXISTS (SELECT 1 FROM shared_cases WHERE case_id = OLD.case_id AND read_only = 1)`;

const noteGuards = `
  CREATE TRIGGER notes_read_only_insert BEFORE INSERT ON notes WHEN ${handedOver('NEW.case_id')}
  BEGIN ${refuse} END;
  CREATE TRIGGER notes_read_only_update BEFORE UPDATE ON notes
  WHEN ${handedOver('OLD.case_id')} OR (${importedNote}) OR (NEW.case_id <> OLD.case_id AND ${locked('NEW.case_id')})
  BEGIN ${refuse} END;
  CREATE TRIGGER notes_read_only_delete BEFORE DELETE ON notes
  WHEN (${handedOver('OLD.case_id')} OR (${importedNote})) AND EXISTS (SELECT 1 FROM cases WHERE id = OLD.case_id)
  BEGIN ${refuse} END;
`;

const caseGuard = `
  CREATE TRIGGER cases_read_only_update BEFORE UPDATE ON cases WHEN ${locked('OLD.id')}
  BEGIN ${refuse} END;
`;

export const colleagues: Migration = {
  version: 6,
  name: 'colleagues',
  sql: tables + SECTION_TABLES.map(sectionGuards).join('') + noteGuards + caseGuard,
};
