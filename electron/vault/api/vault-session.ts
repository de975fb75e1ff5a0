import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { AttemptLimiter } from '../attempt-limiter';
import { vaultFiles } from '../vault-files';
import { restoreBackup } from '../backup/restore';
import { createVault, resetPassphrase, unlockVault, type OpenVault, type UnlockCredentials } from '../vault';
import type { EventSink } from './platform';

export type LockReason = 'user' | 'idle' | 'screen-lock' | 'suspend' | 'replaced' | 'quit';

/**
 * The one open vault of this app, if any. Handlers ask it for the database; locking closes
 * the database, forgets the key and tells the renderer to drop everything it shows.
 */
export class VaultSession {
  private current: OpenVault | null = null;
  private readonly limiters = new Map<string, AttemptLimiter>();

  constructor(private readonly events: EventSink) {}

  get isUnlocked(): boolean {
    return this.current !== null;
  }

  get dir(): string | null {
    return this.current?.dir ?? null;
  }

  /** The open vault, or VAULT_LOCKED. */
  require(): OpenVault {
    if (!this.current) throw new AppError('VAULT_LOCKED', 'The vault is locked');
    return this.current;
  }

  async create(dir: string, passphrase: string): Promise<{ dir: string; recoveryKey: string }> {
    this.lock('replaced');
    const { vault, recoveryKey } = await createVault({ dir, passphrase });
    this.current = vault;
    return { dir: vault.dir, recoveryKey };
  }

  async unlock(credentials: UnlockCredentials): Promise<OpenVault> {
    const limiter = this.limiterFor(credentials.dir);
    limiter.assertMayAttempt();
    this.lock('replaced');
    try {
      this.current = await unlockVault(credentials);
    } catch (error) {
      if (error instanceof AppError && (error.code === 'WRONG_PASSPHRASE' || error.code === 'WRONG_RECOVERY_KEY')) {
        limiter.recordFailure();
      }
      throw error;
    }
    limiter.recordSuccess();
    return this.current;
  }

  async resetPassphrase(dir: string, recoveryKey: string, newPassphrase: string): Promise<OpenVault> {
    const limiter = this.limiterFor(dir);
    limiter.assertMayAttempt();
    try {
      await resetPassphrase({ dir, recoveryKey, newPassphrase });
    } catch (error) {
      if (error instanceof AppError && error.code === 'WRONG_RECOVERY_KEY') limiter.recordFailure();
      throw error;
    }
    return this.unlock({ dir, passphrase: newPassphrase });
  }

  /**
   * Replaces the vault folder's contents with a verified backup (the old contents are kept
   * aside by the engine) and opens the restored vault with the backup's passphrase.
   */
  async restore(options: { backupFile: string; dir: string; passphrase: string }): Promise<{ dir: string; replacedDir: string | null }> {
    this.lock('replaced');
    let replacedDir: string | null;
    try {
      ({ replacedDir } = await restoreBackup(options));
    } catch (error) {
      // The vault is untouched but now locked: send the person back to the unlock screen.
      this.events.emit({ name: 'vault.locked', reason: 'restore-failed' });
      throw error;
    }
    const opened = await this.unlock({ dir: options.dir, passphrase: options.passphrase });
    return { dir: opened.dir, replacedDir };
  }

  /** Closes the vault (if open) and tells the renderer why. Safe to call when locked. */
  lock(reason: LockReason): void {
    const vault = this.current;
    if (!vault) return;
    this.current = null;
    vault.close();
    if (reason !== 'replaced') this.events.emit({ name: 'vault.locked', reason });
  }

  private limiterFor(dir: string): AttemptLimiter {
    const key = path.resolve(dir);
    let limiter = this.limiters.get(key);
    if (!limiter) {
      limiter = new AttemptLimiter();
      this.limiters.set(key, limiter);
    }
    return limiter;
  }
}

export function holdsVault(dir: string | null): dir is string {
  return dir !== null && fs.existsSync(vaultFiles(dir).database);
}
