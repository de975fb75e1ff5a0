import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { openVaultDatabase } from '../db/open-database';
import { useTempDir } from '../test-support/temp-dir';
import { MIGRATIONS } from './index';

const tempDir = useTempDir();

/** A vault at version 6 with one exported report, then migrated to 7. */
function withMigratedVault(test: (db: Database) => void): void {
  const file = path.join(tempDir(), 'v7.db');
  const key = randomBytes(32);
  const before = openVaultDatabase(file, key, { mode: 'create', migrations: MIGRATIONS.slice(0, 6) });
  before
    .prepare(
      "INSERT INTO report_exports (period_from, period_to, total_min, total_max, exported_at) VALUES ('2025-01-01', '2025-12-31', 12, 12, '2026-01-10T10:00:00.000Z')",
    )
    .run();
  before.close();
  const db = openVaultDatabase(file, key, { mode: 'open', migrations: MIGRATIONS.slice(0, 7) });
  try {
    test(db);
  } finally {
    db.close();
  }
}

const NOW = '2026-12-31T10:00:00.000Z';
const HASH = 'a'.repeat(64);

describe('migration 0007-joint-reports', () => {
  it('marks reports exported before as single-vault reports and accepts only the two scopes', () => {
    withMigratedVault((db) => {
      expect(db.prepare('SELECT scope FROM report_exports').all()).toEqual([{ scope: 'single' }]);
      const insert = db.prepare(
        "INSERT INTO report_exports (period_from, period_to, total_min, total_max, exported_at, scope) VALUES ('2026-01-01', '2026-12-31', 30, 30, ?, ?)",
      );
      insert.run(NOW, 'joint');
      expect(() => insert.run(NOW, 'both')).toThrow(/CHECK/);
      expect(() => db.prepare("UPDATE report_exports SET scope = 'joint'").run()).toThrow(/append-only/);
    });
  });

  it('keeps contributions and approvals in STRICT tables, one row per package, approvals bound to a SHA-256', () => {
    withMigratedVault((db) => {
      const tables = db
        .prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name LIKE 'joint_%' ORDER BY name")
        .all();
      expect(tables).toEqual([
        { name: 'joint_approvals', strict: 1 },
        { name: 'joint_contributions', strict: 1 },
      ]);
      const contribution = db.prepare(
        `INSERT INTO joint_contributions (package_id, contact_id, contact_name, fingerprint, period_from, period_to, body, created_at, received_at)
         VALUES (?, NULL, 'Birgit', '12345 67890', ?, '2026-12-31', ?, ?, ?)`,
      );
      contribution.run('p1', '2026-01-01', '{"formatVersion":1}', NOW, NOW);
      expect(() => contribution.run('p1', '2026-01-01', '{}', NOW, NOW)).toThrow(/UNIQUE|PRIMARY/);
      expect(() => contribution.run('p2', '2027-01-01', '{}', NOW, NOW)).toThrow(/CHECK/);
      expect(() => contribution.run('p3', '2026-01-01', 'ikke json', NOW, NOW)).toThrow(/CHECK/);

      const approval = db.prepare(
        `INSERT INTO joint_approvals (package_id, contact_id, contact_name, draft_hash, created_at, received_at) VALUES (?, NULL, 'Birgit', ?, ?, ?)`,
      );
      approval.run('g1', HASH, NOW, NOW);
      expect(() => approval.run('g2', 'not-a-hash', NOW, NOW)).toThrow(/CHECK/);
      expect(() => approval.run('g3', HASH.toUpperCase(), NOW, NOW)).toThrow(/CHECK/);
    });
  });
});
