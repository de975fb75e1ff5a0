import { verifyVault } from '../../vault/verify-vault';
import type { CliCommand } from '../command';
import { EXIT } from '../exit-codes';
import { requiredString, VAULT_OPTION } from '../options';
import { readSecret, SECRET_ENV } from '../secrets';

export const verifyCommand: CliCommand = {
  name: 'verify',
  summary: 'Check the database (integrity_check) and the audit log chain; changes nothing',
  usage: '--vault DIR',
  options: VAULT_OPTION,
  async run(values, io) {
    const dir = requiredString(values, 'vault', 'DIR');
    const passphrase = await readSecret(io, SECRET_ENV.passphrase, 'Passphrase: ');
    const result = await verifyVault({ dir, passphrase });
    const integrityOk = result.integrity.length === 1 && result.integrity[0] === 'ok';
    io.out(`schema version: ${result.schemaVersion}`);
    io.out(integrityOk ? 'integrity: ok' : `integrity: ${result.integrity.length} problem(s)`);
    if (!integrityOk) for (const problem of result.integrity) io.out(`  ${problem}`);
    io.out(
      result.audit.ok
        ? `audit log: ok (${result.audit.rows} rows)`
        : `audit log: broken at row ${result.audit.firstBrokenSeq} (of ${result.audit.rows} rows)`,
    );
    return integrityOk && result.audit.ok ? EXIT.ok : EXIT.verificationFailed;
  },
};
