import fs from 'node:fs';
import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { writeFileAtomic } from '../fs/atomic-write';
import { scryptCostProblem } from './scrypt';

/*
 * keys.json, format version 1. The database key (32 random bytes) is stored only sealed,
 * once per slot; each slot is independently able to open the vault.
 *
 * {
 *   "format": "fortrolig-keys",
 *   "version": 1,
 *   "vaultId": "<UUID, equal to meta.vault_id in vault.db>",
 *   "passphrase": {
 *     "kdf": { "name": "scrypt", "N": 262144, "r": 8, "p": 1, "salt": "<base64, 16 bytes>" },
 *     "wrapped": { "iv": "<base64, 12 B>", "ciphertext": "<base64, 32 B>", "tag": "<base64, 16 B>" },
 *     "createdAt": "<ISO 8601 UTC>"
 *   },
 *   "recovery": {
 *     "kdf": { "name": "hkdf-sha256", "salt": "<base64, 16 bytes>" },
 *     "wrapped": { ... as above ... },
 *     "createdAt": "<ISO 8601 UTC>"
 *   },
 *   "auditAnchor": { "seq": <newest committed audit seq>, "hash": "<its hex hash>", "mac": "<base64, 32 B>" }
 * }
 *
 * wrapped = AES-256-GCM(key = KDF(secret, salt), plaintext = database key,
 *                       AAD = slotContext(vaultId, slot name, kdf)), see key-slots.ts.
 * The passphrase KDF is scrypt (passphrase NFC-normalised, 32-byte output); params below
 * SCRYPT_FLOOR make the file KEYS_CORRUPT. The recovery KDF is HKDF-SHA256 over the 20
 * recovery-key bytes: they carry full entropy, so a slow KDF would add nothing.
 * auditAnchor (see audit/audit-anchor.ts) marks the end of the audit log so that cut-off
 * rows show; it is optional only for files written before it existed.
 * A file with a higher version comes from a newer app: VAULT_TOO_NEW.
 */

export const KEY_FILE_FORMAT = 'fortrolig-keys';
export const KEY_FILE_VERSION = 1;

const base64Bytes = (bytes: number) =>
  z.base64().refine((value) => Buffer.from(value, 'base64').length === bytes, `must hold ${bytes} bytes`);

const wrappedKeySchema = z.strictObject({
  iv: base64Bytes(12),
  ciphertext: base64Bytes(32),
  tag: base64Bytes(16),
});

const scryptKdfSchema = z
  .strictObject({
    name: z.literal('scrypt'),
    N: z.number().int(),
    r: z.number().int(),
    p: z.number().int(),
    salt: base64Bytes(16),
  })
  .refine((kdf) => scryptCostProblem(kdf) === null, 'scrypt cost out of range');

const hkdfKdfSchema = z.strictObject({
  name: z.literal('hkdf-sha256'),
  salt: base64Bytes(16),
});

const keyFileSchema = z.strictObject({
  format: z.literal(KEY_FILE_FORMAT),
  version: z.literal(KEY_FILE_VERSION),
  vaultId: z.uuid(),
  passphrase: z.strictObject({ kdf: scryptKdfSchema, wrapped: wrappedKeySchema, createdAt: z.iso.datetime() }),
  recovery: z.strictObject({ kdf: hkdfKdfSchema, wrapped: wrappedKeySchema, createdAt: z.iso.datetime() }),
  auditAnchor: z
    .strictObject({
      seq: z.number().int().nonnegative(),
      hash: z.string().regex(/^[0-9a-f]{64}$/),
      mac: base64Bytes(32),
    })
    .optional(),
});

const keyFileHeaderSchema = z.object({ format: z.literal(KEY_FILE_FORMAT), version: z.number() });

export type KeyFile = z.infer<typeof keyFileSchema>;
export type PassphraseSlot = KeyFile['passphrase'];
export type RecoverySlot = KeyFile['recovery'];
export type SlotName = 'passphrase' | 'recovery';
export type AuditAnchor = NonNullable<KeyFile['auditAnchor']>;

export function readKeyFile(filePath: string): KeyFile {
  let text: string;
  try {
    text = fs.readFileSync(filePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new AppError('KEYS_MISSING', 'The vault folder has no keys.json.');
    }
    throw new AppError('IO_ERROR', 'keys.json could not be read.', { errno: (error as NodeJS.ErrnoException).code });
  }
  return parseKeyFile(text);
}

export function parseKeyFile(text: string): KeyFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError('KEYS_CORRUPT', 'keys.json is not valid JSON.');
  }
  const header = keyFileHeaderSchema.safeParse(json);
  if (header.success && header.data.version > KEY_FILE_VERSION) {
    throw new AppError('VAULT_TOO_NEW', 'keys.json was written by a newer version of the app.', {
      version: header.data.version,
    });
  }
  const parsed = keyFileSchema.safeParse(json);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => issue.path.join('.')).join(', ');
    throw new AppError('KEYS_CORRUPT', 'keys.json does not match the key file format.', { fields });
  }
  return parsed.data;
}

export function serializeKeyFile(keyFile: KeyFile): string {
  return `${JSON.stringify(keyFile, null, 2)}\n`;
}

export function writeKeyFile(filePath: string, keyFile: KeyFile): void {
  writeFileAtomic(filePath, serializeKeyFile(keyFile));
}
