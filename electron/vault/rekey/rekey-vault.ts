import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import { AppError } from '../../../shared/errors';
import { formatRecoveryKey, parseRecoveryKey, RECOVERY_KEY_BYTES } from '../../../shared/recovery-key';
import { auditHead, sealAuditAnchor } from '../audit/audit-anchor';
import { appendAudit, verifyAuditChain } from '../audit/audit-log';
import type { Database } from '../db/database';
import { DATABASE_KEY_BYTES, openVaultDatabase, rawKeyLiteral } from '../db/open-database';
import { writeFileAtomic } from '../fs/atomic-write';
import { serializeKeyFile, type KeyFile } from '../keys/key-file';
import { openRecoverySlot, sealPassphraseSlot, sealRecoverySlot } from '../keys/key-slots';
import { unwrapDatabaseKey } from '../unlock-secret';
import { claimVaultFolder } from '../claim-vault';
import { databaseSidecars, type VaultFiles } from '../vault-files';
import { recoverInterruptedRekey, rekeyFiles, rollForward, writeRekeyJournal } from './rekey-journal';

/** The points between which a rotation can be interrupted; the crash test stops at each. */
export const REKEY_STEPS = [
  'slots-sealed',
  'copied',
  'rekeyed',
  'verified',
  'keys-written',
  'committed',
  'database-swapped',
  'keys-swapped',
] as const;
export type RekeyStep = (typeof REKEY_STEPS)[number];

export interface RekeyInput {
  dir: string;
  passphrase: string;
  /**
   * The printed recovery key, to seal the new database key for it too. Without it a new
   * recovery key is made (the old one stops working) and returned, to be shown once.
   */
  recoveryKey?: string;
  /** Observes each step as it completes (the crash test); never changes the procedure. */
  onStep?: (step: RekeyStep) => void;
}

export interface RekeyResult {
  /** Set when a new recovery key was made; shown to the person once. */
  newRecoveryKey: string | null;
  /** Audit rows in the rotated database (all rows are carried over, plus `vault.key_rotated`). */
  auditRows: number;
}

/**
 * Rotates the database key of a closed vault: a new random key, the database re-encrypted
 * into vault.db.rekey (a copy keyed anew after checkpoint and DELETE journal mode, never
 * a rekey in WAL), verified (integrity_check, the same row count in every table, the audit
 * chain), both slots sealed for the new key, then swapped in through rekey-journal.ts.
 * Backups made before keep the old key. Only the new database records `vault.key_rotated`,
 * so an attempt that does not commit leaves no trace but the old vault, unchanged.
 */
export async function rekeyVault(input: RekeyInput): Promise<RekeyResult> {
  const onStep = input.onStep ?? (() => {});
  const { files, lock, keyFile } = claimVaultFolder(input.dir);
  try {
    const oldKey = await unwrapDatabaseKey(keyFile, { passphrase: input.passphrase });
    const newKey = randomBytes(DATABASE_KEY_BYTES);
    let recoveryBytes: Buffer | undefined;
    try {
      recoveryBytes = input.recoveryKey === undefined ? randomBytes(RECOVERY_KEY_BYTES) : recoveryKeyBytes(keyFile, input.recoveryKey, oldKey);
      const { N, r, p } = keyFile.passphrase.kdf;
      const sealed: KeyFile = {
        ...keyFile,
        passphrase: await sealPassphraseSlot(newKey, input.passphrase, { N, r, p }, keyFile.vaultId),
        recovery: sealRecoverySlot(newKey, recoveryBytes, keyFile.vaultId),
      };
      onStep('slots-sealed');
      // From here on everything is synchronous: nothing else can write to the vault.
      const auditRows = writeRotatedDatabase(files, oldKey, newKey, onStep);
      const head = withDatabase(rekeyFiles(files).database, newKey, (db) => auditHead(db));
      if (!head) throw new AppError('INTERNAL', 'The rotated database has no audit log.');
      writeFileAtomic(rekeyFiles(files).keys, serializeKeyFile({ ...sealed, auditAnchor: sealAuditAnchor(newKey, keyFile.vaultId, head) }));
      onStep('keys-written');
      writeRekeyJournal(files);
      onStep('committed');
      rollForward(files, onStep);
      return { newRecoveryKey: input.recoveryKey === undefined ? formatRecoveryKey(recoveryBytes) : null, auditRows };
    } catch (error) {
      // Before the journal exists this discards the new files; after, it finishes the swap.
      recoverInterruptedRekey(files);
      throw error;
    } finally {
      oldKey.fill(0);
      newKey.fill(0);
      recoveryBytes?.fill(0);
    }
  } finally {
    lock.release();
  }
}

function recoveryKeyBytes(keyFile: KeyFile, recoveryKey: string, databaseKey: Buffer): Buffer {
  const parsed = parseRecoveryKey(recoveryKey);
  if (!parsed.ok) throw new AppError('WRONG_RECOVERY_KEY', 'The recovery key is mistyped.', { reason: parsed.reason });
  const fromSlot = openRecoverySlot(keyFile, parsed.bytes);
  const matches = fromSlot !== null && timingSafeEqual(fromSlot, databaseKey);
  fromSlot?.fill(0);
  if (!matches) {
    parsed.bytes.fill(0);
    throw new AppError('WRONG_RECOVERY_KEY', 'The recovery key does not open this vault.');
  }
  return Buffer.from(parsed.bytes);
}

/** Writes vault.db.rekey under the new key and proves it holds what vault.db holds. */
function writeRotatedDatabase(files: VaultFiles, oldKey: Buffer, newKey: Buffer, onStep: (step: RekeyStep) => void): number {
  const target = rekeyFiles(files).database;
  const before = withDatabase(files.database, oldKey, (db) => {
    const checkpoint = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    if (checkpoint[0]?.busy !== 0) throw new AppError('VAULT_IN_USE', 'The database is busy; the key was not changed.');
    const counts = tableCounts(db);
    copyDurably(files.database, target);
    return counts;
  });
  onStep('copied');

  withDatabase(target, oldKey, (db) => {
    // DESIGN §3: the cipher's rekey corrupts a database in WAL mode.
    if (db.pragma('journal_mode = DELETE', { simple: true }) !== 'delete') {
      throw new AppError('IO_ERROR', 'The copy could not leave WAL mode; the key was not changed.');
    }
    const literal = rawKeyLiteral(newKey);
    try {
      db.rekey(literal);
    } finally {
      literal.fill(0);
    }
  });
  onStep('rekeyed');

  const auditRows = withDatabase(target, newKey, (db) => {
    appendAudit(db, { action: 'vault.key_rotated' });
    const integrity = db.pragma('integrity_check', { simple: true });
    const after = tableCounts(db);
    const expected = { ...before, audit_log: (before.audit_log ?? 0) + 1 };
    const chain = verifyAuditChain(db);
    if (integrity !== 'ok' || JSON.stringify(after) !== JSON.stringify(expected) || !chain.ok) {
      throw new AppError('VAULT_CORRUPT', 'The re-encrypted copy did not verify; the key was not changed.', {
        integrity: String(integrity),
        chain: chain.ok,
      });
    }
    db.pragma('wal_checkpoint(TRUNCATE)');
    return chain.rows;
  });
  // Closing the last connection folds the WAL back; a sidecar left now would be renamed
  // away from its file at the swap.
  if (databaseSidecars(target).some((file) => fs.existsSync(file))) {
    throw new AppError('IO_ERROR', 'The re-encrypted copy left a journal behind; the key was not changed.');
  }
  onStep('verified');
  return auditRows;
}

function withDatabase<T>(file: string, key: Uint8Array, work: (db: Database) => T): T {
  const db = openVaultDatabase(file, key, { mode: 'open', migrate: false });
  try {
    return work(db);
  } finally {
    db.close();
  }
}

function tableCounts(db: Database): Record<string, number> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    counts[table] = db.prepare(`SELECT count(*) FROM "${table.replaceAll('"', '""')}"`).pluck().get() as number;
  }
  return counts;
}

function copyDurably(from: string, to: string): void {
  fs.copyFileSync(from, to, fs.constants.COPYFILE_EXCL);
  const fd = fs.openSync(to, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
