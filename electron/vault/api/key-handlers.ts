import { keyExposure } from '../rekey/key-exposure';
import { rekeyVault } from '../rekey/rekey-vault';
import type { HandlerModule } from './handler-types';

export const keyHandlers: HandlerModule<'vault.keyStatus' | 'vault.rekey'> = {
  'vault.keyStatus': (_input, { vault }) => keyExposure(vault.require().db),

  'vault.rekey': async ({ passphrase, recoveryKey }, { vault }) => {
    const open = vault.require();
    // Checked while still open, so a mistyped passphrase does not lock the vault.
    await open.verifyPassphrase(passphrase);
    const dir = open.dir;
    // The rotation replaces vault.db, so this process must let go of it first.
    vault.lock('replaced');
    try {
      const rotated = await rekeyVault(recoveryKey === null ? { dir, passphrase } : { dir, passphrase, recoveryKey });
      return { newRecoveryKey: rotated.newRecoveryKey };
    } finally {
      // Old key or new, the journal leaves exactly one vault, and the passphrase opens it.
      await vault.unlock({ dir, passphrase });
    }
  },
};
