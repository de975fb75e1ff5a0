import { z } from 'zod';
import { wellFormedString } from '../domain/schemas/common';
import { method } from './define';

const dir = wellFormedString().min(1).max(4096);
// Upper bounds keep a pasted novel from reaching the KDF; the strength rule is the engine's.
const passphrase = wellFormedString().min(1).max(1024);
const recoveryKey = wellFormedString().min(1).max(200);

export type VaultState = 'none' | 'locked' | 'unlocked';

export interface VaultStatus {
  state: VaultState;
  /** The vault folder last used on this machine, if it still holds a vault. */
  dir: string | null;
  /** Where a new vault goes unless the user picks another folder. */
  defaultDir: string;
}

export interface BackupResult {
  file: string;
  bytes: number;
}

export const vaultMethods = {
  'vault.status': method(z.undefined()).returns<VaultStatus>(),
  'vault.chooseFolder': method(z.undefined()).returns<{ dir: string } | null>(),
  'vault.create': method(z.object({ dir, passphrase }).strict()).returns<{ dir: string; recoveryKey: string }>(),
  'vault.unlock': method(
    z.union([z.object({ dir, passphrase }).strict(), z.object({ dir, recoveryKey }).strict()]),
  ).returns<{ dir: string }>(),
  'vault.lock': method(z.undefined()).returns<null>(),
  'vault.changePassphrase': method(z.object({ current: passphrase, next: passphrase }).strict()).returns<null>(),
  'vault.resetPassphrase': method(z.object({ dir, recoveryKey, newPassphrase: passphrase }).strict()).returns<{ dir: string }>(),
  'vault.newRecoveryKey': method(z.object({ passphrase }).strict()).returns<{ recoveryKey: string }>(),
  'vault.backup': method(z.undefined()).returns<BackupResult | null>(),
  'vault.restore': method(z.object({ passphrase }).strict()).returns<{ dir: string; replacedDir: string | null } | null>(),
};
