import { resetPassphrase, unlockVault } from '../../vault/vault';
import type { CliCommand } from '../command';
import { EXIT } from '../exit-codes';
import { KDF_FLOOR_OPTION, kdfChoice, requiredString, VAULT_OPTION } from '../options';
import { readNewPassphrase, readSecret, SECRET_ENV } from '../secrets';

export const passwdCommand: CliCommand = {
  name: 'passwd',
  summary: 'Change the passphrase (or, with --recovery, set a new one using the recovery key)',
  usage: '--vault DIR [--recovery] [--kdf-floor]',
  options: { ...VAULT_OPTION, ...KDF_FLOOR_OPTION, recovery: { type: 'boolean' } },
  async run(values, io) {
    const dir = requiredString(values, 'vault', 'DIR');
    const kdf = kdfChoice(values);
    if (values.recovery === true) {
      const recoveryKey = await readSecret(io, SECRET_ENV.recoveryKey, 'Recovery key: ');
      const newPassphrase = await readNewPassphrase(io, SECRET_ENV.newPassphrase);
      await resetPassphrase({ dir, recoveryKey, newPassphrase, kdf });
    } else {
      const current = await readSecret(io, SECRET_ENV.passphrase, 'Current passphrase: ');
      const vault = await unlockVault({ dir, passphrase: current, kdf });
      try {
        await vault.changePassphrase(current, await readNewPassphrase(io, SECRET_ENV.newPassphrase));
      } finally {
        vault.close();
      }
    }
    io.err('Passphrase changed. The recovery key is unchanged.');
    return EXIT.ok;
  },
};
