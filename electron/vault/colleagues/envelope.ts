import { createHash, randomUUID } from 'node:crypto';
import { Decrypter, Encrypter } from 'age-encryption';
import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import type { Database } from '../db/database';
import { execute, queryOne } from '../db/sql';
import { nowInstant } from '../records/clock';
import { findContactByRecipient, requireConfirmedContact } from './contacts';
import { ensureIdentity } from './identity';
import { isAuthentic, packageAuth } from './package-auth';

/*
 * Everything that crosses from one vault to another is one age file (X25519, readable by
 * Debian's `age -d -i key`) whose plain text is one JSON object:
 *
 *   { format: "fortrolig-package", formatVersion, kind, packageId, createdAt,
 *     sender: { recipient, fingerprint }, recipient, body, auth }
 *
 * `auth` (package-auth.ts) proves the sender; `recipient` names the vault it is for, so a
 * file that another vault can also decrypt is still refused there. The envelope writes
 * nothing: callers record what they sent or received.
 */

export type PackageKind = 'consultation' | 'handover' | 'receipt' | 'report-contribution' | 'report-approval-request' | 'report-approval';
export const PACKAGE_KINDS = [
  'consultation',
  'handover',
  'receipt',
  'report-contribution',
  'report-approval-request',
  'report-approval',
] as const satisfies readonly PackageKind[];

export const PACKAGE_FORMAT = 'fortrolig-package';
export const PACKAGE_FORMAT_VERSION = 1;
/** Larger files are refused before decryption: the whole package is held in memory. */
export const PACKAGE_MAX_BYTES = 512 * 1024 * 1024;

const AGE_MAGIC = Buffer.from('age-encryption.org/v1\n');

const headerSchema = z.object({
  format: z.literal(PACKAGE_FORMAT),
  formatVersion: z.literal(PACKAGE_FORMAT_VERSION),
  kind: z.enum(PACKAGE_KINDS),
  packageId: z.uuid(),
  createdAt: z.iso.datetime(),
  sender: z.strictObject({ recipient: z.string(), fingerprint: z.string() }),
  recipient: z.string(),
  body: z.unknown(),
  auth: z.string().regex(/^[0-9a-f]{64}$/),
});

export interface OpenedPackage {
  kind: PackageKind;
  packageId: string;
  createdAt: string;
  sender: { contactId: number; name: string; fingerprint: string };
  body: unknown;
}

/** Encrypts to the confirmed contact AND to this vault's own identity; writes nothing. */
export async function sealPackage(
  db: Database,
  input: { contactId: number; kind: PackageKind; body: unknown },
): Promise<{ bytes: Uint8Array; packageId: string }> {
  const contact = requireConfirmedContact(db, input.contactId);
  const own = await ensureIdentity(db);
  const packageId = randomUUID();
  const unsigned = {
    format: PACKAGE_FORMAT,
    formatVersion: PACKAGE_FORMAT_VERSION,
    kind: input.kind,
    packageId,
    createdAt: nowInstant(),
    sender: { recipient: own.recipient, fingerprint: own.fingerprint },
    recipient: contact.recipient,
    body: input.body,
  };
  const text = JSON.stringify(unsigned);
  const auth = packageAuth(text, own.secretKey, own.recipient, contact.recipient);
  // `auth` goes last, so the text it covers is exactly the object without it, re-serialised.
  const sealed = `${text.slice(0, -1)},"auth":${JSON.stringify(auth)}}`;
  const encrypter = new Encrypter();
  encrypter.addRecipient(contact.recipient);
  encrypter.addRecipient(own.recipient);
  return { bytes: await encrypter.encrypt(sealed), packageId };
}

function invalid(message: string): AppError {
  return new AppError('PACKAGE_INVALID', message);
}

async function decrypt(bytes: Uint8Array, secretKey: string): Promise<string> {
  if (bytes.byteLength > PACKAGE_MAX_BYTES) throw new AppError('FILE_TOO_LARGE', 'The package is larger than any this app writes.');
  if (!Buffer.from(bytes.subarray(0, AGE_MAGIC.length)).equals(AGE_MAGIC)) throw invalid('Not an age file.');
  const decrypter = new Decrypter();
  decrypter.addIdentity(secretKey);
  try {
    return await decrypter.decrypt(bytes, 'text');
  } catch (error) {
    if (error instanceof Error && error.message.includes('no identity matched')) {
      throw new AppError('PACKAGE_NOT_FOR_THIS_VAULT', 'The package is not encrypted to this vault.');
    }
    throw invalid('The package is damaged, truncated or was changed.');
  }
}

/** The checked header, and the object as written (its key order is what `auth` covers). */
function parseHeader(text: string): { header: z.output<typeof headerSchema>; written: Record<string, unknown> } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw invalid('The package text is not JSON.');
  }
  const header = json as { format?: unknown; formatVersion?: unknown } | null;
  if (header?.format !== PACKAGE_FORMAT) throw invalid('Not a Fortrolig package.');
  if (typeof header.formatVersion === 'number' && header.formatVersion > PACKAGE_FORMAT_VERSION) {
    throw new AppError('PACKAGE_TOO_NEW', 'The package was written by a newer version of Fortrolig.', {
      formatVersion: header.formatVersion,
    });
  }
  const parsed = headerSchema.safeParse(json);
  if (!parsed.success) throw invalid('The package does not have the expected shape.');
  return { header: parsed.data, written: json as Record<string, unknown> };
}

/** Decrypts with this vault's identity; refuses (AppError with a clear code) unknown/unconfirmed sender, another vault's package, tampering, truncation, newer format, wrong kind. */
export async function openPackage(db: Database, bytes: Uint8Array, expected: readonly PackageKind[]): Promise<OpenedPackage> {
  const own = await ensureIdentity(db);
  const text = await decrypt(bytes, own.secretKey);
  const { header, written } = parseHeader(text);
  if (header.recipient !== own.recipient) {
    throw new AppError('PACKAGE_NOT_FOR_THIS_VAULT', 'The package is addressed to another vault.');
  }
  const contact = findContactByRecipient(db, header.sender.recipient);
  if (contact === null) throw new AppError('SENDER_UNKNOWN', 'The sender is not a contact of this vault.');
  if (contact.confirmedAt === null) {
    throw new AppError('SENDER_NOT_CONFIRMED', 'The sender’s fingerprint has not been confirmed.', { contactId: contact.id });
  }
  const { auth, ...unsigned } = written;
  const covered = JSON.stringify(unsigned);
  // Re-serialising must reproduce the sender's text exactly; anything else was changed.
  if (text !== `${covered.slice(0, -1)},"auth":${JSON.stringify(auth)}}` || !isAuthentic(covered, header.auth, own.secretKey, own.recipient, contact.recipient)) {
    throw invalid('The package does not come from the contact it names.');
  }
  if (!expected.includes(header.kind)) {
    throw new AppError('PACKAGE_WRONG_KIND', 'The package is of another kind.', { kind: header.kind });
  }
  return {
    kind: header.kind,
    packageId: header.packageId,
    createdAt: header.createdAt,
    sender: { contactId: contact.id, name: contact.name, fingerprint: contact.fingerprint },
    body: header.body,
  };
}

/** SHA-256 of a package file, hex: what a receipt confirms arrived intact. */
export function packageHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Replay protection for callers that import: a package id is taken once. */
export function hasReceived(db: Database, packageId: string): boolean {
  return queryOne(db, 'SELECT 1 FROM received_packages WHERE package_id = ?', packageId) !== undefined;
}

export function recordReceived(
  db: Database,
  input: { packageId: string; kind: PackageKind; contactId: number; contactName: string; sha256: string; createdAt: string },
): void {
  if (hasReceived(db, input.packageId)) throw new AppError('PACKAGE_REPLAYED', 'This package has already been received.');
  execute(
    db,
    `INSERT INTO received_packages (package_id, kind, contact_id, contact_name, sha256, created_at, received_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
    input.packageId,
    input.kind,
    input.contactId,
    input.contactName,
    input.sha256,
    input.createdAt,
    nowInstant(),
  );
}

/** What a caller that sends records, so a receipt can be matched later. */
export function recordSent(
  db: Database,
  input: { packageId: string; kind: PackageKind; contactId: number; contactName: string; sha256: string; caseIds: readonly number[] },
): void {
  execute(
    db,
    `INSERT INTO sent_packages (package_id, kind, contact_id, contact_name, sha256, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
    input.packageId,
    input.kind,
    input.contactId,
    input.contactName,
    input.sha256,
    nowInstant(),
  );
  for (const caseId of input.caseIds) {
    execute(db, 'INSERT INTO sent_package_cases (package_id, case_id) VALUES (?, ?)', input.packageId, caseId);
  }
}
