import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import type { Database } from '../db/database';
import { openVaultDatabase } from '../db/open-database';
import { useTempDir } from '../test-support/temp-dir';
import { MIGRATIONS } from './index';
import type { Migration } from './migration';
import { latestSchemaVersion, migrate, schemaVersion } from './runner';

const tempDir = useTempDir();

function newDatabase(name: string, migrations: readonly Migration[]): { db: Database; file: string; key: Buffer } {
  const file = path.join(tempDir(), `${name}.db`);
  const key = randomBytes(32);
  return { db: openVaultDatabase(file, key, { mode: 'create', migrations }), file, key };
}

function schemaOf(db: Database): unknown[] {
  return db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all();
}

function errorCode(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return 'no error';
}

describe('migration list', () => {
  it('numbers the migrations 1, 2, 3 … in order, with kebab-case names', () => {
    MIGRATIONS.forEach((migration, index) => {
      expect(migration.version).toBe(index + 1);
      expect(migration.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    });
    expect(latestSchemaVersion()).toBe(MIGRATIONS.length);
  });

  it('refuses a list with a gap', () => {
    const gap = [...MIGRATIONS, { version: MIGRATIONS.length + 2, name: 'gap', sql: 'SELECT 1' }];
    expect(errorCode(() => latestSchemaVersion(gap))).toBe('INTERNAL');
  });
});

describe('migrate', () => {
  it.each(MIGRATIONS.map((migration) => [migration.version, migration.name]))(
    'applies migration %i (%s) on top of the ones before it',
    (version) => {
      const { db } = newDatabase('step', MIGRATIONS.slice(0, version - 1));
      try {
        expect(schemaVersion(db)).toBe(version - 1);
        expect(migrate(db, MIGRATIONS.slice(0, version))).toEqual({ from: version - 1, to: version });
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(db.pragma('foreign_key_check')).toEqual([]);
      } finally {
        db.close();
      }
    },
  );

  it('gives a vault created at version 1 and migrated forward the same schema as a fresh one', () => {
    const fresh = newDatabase('fresh', MIGRATIONS);
    const old = newDatabase('old', MIGRATIONS.slice(0, 1));
    try {
      expect(schemaVersion(old.db)).toBe(1);
      migrate(old.db);
      expect(schemaVersion(old.db)).toBe(schemaVersion(fresh.db));
      expect(schemaOf(old.db)).toEqual(schemaOf(fresh.db));
    } finally {
      fresh.db.close();
      old.db.close();
    }
  });

  it('does nothing when the schema is current', () => {
    const { db } = newDatabase('current', MIGRATIONS);
    try {
      const before = schemaOf(db);
      expect(migrate(db)).toEqual({ from: MIGRATIONS.length, to: MIGRATIONS.length });
      expect(schemaOf(db)).toEqual(before);
    } finally {
      db.close();
    }
  });

  it('rolls a failing migration back completely and keeps the version', () => {
    const { db } = newDatabase('failing', MIGRATIONS);
    const broken: Migration = {
      version: MIGRATIONS.length + 1,
      name: 'broken',
      sql: 'CREATE TABLE half_done (id INTEGER PRIMARY KEY) STRICT; INSERT INTO no_such_table VALUES (1);',
    };
    try {
      expect(() => migrate(db, [...MIGRATIONS, broken])).toThrow();
      expect(schemaVersion(db)).toBe(MIGRATIONS.length);
      expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get()).toBeUndefined();
    } finally {
      db.close();
    }
  });

  it('never migrates down: a newer schema is VAULT_TOO_NEW and stays as it is', () => {
    const { db } = newDatabase('newer', MIGRATIONS);
    try {
      db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
      const before = schemaOf(db);
      expect(errorCode(() => migrate(db))).toBe('VAULT_TOO_NEW');
      expect(schemaVersion(db)).toBe(MIGRATIONS.length + 1);
      expect(schemaOf(db)).toEqual(before);
    } finally {
      db.close();
    }
  });
});
