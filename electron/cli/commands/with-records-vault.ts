import type { Database } from '../../vault/db/database';
import { unlockVault } from '../../vault/vault';
import type { CliIo, CliValues } from '../command';
import { requiredString } from '../options';
import { readSecret, SECRET_ENV } from '../secrets';

/** Unlocks the vault of `--vault DIR`, runs `work` on its database and always locks it again. */
export async function withRecordsVault<T>(values: CliValues, io: CliIo, work: (db: Database) => T | Promise<T>): Promise<T> {
  const dir = requiredString(values, 'vault', 'DIR');
  const passphrase = await readSecret(io, SECRET_ENV.passphrase, 'Passphrase: ');
  const vault = await unlockVault({ dir, passphrase });
  try {
    return await work(vault.db);
  } finally {
    vault.close();
  }
}
