import type { AuditAnchorCheck } from '../../vault/audit/audit-anchor';
import { verifyVault } from '../../vault/verify-vault';
import type { CliCommand } from '../command';
import { EXIT } from '../exit-codes';
import { requiredString, VAULT_OPTION } from '../options';
import { readSecret, SECRET_ENV } from '../secrets';

export const verifyCommand: CliCommand = {
  name: 'verify',
  summary: 'Check the database (integrity_check), the audit log chain and its end (anchor in keys.json); changes nothing',
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
    if (result.auditEnd) io.out(describeAuditEnd(result.auditEnd));
    const endOk = result.auditEnd?.ok ?? false;
    return integrityOk && result.audit.ok && endOk ? EXIT.ok : EXIT.verificationFailed;
  },
};

function describeAuditEnd(check: AuditAnchorCheck): string {
  if (check.ok) return `audit log end: ok (anchored at row ${check.anchoredSeq})`;
  switch (check.problem) {
    case 'missing':
      return 'audit log end: NOT ANCHORED (keys.json holds no anchor; the newest rows could have been cut off unseen)';
    case 'mac':
      return 'audit log end: ANCHOR INVALID (the anchor in keys.json was changed or written with another key)';
    case 'rows_missing':
      return `audit log end: the newest ${check.missingRows} row(s) are missing (the log ends at row ${check.tableSeq}, the anchor names row ${check.anchoredSeq})`;
    case 'diverged':
      return `audit log end: row ${check.anchoredSeq} is not the row the anchor names (the log was rewritten)`;
  }
}
