import { restoreBackup } from '../../vault/backup/restore';
import type { CliCommand } from '../command';
import { EXIT } from '../exit-codes';
import { requiredString, VAULT_OPTION } from '../options';
import { readSecret, SECRET_ENV } from '../secrets';

export const restoreCommand: CliCommand = {
  name: 'restore',
  summary: 'Restore a backup into DIR; a vault already there is moved aside, not deleted',
  usage: '--backup FILE --vault DIR',
  options: { ...VAULT_OPTION, backup: { type: 'string' } },
  async run(values, io) {
    const backupFile = requiredString(values, 'backup', 'FILE');
    const dir = requiredString(values, 'vault', 'DIR');
    const passphrase = await readSecret(io, SECRET_ENV.passphrase, 'Passphrase (valid when the backup was made): ');
    const { replacedDir } = await restoreBackup({ backupFile, dir, passphrase });
    io.err(`Backup verified and restored into ${dir}.`);
    if (replacedDir) {
      io.err('The vault that was there has been moved to the folder below; delete it once you are sure:');
      io.out(replacedDir);
    }
    return EXIT.ok;
  },
};
