import fs from 'node:fs';
import { AppError } from '../../shared/errors';
import { readKeyFile, type KeyFile } from './keys/key-file';
import { recoverInterruptedRekey } from './rekey/rekey-journal';
import { vaultFiles, type VaultFiles } from './vault-files';
import { acquireVaultLock, type VaultLock } from './vault-lock';

export interface ClaimedVault {
  files: VaultFiles;
  /** Held by the caller, who releases it when done (or keeps it while the vault is open). */
  lock: VaultLock;
  keyFile: KeyFile;
}

/**
 * The one way into a closed vault folder, for unlock, verify and key rotation alike: the
 * folder must hold a vault, this process takes its lock, and a key rotation cut off by a
 * crash is settled before keys.json is read (it decides which keys.json is the vault's).
 */
export function claimVaultFolder(dir: string): ClaimedVault {
  const files = vaultFiles(dir);
  if (!fs.existsSync(files.database)) throw new AppError('VAULT_NOT_FOUND', 'There is no vault in this folder.');
  const lock = acquireVaultLock(files.lock);
  try {
    recoverInterruptedRekey(files);
    return { files, lock, keyFile: readKeyFile(files.keys) };
  } catch (error) {
    lock.release();
    throw error;
  }
}
