import type { Migration } from './migration';

export const initial: Migration = {
  version: 1,
  name: 'initial',
  sql: `
    -- Exactly one row, written when the vault is created.
    CREATE TABLE meta (
      id          INTEGER PRIMARY KEY CHECK (id = 1),
      vault_id    TEXT NOT NULL,
      created_at  TEXT NOT NULL,
      app_version TEXT NOT NULL
    ) STRICT;

    -- Vault settings; each value is JSON text owned by the feature that reads it.
    CREATE TABLE settings (
      key        TEXT PRIMARY KEY,
      value      TEXT NOT NULL CHECK (json_valid(value)),
      updated_at TEXT NOT NULL
    ) STRICT;

    -- Append-only and hash-chained (see audit/audit-log.ts). Holds no case content.
    CREATE TABLE audit_log (
      seq       INTEGER PRIMARY KEY,
      at        TEXT NOT NULL,
      action    TEXT NOT NULL,
      subject   TEXT,
      prev_hash TEXT NOT NULL,
      hash      TEXT NOT NULL
    ) STRICT;

    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN
      SELECT RAISE(ABORT, 'audit_log is append-only');
    END;

    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN
      SELECT RAISE(ABORT, 'audit_log is append-only');
    END;
  `,
};
