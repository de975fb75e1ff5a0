import { unlockVault } from '../../vault/vault';
import type { CliCommand } from '../command';
import { EXIT } from '../exit-codes';
import { requiredString, VAULT_OPTION } from '../options';
import { readSecret, SECRET_ENV } from '../secrets';

export const keyCommand: CliCommand = {
  name: 'key',
  summary: "Print the raw database key (opens vault.db in any SQLCipher 4 without this app)",
  usage: '--vault DIR',
  options: VAULT_OPTION,
  async run(values, io) {
    const dir = requiredString(values, 'vault', 'DIR');
    const passphrase = await readSecret(io, SECRET_ENV.passphrase, 'Passphrase: ');
    const vault = await unlockVault({ dir, passphrase });
    let rawKey: string;
    try {
      rawKey = vault.rawKeyHex();
    } finally {
      vault.close();
    }
    io.err('WARNING: this key opens vault.db without the passphrase. Anyone with the key and the file');
    io.err('can read every case. Never store it next to the vault; the audit log records that it was shown.');
    io.err(`Open with: PRAGMA cipher_compatibility = 4; PRAGMA key = "x'<key>'";`);
    io.err('Once the key is no longer needed, change it with `rekey --vault DIR` (Settings suggests it too).');
    io.out(rawKey);
    return EXIT.ok;
  },
};
