import { createDecipheriv } from 'node:crypto';
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

/** SQLCipher 4 defaults, which the vault keeps (cipher 'sqlcipher', legacy 4). */
const SQLCIPHER_PAGE_SIZE = 4096;
/** Per page: a 16-byte IV then a 64-byte HMAC-SHA512, after the encrypted bytes. */
const SQLCIPHER_RESERVE = 80;
const SQLCIPHER_SALT_BYTES = 16;
const WAL_HEADER_BYTES = 32;
const WAL_FRAME_HEADER_BYTES = 24;

/**
 * Every page frame of a live vault's `-wal` file, decrypted with the raw key as an attacker
 * holding the key would (AES-256-CBC per page, IV in the page's reserved bytes; the raw key
 * is the cipher key itself). SQLite appends committed pages here and copies them into the
 * database only at a checkpoint, so deleted text can sit in this file after the DELETE.
 * Call it while the database is still open: closing checkpoints the WAL away.
 */
export function decryptedWalFrames(walFile: string, key: Uint8Array): Buffer[] {
  if (!fs.existsSync(walFile)) return [];
  const wal = fs.readFileSync(walFile);
  const frameBytes = WAL_FRAME_HEADER_BYTES + SQLCIPHER_PAGE_SIZE;
  const frames: Buffer[] = [];
  for (let at = WAL_HEADER_BYTES; at + frameBytes <= wal.length; at += frameBytes) {
    const pageNumber = wal.readUInt32BE(at);
    const page = wal.subarray(at + WAL_FRAME_HEADER_BYTES, at + frameBytes);
    // Page 1 keeps the file's salt in its first 16 bytes, unencrypted.
    const start = pageNumber === 1 ? SQLCIPHER_SALT_BYTES : 0;
    const end = SQLCIPHER_PAGE_SIZE - SQLCIPHER_RESERVE;
    const decipher = createDecipheriv('aes-256-cbc', key, page.subarray(end, end + 16));
    decipher.setAutoPadding(false);
    frames.push(Buffer.concat([decipher.update(page.subarray(start, end)), decipher.final()]));
  }
  return frames;
}
