import { createHash } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../../shared/errors';

/*
 * A backup is ONE file, exactly as encrypted as the vault folder it came from:
 *
 *   16 bytes  magic "FORTROLIG-BACKUP" (ASCII)
 *    4 bytes  container version, uint32 big-endian (1)
 *    4 bytes  header length H, uint32 big-endian
 *    H bytes  header, UTF-8 JSON:
 *             { createdAt, schemaVersion, vaultId, keysBytes, keysSha256, databaseBytes, databaseSha256 }
 *             (no personal data: dates, sizes, hashes of ciphertext and a random vault id)
 *    keysBytes      keys.json as it was (the database key only in wrapped form)
 *    databaseBytes  vault.db after a full WAL checkpoint (SQLCipher pages, encrypted)
 *
 * Restoring needs the passphrase that was valid when the backup was made.
 */

const MAGIC = Buffer.from('FORTROLIG-BACKUP', 'ascii');
export const BACKUP_CONTAINER_VERSION = 1;
const PREFIX_BYTES = MAGIC.length + 8;
const MAX_HEADER_BYTES = 64 * 1024;

const headerSchema = z.strictObject({
  createdAt: z.iso.datetime(),
  schemaVersion: z.number().int().positive(),
  vaultId: z.uuid(),
  keysBytes: z.number().int().positive(),
  keysSha256: z.string().regex(/^[0-9a-f]{64}$/),
  databaseBytes: z.number().int().positive(),
  databaseSha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export type BackupHeader = z.infer<typeof headerSchema>;

export interface BackupContents {
  header: BackupHeader;
  keysJson: string;
  database: Buffer;
}

export function encodeBackup(parts: {
  createdAt: string;
  schemaVersion: number;
  vaultId: string;
  keysJson: string;
  database: Buffer;
}): Buffer {
  const keys = Buffer.from(parts.keysJson, 'utf8');
  const header: BackupHeader = {
    createdAt: parts.createdAt,
    schemaVersion: parts.schemaVersion,
    vaultId: parts.vaultId,
    keysBytes: keys.length,
    keysSha256: sha256Hex(keys),
    databaseBytes: parts.database.length,
    databaseSha256: sha256Hex(parts.database),
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const prefix = Buffer.alloc(8);
  prefix.writeUInt32BE(BACKUP_CONTAINER_VERSION, 0);
  prefix.writeUInt32BE(headerBytes.length, 4);
  return Buffer.concat([MAGIC, prefix, headerBytes, keys, parts.database]);
}

/** Parses and checks lengths and hashes; anything off is BACKUP_INVALID. */
export function decodeBackup(bytes: Buffer): BackupContents {
  if (bytes.length < PREFIX_BYTES || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw invalid('The file is not a Fortrolig backup.');
  }
  const version = bytes.readUInt32BE(MAGIC.length);
  if (version > BACKUP_CONTAINER_VERSION) {
    throw new AppError('VAULT_TOO_NEW', 'The backup was made by a newer version of the app.', { version });
  }
  if (version !== BACKUP_CONTAINER_VERSION) throw invalid('Unknown backup container version.');
  const headerLength = bytes.readUInt32BE(MAGIC.length + 4);
  if (headerLength > MAX_HEADER_BYTES || PREFIX_BYTES + headerLength > bytes.length) {
    throw invalid('The backup header is damaged.');
  }
  const header = parseHeader(bytes.subarray(PREFIX_BYTES, PREFIX_BYTES + headerLength));
  const keysStart = PREFIX_BYTES + headerLength;
  const databaseStart = keysStart + header.keysBytes;
  if (databaseStart + header.databaseBytes !== bytes.length) {
    throw invalid('The backup is truncated or has extra bytes.');
  }
  const keys = bytes.subarray(keysStart, databaseStart);
  const database = bytes.subarray(databaseStart);
  if (sha256Hex(keys) !== header.keysSha256 || sha256Hex(database) !== header.databaseSha256) {
    throw invalid('The backup content does not match its checksums.');
  }
  return { header, keysJson: keys.toString('utf8'), database };
}

function parseHeader(headerBytes: Buffer): BackupHeader {
  try {
    return headerSchema.parse(JSON.parse(headerBytes.toString('utf8')));
  } catch {
    throw invalid('The backup header is damaged.');
  }
}

function invalid(message: string): AppError {
  return new AppError('BACKUP_INVALID', message);
}

function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
