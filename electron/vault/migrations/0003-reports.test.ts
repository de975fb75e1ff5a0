import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { openVaultDatabase } from '../db/open-database';
import { useTempDir } from '../test-support/temp-dir';
import { initial } from './0001-initial';
import { records } from './0002-records';
import { reports } from './0003-reports';

const tempDir = useTempDir();

function withVersion3(test: (db: Database) => void): void {
  const db = openVaultDatabase(path.join(tempDir(), 'v3.db'), randomBytes(32), {
    mode: 'create',
    migrations: [initial, records, reports],
  });
  try {
    test(db);
  } finally {
    db.close();
  }
}

const NOW = '2026-09-01T10:00:00.000Z';

function insertExport(db: Database): number {
  return Number(
    db
      .prepare(
        `INSERT INTO report_exports (period_from, period_to, total_min, total_max, exported_at)
         VALUES ('2025-09-01', '2026-08-31', 12, 12, ?)`,
      )
      .run(NOW).lastInsertRowid,
  );
}

describe('migration 0003-reports', () => {
  it('creates the draft and exported-figures tables as STRICT tables', () => {
    withVersion3((db) => {
      const tables = db
        .prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name LIKE 'report%'")
        .all() as { name: string; strict: number }[];
      expect(tables.map((table) => table.name).sort()).toEqual([
        'report_draft',
        'report_draft_learning_points',
        'report_export_figures',
        'report_exports',
        'report_recommendations',
      ]);
      expect(tables.every((table) => table.strict === 1)).toBe(true);
    });
  });

  it('refuses free text in the figures of an exported report: codes and numbers only', () => {
    withVersion3((db) => {
      const exportId = insertExport(db);
      const figure = db.prepare('INSERT INTO report_export_figures (export_id, partition, cell, min, max) VALUES (?, ?, ?, ?, ?)');
      figure.run(exportId, 'category', 'sexism', 5, 5);
      figure.run(exportId, 'handling.police_report', 'yes', 0, 9);
      figure.run(exportId, 'context', null, null, null);
      expect(() => figure.run(exportId, 'category', 'Søren Mølgaard', 5, 5)).toThrow(/CHECK/);
      expect(() => figure.run(exportId, 'Sagen i Aarhus', 'yes', 5, 5)).toThrow(/CHECK/);
      expect(() => figure.run(exportId, 'outcome', 'other', 6, 5)).toThrow(/CHECK/);
      expect(() => figure.run(exportId, 'outcome', 'other', null, 5)).toThrow(/CHECK/);
      expect(() => figure.run(exportId, 'category', 'sexism', 5, 5)).toThrow(/UNIQUE/);
      expect(() =>
        db
          .prepare("INSERT INTO report_exports (period_from, period_to, total_min, total_max, exported_at) VALUES ('sidste år', '2026-08-31', 1, 1, ?)")
          .run(NOW),
      ).toThrow(/CHECK/);
      expect(() =>
        db
          .prepare("INSERT INTO report_exports (period_from, period_to, total_min, total_max, exported_at) VALUES ('2025-09-01', '2026-08-31', 1, 1, 'efter mødet')")
          .run(),
      ).toThrow(/CHECK/);
    });
  });

  it('keeps exported figures for good: no update, no delete', () => {
    withVersion3((db) => {
      const exportId = insertExport(db);
      db.prepare("INSERT INTO report_export_figures (export_id, partition, cell, min, max) VALUES (?, 'category', 'other', 5, 5)").run(exportId);
      expect(() => db.prepare('UPDATE report_exports SET total_min = 11').run()).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM report_exports').run()).toThrow(/append-only/);
      expect(() => db.prepare('UPDATE report_export_figures SET min = 4').run()).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM report_export_figures').run()).toThrow(/append-only/);
    });
  });

  it('holds one draft whose period is both dates or neither, and drops a chosen learning point with its case', () => {
    withVersion3((db) => {
      const draft = db.prepare('INSERT OR REPLACE INTO report_draft (id, period_from, period_to, language, updated_at) VALUES (?, ?, ?, ?, ?)');
      draft.run(1, null, null, 'da', NOW);
      draft.run(1, '2025-01-01', '2025-12-31', 'en', NOW);
      expect(() => draft.run(2, null, null, 'da', NOW)).toThrow(/CHECK/);
      expect(() => draft.run(1, '2025-01-01', null, 'da', NOW)).toThrow(/CHECK/);
      expect(() => draft.run(1, '2025-12-31', '2025-01-01', 'da', NOW)).toThrow(/CHECK/);

      db.prepare(
        "INSERT INTO cases (id, reference, received_date, channel, status, created_at, updated_at) VALUES (1, '2025-001', '2025-03-01', 'phone', 'received', 'now', 'now')",
      ).run();
      db.prepare("INSERT INTO learning_points (id, case_id, report_year, text, created_at, updated_at) VALUES (7, 1, 2025, 'Læring', 'now', 'now')").run();
      db.prepare('INSERT INTO report_draft_learning_points (learning_point_id) VALUES (7)').run();
      expect(() => db.prepare('INSERT INTO report_draft_learning_points (learning_point_id) VALUES (8)').run()).toThrow(/FOREIGN KEY/);
      db.prepare('DELETE FROM cases WHERE id = 1').run();
      expect(db.prepare('SELECT count(*) AS n FROM report_draft_learning_points').get()).toEqual({ n: 0 });
    });
  });
});
