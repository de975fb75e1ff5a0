import { rekeyVault } from '../../vault/rekey/rekey-vault';
import type { CliCommand } from '../command';
import { EXIT } from '../exit-codes';
import { requiredString, VAULT_OPTION } from '../options';
import { readSecret, SECRET_ENV } from '../secrets';

export const rekeyCommand: CliCommand = {
  name: 'rekey',
  summary: 'Change the database key (after `key` showed it): re-encrypts vault.db; passphrase and recovery key keep working',
  usage: '--vault DIR [--new-recovery-key]',
  options: { ...VAULT_OPTION, 'new-recovery-key': { type: 'boolean' } },
  async run(values, io) {
    const dir = requiredString(values, 'vault', 'DIR');
    const passphrase = await readSecret(io, SECRET_ENV.passphrase, 'Passphrase: ');
    // The recovery key slot can only be sealed for the new key with the recovery key itself;
    // a person who no longer has it asks for a new one instead.
    const newRecoveryKey = values['new-recovery-key'] === true;
    const recoveryKey = newRecoveryKey ? undefined : await readSecret(io, SECRET_ENV.recoveryKey, 'Recovery key: ');
    const result = await rekeyVault(recoveryKey === undefined ? { dir, passphrase } : { dir, passphrase, recoveryKey });
    io.err('The database key was changed. The old key no longer opens vault.db.');
    io.err('Backups made before now still open with the old key and the passphrase and recovery key of that time.');
    if (result.newRecoveryKey !== null) {
      io.err('NEW RECOVERY KEY (the old one no longer works). Print it or write it down now; it is not shown again:');
      io.out(result.newRecoveryKey);
    }
    return EXIT.ok;
  },
};
