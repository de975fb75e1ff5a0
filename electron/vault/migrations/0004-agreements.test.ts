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

const tempDir = useTempDir();

function withVersion4(test: (db: Database) => void): void {
  const db = openVaultDatabase(path.join(tempDir(), 'v4.db'), randomBytes(32), {
    mode: 'create',
    migrations: [initial, records, reports, agreementRecords],
  });
  try {
    test(db);
  } finally {
    db.close();
  }
}

/** A case with one agreement version in `status`; returns the agreement id. */
function agreementIn(db: Database, status: string): number {
  db.prepare(
    `INSERT INTO cases (id, reference, received_date, channel, status, created_at, updated_at)
     VALUES (1, '2026-001', '2026-03-01', 'phone', 'received', 'now', 'now')`,
  ).run();
  db.prepare(
    `INSERT INTO agreements (id, case_id, version, status, contact_persons, wishes, support_offered, next_steps, created_at, updated_at)
     VALUES (1, 1, 1, ?, '["secretariat_head"]', 'Det skal stoppe', '[]', '[]', 'now', 'now')`,
  ).run(status);
  return 1;
}

const refusal = (db: Database, sql: string): string => {
  try {
    db.prepare(sql).run();
  } catch (error) {
    return (error as Error).message;
  }
  return 'accepted';
};

describe('migration 0004-agreements', () => {
  it('adds the status-change and signature ledgers as STRICT tables', () => {
    withVersion4((db) => {
      const tables = db
        .prepare("SELECT name, strict FROM pragma_table_list WHERE name IN ('agreement_status_changes', 'agreement_signatures') ORDER BY name")
        .all();
      expect(tables).toEqual([
        { name: 'agreement_signatures', strict: 1 },
        { name: 'agreement_status_changes', strict: 1 },
      ]);
    });
  });

  it('lets a draft be edited and freezes the text once it has left draft', () => {
    withVersion4((db) => {
      agreementIn(db, 'draft');
      expect(refusal(db, "UPDATE agreements SET wishes = 'Ændret' WHERE id = 1")).toBe('accepted');
      db.prepare("UPDATE agreements SET status = 'ready_to_sign' WHERE id = 1").run();
      expect(refusal(db, "UPDATE agreements SET wishes = 'Ændret igen' WHERE id = 1")).toMatch(/only a draft agreement is edited/);
      expect(refusal(db, "UPDATE agreements SET next_steps = '[]' WHERE id = 1")).toMatch(/only a draft agreement is edited/);
      expect(db.prepare('SELECT wishes FROM agreements WHERE id = 1').get()).toEqual({ wishes: 'Ændret' });
    });
  });

  it('sets the signing date only when signing, and a signed copy only on a signed version', () => {
    withVersion4((db) => {
      agreementIn(db, 'draft');
      expect(refusal(db, "UPDATE agreements SET signed_on = '2026-03-05' WHERE id = 1")).toMatch(/only when signing/);
      db.prepare("INSERT INTO attachments (id, case_id, file_name, media_type, size, sha256, content, added_at) VALUES (1, 1, 'scan.pdf', 'application/pdf', 1, ?, x'25', 'now')").run('a'.repeat(64));
      expect(refusal(db, 'UPDATE agreements SET signed_copy_attachment_id = 1 WHERE id = 1')).toMatch(/belongs to a signed agreement/);
      db.prepare("UPDATE agreements SET status = 'ready_to_sign' WHERE id = 1").run();
      expect(refusal(db, "UPDATE agreements SET status = 'signed', signed_on = '2026-03-05' WHERE id = 1")).toBe('accepted');
      expect(refusal(db, "UPDATE agreements SET signed_on = '2026-03-06' WHERE id = 1")).toMatch(/only when signing/);
      expect(refusal(db, 'UPDATE agreements SET signed_copy_attachment_id = 1 WHERE id = 1')).toBe('accepted');
    });
  });

  it('keeps a superseded or withdrawn version so', () => {
    withVersion4((db) => {
      agreementIn(db, 'superseded');
      expect(refusal(db, "UPDATE agreements SET status = 'signed' WHERE id = 1")).toMatch(/stays so/);
    });
  });

  it('keeps the ledgers append-only while the agreement exists, and removes them with the case', () => {
    withVersion4((db) => {
      agreementIn(db, 'signed');
      db.prepare("INSERT INTO agreement_status_changes (agreement_id, from_status, to_status, changed_at) VALUES (1, 'ready_to_sign', 'signed', 'now')").run();
      db.prepare(`INSERT INTO agreement_signatures (agreement_id, signed_by, form, recorded_at) VALUES (1, '["Søren Æbelø"]', 'written', 'now')`).run();
      expect(refusal(db, "UPDATE agreement_status_changes SET reason = 'x'")).toMatch(/append-only/);
      expect(refusal(db, "UPDATE agreement_signatures SET form = 'oral'")).toMatch(/append-only/);
      expect(refusal(db, 'DELETE FROM agreement_signatures')).toMatch(/only with its agreement/);
      expect(refusal(db, 'DELETE FROM agreement_status_changes')).toMatch(/only with its agreement/);
      expect(refusal(db, `INSERT INTO agreement_signatures (agreement_id, signed_by, form, recorded_at) VALUES (1, '[]', 'oral', 'now')`)).toMatch(
        /constraint/i,
      );

      db.prepare('DELETE FROM cases WHERE id = 1').run();
      const left = db
        .prepare('SELECT (SELECT count(*) FROM agreements) + (SELECT count(*) FROM agreement_status_changes) + (SELECT count(*) FROM agreement_signatures) AS rows')
        .get();
      expect(left).toEqual({ rows: 0 });
    });
  });
});
