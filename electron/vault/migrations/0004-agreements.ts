import type { Migration } from './migration';

/*
 * What the agreement services add to the `agreements` table of 0002:
 *
 * - `agreement_status_changes`: every status a version has had and why (e.g. why the
 *   person withdrew it). The version history in a signed agreement's DOCX is read from it.
 * - `agreement_signatures`: the signature record of a signed version: who signed and
 *   whether orally or in writing (the date is the version's `signed_on`).
 *
 * Both are ledgers: no UPDATE, and no DELETE while their agreement exists, so they go
 * only with the whole case. A version's text is frozen by the database once it has left
 * draft, so nothing that was printed for signature can change afterwards; the signing
 * date is set only when signing, the signed copy only on a signed version, and a
 * superseded or withdrawn version stays so.
 */
const tables = `
  CREATE TABLE agreement_status_changes (
    id           INTEGER PRIMARY KEY,
    agreement_id INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    from_status  TEXT,
    to_status    TEXT NOT NULL,
    reason       TEXT,
    changed_at   TEXT NOT NULL
  ) STRICT;
  CREATE INDEX agreement_status_changes_by_agreement ON agreement_status_changes (agreement_id);

  CREATE TABLE agreement_signatures (
    agreement_id INTEGER PRIMARY KEY REFERENCES agreements (id) ON DELETE CASCADE,
    signed_by    TEXT NOT NULL CHECK (json_type(signed_by) = 'array' AND json_array_length(signed_by) >= 1),
    form         TEXT NOT NULL,
    recorded_at  TEXT NOT NULL
  ) STRICT;
`;

function ledgerGuards(table: string): string {
  return `
  CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
  BEGIN
    SELECT RAISE(ABORT, '${table} is append-only');
  END;
  CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
  WHEN EXISTS (SELECT 1 FROM agreements WHERE id = OLD.agreement_id)
  BEGIN
    SELECT RAISE(ABORT, '${table} is deleted only with its agreement');
  END;
`;
}

const frozenVersions = `
  CREATE TRIGGER agreements_text_frozen BEFORE UPDATE OF
    case_id, version, affected_party_id, contact_persons, wishes, disclosure, other_party_involvement,
    support_offered, next_steps ON agreements
  WHEN OLD.status <> 'draft'
  BEGIN
    SELECT RAISE(ABORT, 'only a draft agreement is edited');
  END;
  CREATE TRIGGER agreements_signed_on_frozen BEFORE UPDATE OF signed_on ON agreements
  WHEN OLD.status <> 'ready_to_sign'
  BEGIN
    SELECT RAISE(ABORT, 'the signing date is set only when signing');
  END;
  CREATE TRIGGER agreements_signed_copy_when_signed BEFORE UPDATE OF signed_copy_attachment_id ON agreements
  WHEN OLD.status <> 'signed'
  BEGIN
    SELECT RAISE(ABORT, 'a signed copy belongs to a signed agreement');
  END;
  CREATE TRIGGER agreements_final_status BEFORE UPDATE OF status ON agreements
  WHEN OLD.status IN ('superseded', 'withdrawn')
  BEGIN
    SELECT RAISE(ABORT, 'a superseded or withdrawn agreement stays so');
  END;
`;

export const agreementRecords: Migration = {
  version: 4,
  name: 'agreements',
  sql: tables + ledgerGuards('agreement_status_changes') + ledgerGuards('agreement_signatures') + frozenVersions,
};
