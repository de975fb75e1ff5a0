import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Sqlite from 'better-sqlite3-multiple-ciphers';
import type { Database } from '../../db/database';

/**
 * Every byte of a vault database file after decryption, free pages included: a copy is
 * re-encrypted with an empty key (SQLite3MultipleCiphers rewrites every page), which
 * shows what an attacker holding the key could read anywhere in the file, not just in
 * the rows a query returns. Checkpoint the live database first so the WAL is in the file.
 */
export function decryptedFileBytes(databaseFile: string, key: Uint8Array): Buffer {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fortrolig-plain-'));
  try {
    const copy = path.join(dir, 'copy.db');
    fs.copyFileSync(databaseFile, copy);
    const db: Database = new Sqlite(copy);
    try {
      db.pragma(`cipher = 'sqlcipher'`);
      db.pragma('legacy = 4');
      db.key(Buffer.from(`x'${Buffer.from(key).toString('hex')}'`));
      // Rekeying in WAL mode corrupts the file in this library; go back to a rollback journal first.
      db.pragma('journal_mode = DELETE');
      db.rekey(Buffer.alloc(0));
    } finally {
      db.close();
    }
    return fs.readFileSync(copy);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Every value of every table (virtual and FTS5 shadow tables included) as lower-case text. */
export function everyTableAsText(db: Database): Map<string, string> {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
  const result = new Map<string, string>();
  for (const { name } of tables) {
    const rows = db.prepare(`SELECT * FROM "${name}"`).raw().all() as unknown[][];
    const text = rows
      .flat()
      .map((value) => (Buffer.isBuffer(value) ? value.toString('latin1') + value.toString('utf8') : String(value)))
      .join('\n');
    result.set(name, text.toLowerCase());
  }
  return result;
}
