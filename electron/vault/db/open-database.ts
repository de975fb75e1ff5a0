import fs from 'node:fs';
import Sqlite from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../../shared/errors';
import { MIGRATIONS } from '../migrations/index';
import type { Migration } from '../migrations/migration';
import { assertSupportedVersion, migrate, schemaVersion } from '../migrations/runner';
import type { Database } from './database';
import { toDatabaseError } from './sqlite-errors';

export const DATABASE_KEY_BYTES = 32;

export interface OpenDatabaseOptions {
  /** `create` makes a new file, which must not exist; `open` needs an existing vault file. */
  mode: 'create' | 'open';
  /** Leave an older schema as it is (inspection such as `verify`). Default: migrate. */
  migrate?: boolean;
  /** The schema versions to apply; tests pass a prefix of the real list. */
  migrations?: readonly Migration[];
}

/**
 * Opens vault.db with its raw 32-byte key, in this order: cipher, legacy, key, verify
 * (decrypts? holds a schema this app knows? passes quick_check?), and only then the
 * pragmas that may write: WAL, synchronous=FULL, foreign keys, secure delete, in-memory
 * temp store; finally the migrations. Everything before the pragmas only reads, so a
 * damaged or too-new file is refused byte-for-byte untouched (VAULT_CORRUPT,
 * VAULT_TOO_NEW), without a -wal or -shm file left behind.
 */
export function openVaultDatabase(file: string, key: Uint8Array, options: OpenDatabaseOptions): Database {
  if (key.length !== DATABASE_KEY_BYTES) throw new AppError('INTERNAL', 'A database key is 32 bytes.');
  const migrations = options.migrations ?? MIGRATIONS;
  const exists = fs.existsSync(file);
  if (options.mode === 'create' && exists) throw new AppError('VAULT_EXISTS', 'The database file already exists.');
  if (options.mode === 'open' && !exists) throw new AppError('VAULT_NOT_FOUND', 'There is no database file.');

  let db: Database;
  try {
    db = new Sqlite(file, { fileMustExist: options.mode === 'open' });
  } catch (error) {
    throw toDatabaseError(error);
  }
  try {
    applyKey(db, key);
    verifyReadable(db);
    if (options.mode === 'open') verifyVaultSchema(db, migrations);
    configure(db);
    if (options.migrate ?? true) migrate(db, migrations);
    return db;
  } catch (error) {
    db.close();
    throw toDatabaseError(error);
  }
}

function applyKey(db: Database, key: Uint8Array): void {
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma('legacy = 4');
  // Same as PRAGMA key = "x'<hex>'" (a raw key: no PBKDF2, SQLCipher uses it as is), but
  // the hex lives in a buffer we can wipe rather than in an immutable JS string.
  const literal = rawKeyLiteral(key);
  try {
    db.key(literal);
  } finally {
    literal.fill(0);
  }
}

/** `x'<hex>'` in a wipeable buffer: the form db.key() and db.rekey() take for a raw key. */
export function rawKeyLiteral(key: Uint8Array): Buffer {
  const hexDigits = '0123456789abcdef';
  const literal = Buffer.alloc(key.length * 2 + 3);
  literal.write("x'", 0, 'latin1');
  key.forEach((byte, index) => {
    literal[2 + index * 2] = hexDigits.charCodeAt(byte >> 4);
    literal[3 + index * 2] = hexDigits.charCodeAt(byte & 15);
  });
  literal.write("'", literal.length - 1, 'latin1');
  return literal;
}

function verifyReadable(db: Database): void {
  db.prepare('SELECT count(*) FROM sqlite_master').get();
}

function verifyVaultSchema(db: Database, migrations: readonly Migration[]): void {
  const version = schemaVersion(db);
  if (version === 0) {
    // An empty file also "decrypts"; it must not be mistaken for a new vault and written to.
    throw new AppError('VAULT_CORRUPT', 'The database file holds no vault.');
  }
  assertSupportedVersion(version, migrations);
  const check = db.pragma('quick_check', { simple: true });
  if (check !== 'ok') throw new AppError('VAULT_CORRUPT', 'The database file failed its quick check.');
}

export const VAULT_PAGE_CACHE_KIB = 64 * 1024;

function configure(db: Database): void {
  const journalMode = db.pragma('journal_mode = WAL', { simple: true });
  if (journalMode !== 'wal') throw new AppError('IO_ERROR', 'The database could not switch to WAL mode.');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('secure_delete = ON');
  db.pragma('temp_store = MEMORY');
  // Every page read from disk is decrypted; keeping up to 64 MiB of decrypted pages in
  // this process's memory (where the open vault's data is anyway) spares that work on
  // repeated reads. SQLite's default is 2 MiB, a fraction of a vault with years of cases.
  db.pragma(`cache_size = -${VAULT_PAGE_CACHE_KIB}`);
}
