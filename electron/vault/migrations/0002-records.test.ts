import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { openVaultDatabase } from '../db/open-database';
import { useTempDir } from '../test-support/temp-dir';
import { initial } from './0001-initial';
import { records } from './0002-records';

const tempDir = useTempDir();

function withVersion2(test: (db: Database) => void): void {
  const db = openVaultDatabase(path.join(tempDir(), 'v2.db'), randomBytes(32), { mode: 'create', migrations: [initial, records] });
  try {
    test(db);
  } finally {
    db.close();
  }
}

const SEARCH_INDEXES = ['agreements_fts', 'cases_fts', 'learning_points_fts', 'notes_fts'];

function insertCase(db: Database, id: number): void {
  db.prepare(
    `INSERT INTO cases (id, reference, received_date, channel, status, created_at, updated_at)
     VALUES (?, ?, '2026-03-01', 'phone', 'received', 'now', 'now')`,
  ).run(id, `2026-00${id}`);
}

describe('migration 0002-records', () => {
  it('creates the record tables as STRICT tables and one search index per source', () => {
    withVersion2((db) => {
      const tables = db
        .prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%'")
        .all() as { name: string; strict: number }[];
      expect(tables.filter((table) => table.strict !== 1)).toEqual([]);
      expect(tables.map((table) => table.name).sort()).toEqual([
        'actions_taken', 'agreements', 'attachments', 'audit_log', 'case_reference_counters', 'case_status_changes', 'cases',
        'consents', 'conversations', 'learning_points', 'meta', 'note_versions', 'notes', 'parties', 'settings',
        'severity_assessments', 'tasks',
      ]);
      const virtual = db.prepare("SELECT name, sql FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name").all() as { name: string; sql: string }[];
      expect(virtual.map((table) => table.name)).toEqual(SEARCH_INDEXES);
      for (const table of virtual) expect(table.sql).toContain("tokenize = 'unicode61 remove_diacritics 0'");
    });
  });

  it('turns on FTS5 secure-delete for every search index', () => {
    withVersion2((db) => {
      for (const index of SEARCH_INDEXES) {
        expect(db.prepare(`SELECT v FROM ${index}_config WHERE k = 'secure-delete'`).get(), index).toEqual({ v: 1 });
      }
    });
  });

  it('cascades a case delete to every table that holds a case id, search index included', () => {
    withVersion2((db) => {
      insertCase(db, 1);
      insertCase(db, 2);
      db.prepare("UPDATE cases SET summary = 'Sommerfest' WHERE id = 1").run();
      db.prepare("INSERT INTO notes (case_id, kind, note_date, body, version, created_at, updated_at) VALUES (1, 'phone', '2026-03-01', 'Opkald', 1, 'now', 'now')").run();
      db.prepare("INSERT INTO note_versions (note_id, version, kind, note_date, body, written_at) VALUES (1, 1, 'phone', '2026-03-01', 'Gammel', 'now')").run();
      db.prepare("INSERT INTO consents (case_id, action, decision, form, decided_on, recorded_at) VALUES (1, 'police_report', 'granted', 'oral', '2026-03-01', 'now')").run();
      db.prepare("INSERT INTO learning_points (case_id, report_year, text, created_at, updated_at) VALUES (1, 2026, 'Læring', 'now', 'now'), (NULL, 2026, 'Året', 'now', 'now')").run();
      db.prepare('DELETE FROM cases WHERE id = 1').run();
      const counts = db
        .prepare(
          `SELECT (SELECT count(*) FROM notes) AS notes, (SELECT count(*) FROM note_versions) AS versions,
                  (SELECT count(*) FROM consents) AS consents, (SELECT count(*) FROM learning_points) AS points,
                  (SELECT count(*) FROM notes_fts WHERE notes_fts MATCH 'opkald') AS noteHits,
                  (SELECT count(*) FROM cases_fts WHERE cases_fts MATCH 'sommerfest') AS summaryHits`,
        )
        .get();
      expect(counts).toEqual({ notes: 0, versions: 0, consents: 0, points: 1, noteHits: 0, summaryHits: 0 });
    });
  });

  it('keeps a closed case consistent: closed exactly when it has a closing date and an outcome', () => {
    withVersion2((db) => {
      insertCase(db, 1);
      expect(() => db.prepare("UPDATE cases SET status = 'closed' WHERE id = 1").run()).toThrow(/CHECK/);
      expect(() => db.prepare("UPDATE cases SET outcome = 'other', closed_date = '2026-03-02' WHERE id = 1").run()).toThrow(/CHECK/);
      db.prepare("UPDATE cases SET status = 'closed', outcome = 'other', closed_date = '2026-03-02' WHERE id = 1").run();
    });
  });

  it('stores an attachment only with a size that matches its content and stays under the limit', () => {
    withVersion2((db) => {
      insertCase(db, 1);
      const insert = db.prepare(
        "INSERT INTO attachments (case_id, file_name, media_type, size, sha256, content, added_at) VALUES (1, 'a.txt', 'text/plain', ?, ?, ?, 'now')",
      );
      expect(() => insert.run(5, 'a'.repeat(64), Buffer.from('four'))).toThrow(/CHECK/);
      insert.run(4, 'a'.repeat(64), Buffer.from('four'));
    });
  });
});
