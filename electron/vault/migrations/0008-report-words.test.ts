import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openVaultDatabase } from '../db/open-database';
import { newCase } from '../records/testing/records-vault';
import { useTempDir } from '../test-support/temp-dir';
import { MIGRATIONS } from './index';

const tempDir = useTempDir();

describe('migration 0008-report-words', () => {
  it('marks every existing case for harvesting, and from then on each change to a case text', () => {
    const file = path.join(tempDir(), 'v8.db');
    const key = randomBytes(32);
    const before = openVaultDatabase(file, key, { mode: 'create', migrations: MIGRATIONS.slice(0, 7) });
    const existing = before
      .prepare("INSERT INTO cases (reference, received_date, channel, status, created_at, updated_at) VALUES ('2025-901', '2025-02-01', 'in_person', 'open', ?, ?)")
      .run('2026-02-01T10:00:00.000Z', '2026-02-01T10:00:00.000Z').lastInsertRowid;
    before.close();

    const db = openVaultDatabase(file, key, { mode: 'open', migrations: MIGRATIONS.slice(0, 8) });
    try {
      const marked = () => db.prepare('SELECT case_id FROM report_words_dirty ORDER BY case_id').pluck().all();
      expect(marked()).toEqual([Number(existing)]);
      db.prepare('DELETE FROM report_words_dirty').run();
      const created = newCase(db);
      expect(marked()).toEqual([created.id]);
      db.prepare('DELETE FROM report_words_dirty').run();
      db.prepare('UPDATE cases SET summary = ? WHERE id = ?').run('Ny tekst', Number(existing));
      expect(marked()).toEqual([Number(existing)]);
      expect(() => db.prepare("INSERT INTO report_case_words (case_id, words) VALUES (?, '{}')").run(created.id)).toThrow(/CHECK/);
      const tables = db.prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name LIKE 'report_%words%' ORDER BY name").all();
      expect(tables).toEqual([
        { name: 'report_case_words', strict: 1 },
        { name: 'report_words_dirty', strict: 1 },
      ]);
    } finally {
      db.close();
    }
  });
});
