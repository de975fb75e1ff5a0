import { unlockVault } from '../../vault/vault';
import type { CliCommand } from '../command';
import { EXIT } from '../exit-codes';
import { requiredString, VAULT_OPTION } from '../options';
import { readSecret, SECRET_ENV } from '../secrets';

export const backupCommand: CliCommand = {
  name: 'backup',
  summary: 'Write one verified, encrypted backup file (outside the vault folder)',
  usage: '--vault DIR --out FILE',
  options: { ...VAULT_OPTION, out: { type: 'string' } },
  async run(values, io) {
    const dir = requiredString(values, 'vault', 'DIR');
    const outFile = requiredString(values, 'out', 'FILE');
    const passphrase = await readSecret(io, SECRET_ENV.passphrase, 'Passphrase: ');
    const vault = await unlockVault({ dir, passphrase });
    try {
      const info = await vault.backup(outFile);
      io.out(info.file);
      io.err(`Backup written and verified: ${info.bytes} bytes, sha256 ${info.sha256}.`);
      io.err('Restoring it needs the passphrase that is valid now.');
    } finally {
      vault.close();
    }
    return EXIT.ok;
  },
};
