import type { Database } from '../db/database';
import { execute, queryOne } from '../db/sql';
import { appendAudit } from '../audit/audit-log';
import { nowInstant } from '../records/clock';
import { newAgeIdentity, recipientOf } from './age-keys';
import { fingerprintOf } from './fingerprint';

export interface VaultIdentity {
  /** AGE-SECRET-KEY-1…: never leaves the vault except through the audited `identity --secret`. */
  secretKey: string;
  recipient: string;
  fingerprint: string;
}

interface IdentityRow {
  secretKey: string;
  recipient: string;
}

function storedIdentity(db: Database): IdentityRow | undefined {
  return queryOne<IdentityRow>(db, 'SELECT secret_key AS secretKey, recipient FROM vault_identity WHERE id = 1');
}

/**
 * This vault's age identity, made the first time it is needed: a migration is SQL and
 * cannot make a key, so a vault made before identities existed gets one here. Idempotent:
 * INSERT OR IGNORE keeps whichever identity was stored first, and every caller reads that.
 */
export async function ensureIdentity(db: Database): Promise<VaultIdentity> {
  let row = storedIdentity(db);
  if (row === undefined) {
    const secretKey = await newAgeIdentity();
    const recipient = await recipientOf(secretKey);
    const { changes } = execute(
      db,
      'INSERT OR IGNORE INTO vault_identity (id, secret_key, recipient, created_at) VALUES (1, ?, ?, ?)',
      secretKey,
      recipient,
      nowInstant(),
    );
    if (changes === 1) appendAudit(db, { action: 'colleagues.identity_created' });
    row = storedIdentity(db) as IdentityRow;
  }
  return { ...row, fingerprint: fingerprintOf(row.recipient) };
}

/** The AGE-SECRET-KEY line, for emergency use with the `age` tool; audited like the raw database key. */
export async function revealSecretKey(db: Database): Promise<string> {
  const identity = await ensureIdentity(db);
  appendAudit(db, { action: 'colleagues.identity_secret_shown' });
  return identity.secretKey;
}
