import { createVault } from '../../vault/vault';
import type { CliCommand } from '../command';
import { EXIT } from '../exit-codes';
import { KDF_FLOOR_OPTION, kdfChoice, requiredString, VAULT_OPTION } from '../options';
import { readNewPassphrase, SECRET_ENV } from '../secrets';

export const initCommand: CliCommand = {
  name: 'init',
  summary: 'Create a new vault and print its recovery key (once)',
  usage: '--vault DIR [--kdf-floor]',
  options: { ...VAULT_OPTION, ...KDF_FLOOR_OPTION },
  async run(values, io) {
    const dir = requiredString(values, 'vault', 'DIR');
    const passphrase = await readNewPassphrase(io, SECRET_ENV.passphrase);
    const { vault, recoveryKey } = await createVault({ dir, passphrase, kdf: kdfChoice(values) });
    vault.close();
    io.err(`Vault created in ${vault.dir}.`);
    io.err('Recovery key: write it down and keep it away from this computer. It is shown only now.');
    io.out(recoveryKey);
    return EXIT.ok;
  },
};
