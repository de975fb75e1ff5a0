import { randomBytes, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../shared/errors';
import { formatRecoveryKey, RECOVERY_KEY_BYTES } from '../../shared/recovery-key';
import { attachAuditAnchor, detachAuditAnchor, flushAuditAnchor } from './audit/audit-anchor';
import { appendAudit } from './audit/audit-log';
import { writeBackup, type BackupInfo } from './backup/create-backup';
import type { Database } from './db/database';
import { readKeyFile, writeKeyFile } from './keys/key-file';
import { openPassphraseSlot, sealPassphraseSlot, sealRecoverySlot } from './keys/key-slots';
import { chooseScryptCost, type ScryptCost } from './keys/scrypt';
import { assertStrongPassphrase } from './passphrase-policy';
import { refreshCaseWords } from './report/source/case-words';
import type { VaultFiles } from './vault-files';
import type { VaultLock } from './vault-lock';

/** An unlocked vault. Everything but `close` throws VAULT_LOCKED once it is closed. */
export interface OpenVault {
  readonly dir: string;
  readonly db: Database;
  /** Records `vault.lock`, closes the database, wipes the key from memory, releases vault.lock. */
  close(): void;
  /** Rewrites the passphrase slot of keys.json; the database is not touched. */
  changePassphrase(current: string, next: string): Promise<void>;
  /** Throws WRONG_PASSPHRASE unless `passphrase` opens this vault's passphrase slot. */
  verifyPassphrase(passphrase: string): Promise<void>;
  /** Replaces the recovery slot and returns the new key, formatted for printing. Shown once. */
  newRecoveryKey(): string;
  /** The raw SQLCipher key (64 hex digits) that opens vault.db in any SQLCipher 4. Audited. */
  rawKeyHex(): string;
  backup(outFile: string): Promise<BackupInfo>;
}

export interface UnlockedVaultParts {
  files: VaultFiles;
  db: Database;
  /** Owned from here on: wiped on close. */
  key: Buffer;
  lock: VaultLock;
  vaultId: string;
  /** Cost for new passphrase slots; calibrated when absent. */
  kdf: ScryptCost | undefined;
}

export class UnlockedVault implements OpenVault {
  readonly dir: string;
  private readonly parts: UnlockedVaultParts;
  private closed = false;

  constructor(parts: UnlockedVaultParts) {
    this.parts = parts;
    this.dir = parts.files.dir;
    attachAuditAnchor(parts.db, { keysPath: parts.files.keys, key: parts.key, vaultId: parts.vaultId });
  }

  get db(): Database {
    this.assertOpen();
    return this.parts.db;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    const { db, key, lock } = this.parts;
    try {
      keepHarvestCurrent(db);
      appendAudit(db, { action: 'vault.lock' });
      flushAuditAnchor(db);
    } finally {
      detachAuditAnchor(db);
      db.close();
      key.fill(0);
      lock.release();
    }
  }

  async changePassphrase(current: string, next: string): Promise<void> {
    this.assertOpen();
    await assertStrongPassphrase(next);
    await this.verifyPassphrase(current);
    await this.replacePassphrase(next, 'vault.passphrase_changed');
  }

  async verifyPassphrase(passphrase: string): Promise<void> {
    this.assertOpen();
    const fromSlot = await openPassphraseSlot(readKeyFile(this.parts.files.keys), passphrase);
    if (!fromSlot) throw new AppError('WRONG_PASSPHRASE', 'The current passphrase is not right.');
    try {
      if (!timingSafeEqual(fromSlot, this.parts.key)) {
        throw new AppError('KEYS_CORRUPT', 'keys.json no longer matches the open vault.');
      }
    } finally {
      fromSlot.fill(0);
    }
  }

  /**
   * Seals a new passphrase slot. Used by changePassphrase (after checking the current one)
   * and by a reset with the recovery key.
   */
  async replacePassphrase(next: string, auditAction: string): Promise<void> {
    this.assertOpen();
    await assertStrongPassphrase(next);
    // A copy, because close() may wipe the original while scrypt runs.
    const key = Buffer.from(this.parts.key);
    try {
      const cost = await chooseScryptCost(this.parts.kdf);
      const slot = await sealPassphraseSlot(key, next, cost, this.parts.vaultId);
      this.assertOpen();
      writeKeyFile(this.parts.files.keys, { ...readKeyFile(this.parts.files.keys), passphrase: slot });
      appendAudit(this.parts.db, { action: auditAction });
    } finally {
      key.fill(0);
    }
  }

  newRecoveryKey(): string {
    this.assertOpen();
    const recoveryKey = randomBytes(RECOVERY_KEY_BYTES);
    try {
      const keyFile = readKeyFile(this.parts.files.keys);
      const slot = sealRecoverySlot(this.parts.key, recoveryKey, this.parts.vaultId);
      writeKeyFile(this.parts.files.keys, { ...keyFile, recovery: slot });
      appendAudit(this.parts.db, { action: 'vault.recovery_key_replaced' });
      return formatRecoveryKey(recoveryKey);
    } finally {
      recoveryKey.fill(0);
    }
  }

  rawKeyHex(): string {
    this.assertOpen();
    appendAudit(this.parts.db, { action: 'vault.raw_key_revealed' });
    return this.parts.key.toString('hex');
  }

  async backup(outFile: string): Promise<BackupInfo> {
    this.assertOpen();
    const { db, files, vaultId } = this.parts;
    const key = Buffer.from(this.parts.key);
    try {
      const info = await writeBackup({ db, files, key, vaultId, outFile });
      this.assertOpen();
      appendAudit(db, { action: 'vault.backup' });
      return info;
    } finally {
      key.fill(0);
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new AppError('VAULT_LOCKED', 'The vault is locked.');
  }
}

/**
 * The cases changed in this session get their guard harvest now, so the next report's
 * preview starts from an up-to-date one. Only a speed-up: a failure is left for the
 * preview, which harvests whatever is still marked, and must not keep the vault from locking.
 */
function keepHarvestCurrent(db: Database): void {
  try {
    refreshCaseWords(db);
  } catch {
    // See above: the marks stay, nothing is lost.
  }
}
