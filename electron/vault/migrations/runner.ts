import { AppError } from '../../../shared/errors';
import type { Database } from '../db/database';
import { MIGRATIONS } from './index';
import type { Migration } from './migration';

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function latestSchemaVersion(migrations: readonly Migration[] = MIGRATIONS): number {
  assertWellFormed(migrations);
  return migrations.length;
}

/** A vault from a newer app must not be opened: this app would not know its data. */
export function assertSupportedVersion(version: number, migrations: readonly Migration[] = MIGRATIONS): void {
  const latest = latestSchemaVersion(migrations);
  if (version > latest) {
    throw new AppError('VAULT_TOO_NEW', 'The vault was written by a newer version of the app.', {
      vaultVersion: version,
      appVersion: latest,
    });
  }
}

/**
 * Brings the schema up to the newest version, one transaction per migration, never
 * downwards. Returns the versions before and after.
 */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): { from: number; to: number } {
  const from = schemaVersion(db);
  assertSupportedVersion(from, migrations);
  for (const migration of migrations.slice(from)) {
    db.transaction(() => {
      db.exec(migration.sql);
      const violations = db.pragma('foreign_key_check') as unknown[];
      if (violations.length > 0) {
        throw new AppError('INTERNAL', `Migration ${migration.version} broke foreign keys.`, {
          violations: violations.length,
        });
      }
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
  return { from, to: schemaVersion(db) };
}

function assertWellFormed(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new AppError('INTERNAL', `Migration list out of order at position ${index + 1}.`, {
        version: migration.version,
      });
    }
  });
}
