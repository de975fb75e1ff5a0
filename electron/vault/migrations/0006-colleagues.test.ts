import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { openVaultDatabase } from '../db/open-database';
import { useTempDir } from '../test-support/temp-dir';
import { initial } from './0001-initial';
import { records } from './0002-records';
import { reports } from './0003-reports';
import { agreementRecords } from './0004-agreements';
import { formDrafts } from './0005-form-drafts';
import { colleagues } from './0006-colleagues';

const tempDir = useTempDir();

const KEY = randomBytes(32);

function withVersion(migrations: Parameters<typeof openVaultDatabase>[2]['migrations'], test: (db: Database) => void, mode: 'create' | 'open' = 'create'): void {
  const db = openVaultDatabase(path.join(tempDir(), 'v6.db'), KEY, { mode, migrations });
  try {
    test(db);
  } finally {
    db.close();
  }
}

const UP_TO_6 = [initial, records, reports, agreementRecords, formDrafts, colleagues];

function caseWithNote(db: Database, id: number): void {
  db.prepare(
    `INSERT INTO cases (id, reference, received_date, channel, status, created_at, updated_at)
     VALUES (?, ?, '2026-03-01', 'phone', 'received', 'now', 'now')`,
  ).run(id, `2026-00${id}`);
  db.prepare(
    `INSERT INTO notes (id, case_id, kind, note_date, body, version, created_at, updated_at)
     VALUES (?, ?, 'observation', '2026-03-02', 'Afsenderens note', 1, 'now', 'now')`,
  ).run(id * 10, id);
}

function refusal(db: Database, sql: string, ...params: unknown[]): string {
  try {
    db.prepare(sql).run(...params);
  } catch (error) {
    return (error as Error).message;
  }
  return 'allowed';
}

describe('migration 0006-colleagues', () => {
  it('creates STRICT tables and adds the consultation scope to consents of an existing vault', () => {
    withVersion(UP_TO_6.slice(0, 5), (db) => {
      caseWithNote(db, 1);
      db.prepare(
        `INSERT INTO consents (case_id, action, decision, form, decided_on, recorded_at) VALUES (1, 'tell_other_contact_person', 'granted', 'oral', '2026-03-02', 'now')`,
      ).run();
    });
    withVersion(UP_TO_6, (db) => {
      const tables = db
        .prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name IN ('vault_identity', 'colleague_contacts', 'sent_packages', 'sent_package_cases', 'received_packages', 'shared_cases', 'shared_case_imported_notes')")
        .all() as { name: string; strict: number }[];
      expect(tables).toHaveLength(7);
      expect(tables.every((table) => table.strict === 1)).toBe(true);
      expect(db.prepare('SELECT consultation_scope AS scope FROM consents').all()).toEqual([{ scope: null }]);
    }, 'open');
  });

  it('keeps one identity that is never replaced or deleted', () => {
    withVersion(UP_TO_6, (db) => {
      const insert = "INSERT INTO vault_identity (id, secret_key, recipient, created_at) VALUES (?, 'AGE-SECRET-KEY-1X', 'age1x', 'now')";
      db.prepare(insert).run(1);
      expect(refusal(db, insert, 2)).toMatch(/CHECK/);
      expect(refusal(db, "UPDATE vault_identity SET recipient = 'age1y'")).toMatch(/never replaced/);
      expect(refusal(db, 'DELETE FROM vault_identity')).toMatch(/never deleted/);
    });
  });

  it('refuses changes to a consultation copy, except the receiver’s own notes, and lets the whole copy be deleted', () => {
    withVersion(UP_TO_6, (db) => {
      caseWithNote(db, 1);
      db.prepare('INSERT INTO shared_case_imported_notes (note_id) VALUES (10)').run();
      db.prepare(
        `INSERT INTO shared_cases (case_id, purpose, contact_name, origin_case_key, package_id, package_created_at, read_only, received_at)
         VALUES (1, 'consultation', 'Alice', 'k:1', 'p', 'now', 1, 'now')`,
      ).run();
      expect(refusal(db, "UPDATE cases SET summary = 'x' WHERE id = 1")).toMatch(/^CASE_READ_ONLY/);
      expect(refusal(db, "UPDATE notes SET body = 'x' WHERE id = 10")).toMatch(/^CASE_READ_ONLY/);
      expect(refusal(db, 'DELETE FROM notes WHERE id = 10')).toMatch(/^CASE_READ_ONLY/);
      expect(refusal(db, "INSERT INTO tasks (case_id, title, created_at, updated_at) VALUES (1, 'x', 'now', 'now')")).toMatch(/^CASE_READ_ONLY/);
      expect(refusal(db, "INSERT INTO parties (case_id, role, under18, created_at, updated_at) VALUES (1, 'witness', 0, 'now', 'now')")).toMatch(/^CASE_READ_ONLY/);
      const own = "INSERT INTO notes (id, case_id, kind, note_date, body, version, created_at, updated_at) VALUES (11, 1, 'observation', '2026-03-03', 'Egen note', 1, 'now', 'now')";
      expect(refusal(db, own)).toBe('allowed');
      expect(refusal(db, "UPDATE notes SET body = 'Egen note, rettet' WHERE id = 11")).toBe('allowed');
      expect(refusal(db, 'DELETE FROM cases WHERE id = 1')).toBe('allowed');
      expect(db.prepare('SELECT count(*) AS n FROM notes').get()).toEqual({ n: 0 });
    });
  });

  it('refuses every change, notes included, to a case handed over until its receipt or cancellation', () => {
    withVersion(UP_TO_6, (db) => {
      caseWithNote(db, 1);
      db.prepare(
        "INSERT INTO sent_packages (package_id, kind, contact_name, sha256, created_at) VALUES ('p', 'handover', 'Bob', ?, 'now')",
      ).run('0'.repeat(64));
      db.prepare("INSERT INTO sent_package_cases (package_id, case_id) VALUES ('p', 1)").run();
      const note = "INSERT INTO notes (case_id, kind, note_date, body, version, created_at, updated_at) VALUES (1, 'observation', '2026-03-03', 'x', 1, 'now', 'now')";
      expect(refusal(db, note)).toMatch(/^CASE_READ_ONLY/);
      expect(refusal(db, "UPDATE notes SET body = 'x' WHERE id = 10")).toMatch(/^CASE_READ_ONLY/);
      expect(refusal(db, "UPDATE cases SET summary = 'x' WHERE id = 1")).toMatch(/^CASE_READ_ONLY/);
      db.prepare("UPDATE sent_packages SET cancelled_at = 'now'").run();
      expect(refusal(db, note)).toBe('allowed');
    });
  });
});
