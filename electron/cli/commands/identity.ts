import { ensureIdentity, revealSecretKey } from '../../vault/colleagues/identity';
import type { CliCommand } from '../command';
import { EXIT } from '../exit-codes';
import { withRecordsVault } from './with-records-vault';

export const identityCommand: CliCommand = {
  name: 'identity',
  summary: "Print this vault's age recipient and fingerprint (--secret: the AGE-SECRET-KEY line for the age tool; audited)",
  usage: '--vault DIR [--secret]',
  options: { vault: { type: 'string' }, secret: { type: 'boolean' } },
  async run(values, io) {
    if (values.secret === true) {
      const secretKey = await withRecordsVault(values, io, (db) => revealSecretKey(db));
      io.err('WARNING: this key decrypts every package sent to this vault, with Debian\'s `age -d -i FILE`.');
      io.err('Anyone holding it can read those cases. Never store it next to the packages or the vault;');
      io.err('the audit log records that it was shown.');
      io.out(secretKey);
      return EXIT.ok;
    }
    const identity = await withRecordsVault(values, io, (db) => ensureIdentity(db));
    io.out(`recipient: ${identity.recipient}`);
    io.out(`fingerprint: ${identity.fingerprint}`);
    io.err('Read the fingerprint to your colleague (in person or on the phone) before they confirm you as a contact.');
    return EXIT.ok;
  },
};
