import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../test-support/temp-dir';
import { createTestVault } from '../test-support/test-vault';

/*
 * DESIGN: "with the raw key, the file opens in stock SQLCipher 4". This reads a vault with
 * an independent SQLCipher build, @journeyapps/sqlcipher (an optional dependency). Without
 * it the test is skipped locally, with a printed reason, and fails in CI.
 */

interface Sqlcipher3 {
  Database: new (file: string, callback: (error: Error | null) => void) => Sqlcipher3Database;
}
interface Sqlcipher3Database {
  exec(sql: string, callback: (error: Error | null) => void): void;
  get(sql: string, params: unknown[], callback: (error: Error | null, row: unknown) => void): void;
  close(callback: (error: Error | null) => void): void;
}

const MODULE_NAME = '@journeyapps/sqlcipher';

async function loadSqlcipher(): Promise<{ module: Sqlcipher3 } | { error: string }> {
  try {
    const imported = (await import(/* @vite-ignore */ MODULE_NAME)) as { default?: Sqlcipher3 } & Sqlcipher3;
    return { module: imported.default ?? imported };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

const loaded = await loadSqlcipher();
const skipHere = 'error' in loaded && !process.env.CI;
if (skipHere) {
  console.warn(`SQLCipher interop test skipped: ${MODULE_NAME} cannot be loaded (${loaded.error}). It is required in CI.`);
}

function promised<T>(run: (callback: (error: Error | null, value?: T) => void) => void): Promise<T | undefined> {
  return new Promise((resolve, reject) => run((error, value) => (error ? reject(error) : resolve(value))));
}

const tempDir = useTempDir();

describe.skipIf(skipHere)('interop with stock SQLCipher 4', () => {
  it('opens vault.db with only the raw key and reads a row', async () => {
    if ('error' in loaded) throw new Error(`${MODULE_NAME} is required in CI: ${loaded.error}`);
    const dir = path.join(tempDir(), 'boks');
    const { vault } = await createTestVault(dir);
    vault.db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('interop', '\"Kontaktperson Jensen\"', 'now')").run();
    const rawKey = vault.rawKeyHex();
    vault.close();

    let db: Sqlcipher3Database | undefined;
    await promised<void>((done) => {
      db = new loaded.module.Database(path.join(dir, 'vault.db'), done);
    });
    if (!db) throw new Error('SQLCipher did not open the file');
    const opened = db;
    try {
      await promised<void>((done) => opened.exec(`PRAGMA cipher_compatibility = 4; PRAGMA key = "x'${rawKey}'";`, done));
      const row = await promised<unknown>((done) =>
        opened.get("SELECT value FROM settings WHERE key = 'interop'", [], done),
      );
      expect(row).toEqual({ value: '"Kontaktperson Jensen"' });
      const check = await promised<unknown>((done) => opened.get('PRAGMA cipher_integrity_check', [], done));
      expect(check).toBeUndefined();
    } finally {
      await promised<void>((done) => opened.close(done));
    }
  });
});
