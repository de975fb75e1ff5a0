import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { latestSchemaVersion } from '../migrations/runner';
import { folderFingerprint } from '../test-support/file-state';
import { useTempDir } from '../test-support/temp-dir';
import { openVaultDatabase } from './open-database';

const tempDir = useTempDir();
const SECRET_TEXT = 'Navn Navnesen fra afdeling syd';

function errorCode(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return 'no error';
}

/** A closed, migrated vault database holding a few pages of recognisable text. */
function createDatabase(key: Buffer): string {
  const file = path.join(tempDir(), 'vault.db');
  const db = openVaultDatabase(file, key, { mode: 'create' });
  const insert = db.prepare('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)');
  for (let i = 0; i < 40; i++) insert.run(`note-${i}`, JSON.stringify(`${SECRET_TEXT} ${i}`.repeat(20)), 'now');
  db.close();
  return file;
}

/** Writes `bytes` as vault.db in a folder of its own and proves opening it changes nothing. */
function expectRefusedUntouched(bytes: Uint8Array, key: Buffer, expectedCode: string): void {
  const dir = fs.mkdtempSync(path.join(tempDir(), 'case-'));
  const file = path.join(dir, 'vault.db');
  fs.writeFileSync(file, bytes);
  const before = folderFingerprint(dir);
  expect(errorCode(() => openVaultDatabase(file, key, { mode: 'open' }))).toBe(expectedCode);
  expect(folderFingerprint(dir)).toEqual(before);
}

describe('openVaultDatabase', () => {
  it('writes a file with neither the SQLite header nor any inserted text in it', () => {
    const key = randomBytes(32);
    const file = createDatabase(key);
    const bytes = fs.readFileSync(file);
    expect(bytes.length).toBeGreaterThan(4096);
    expect(bytes.includes('SQLite format 3')).toBe(false);
    expect(bytes.includes('Navnesen')).toBe(false);
    expect(bytes.includes(Buffer.from('Navnesen', 'utf16le'))).toBe(false);
    expect(fs.readdirSync(tempDir())).toEqual(['vault.db']);
  });

  it('opens again with the key, with the pragmas in force and the schema current', () => {
    const key = randomBytes(32);
    const db = openVaultDatabase(createDatabase(key), key, { mode: 'open' });
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('secure_delete', { simple: true })).toBe(1);
      expect(db.pragma('temp_store', { simple: true })).toBe(2);
      expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion());
      const row = db.prepare("SELECT value FROM settings WHERE key = 'note-3'").get() as { value: string };
      expect(JSON.parse(row.value)).toContain(SECRET_TEXT);
    } finally {
      db.close();
    }
  });

  it('refuses to create over an existing file and to open a missing one', () => {
    const key = randomBytes(32);
    const file = createDatabase(key);
    expect(errorCode(() => openVaultDatabase(file, key, { mode: 'create' }))).toBe('VAULT_EXISTS');
    expect(errorCode(() => openVaultDatabase(path.join(tempDir(), 'none.db'), key, { mode: 'open' }))).toBe(
      'VAULT_NOT_FOUND',
    );
  });

  describe('leaves a file it refuses byte-for-byte untouched, without -wal or -shm', () => {
    const key = randomBytes(32);

    it('wrong key', () => {
      const bytes = fs.readFileSync(createDatabase(key));
      expectRefusedUntouched(bytes, randomBytes(32), 'VAULT_CORRUPT');
    });

    it('random bytes', () => {
      expectRefusedUntouched(randomBytes(16384), key, 'VAULT_CORRUPT');
    });

    it('an empty file', () => {
      expectRefusedUntouched(new Uint8Array(0), key, 'VAULT_CORRUPT');
    });

    it.each([
      ['to its first page', (_size: number) => 4096],
      ['mid-page', (size: number) => Math.floor(size / 2) + 100],
      ['by one page', (size: number) => size - 4096],
    ])('truncated %s', (_label, newSize) => {
      const bytes = fs.readFileSync(createDatabase(key));
      expectRefusedUntouched(bytes.subarray(0, newSize(bytes.length)), key, 'VAULT_CORRUPT');
    });

    it.each([
      ['in the first page', 200],
      ['in a later page', 4096 * 3 + 1000],
    ])('with one bit flipped %s', (_label, offset) => {
      const bytes = Buffer.from(fs.readFileSync(createDatabase(key)));
      bytes[offset] = (bytes[offset] ?? 0) ^ 0x10;
      expectRefusedUntouched(bytes, key, 'VAULT_CORRUPT');
    });

    it('written by a newer app (schema version above ours)', () => {
      const file = createDatabase(key);
      const db = openVaultDatabase(file, key, { mode: 'open' });
      db.pragma(`user_version = ${latestSchemaVersion() + 1}`);
      db.close();
      expectRefusedUntouched(fs.readFileSync(file), key, 'VAULT_TOO_NEW');
    });
  });
});
