import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { openVaultDatabase } from '../db/open-database';
import { useTempDir } from '../test-support/temp-dir';
import { initial } from './0001-initial';

const tempDir = useTempDir();

function withVersion1(test: (db: Database) => void): void {
  const db = openVaultDatabase(path.join(tempDir(), 'v1.db'), randomBytes(32), { mode: 'create', migrations: [initial] });
  try {
    test(db);
  } finally {
    db.close();
  }
}

describe('migration 0001-initial', () => {
  it('creates meta, settings and audit_log as STRICT tables', () => {
    withVersion1((db) => {
      const tables = db.prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%' ORDER BY name").all();
      expect(tables).toEqual([
        { name: 'audit_log', strict: 1 },
        { name: 'meta', strict: 1 },
        { name: 'settings', strict: 1 },
      ]);
      expect(db.pragma('user_version', { simple: true })).toBe(1);
    });
  });

  it('holds at most one meta row', () => {
    withVersion1((db) => {
      const insert = db.prepare('INSERT INTO meta (id, vault_id, created_at, app_version) VALUES (?, ?, ?, ?)');
      insert.run(1, 'id', '2026-01-01T00:00:00.000Z', '0.1.0');
      expect(() => insert.run(2, 'id', '2026-01-01T00:00:00.000Z', '0.1.0')).toThrow(/CHECK/);
    });
  });

  it('accepts only JSON setting values and rejects wrong types', () => {
    withVersion1((db) => {
      const insert = db.prepare('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)');
      insert.run('autoLockMinutes', '10', 'now');
      expect(() => insert.run('broken', '{not json', 'now')).toThrow(/CHECK/);
      expect(() => insert.run('blob', Buffer.from('x'), 'now')).toThrow(/cannot store BLOB/);
    });
  });

  it('refuses UPDATE and DELETE on audit_log', () => {
    withVersion1((db) => {
      db.prepare("INSERT INTO audit_log (seq, at, action, subject, prev_hash, hash) VALUES (1, 'now', 'vault.create', NULL, 'a', 'b')").run();
      expect(() => db.prepare("UPDATE audit_log SET action = 'x.y'").run()).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
      expect(db.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 1 });
    });
  });
});
