import { claimVaultFolder } from './claim-vault';
import { checkAuditAnchor, type AuditAnchorCheck } from './audit/audit-anchor';
import { verifyAuditChain, type AuditChainResult } from './audit/audit-log';
import { openVaultDatabase } from './db/open-database';
import { schemaVersion } from './migrations/runner';
import { unwrapDatabaseKey, type UnlockSecret } from './unlock-secret';

export interface VaultVerification {
  schemaVersion: number;
  /** `['ok']`, or SQLite's integrity_check findings. */
  integrity: string[];
  audit: AuditChainResult;
  /** The log's end against keys.json's anchor; only checked when the chain holds. */
  auditEnd: AuditAnchorCheck | null;
}

/**
 * Checks a vault without changing it: no migration, no audit row. Opening it already
 * refuses a file that fails quick_check (VAULT_CORRUPT); this adds the full
 * integrity_check, recomputes the audit chain and compares its end with the anchor in
 * keys.json (rows cut off at the end).
 */
export async function verifyVault(input: { dir: string } & UnlockSecret): Promise<VaultVerification> {
  // The one change verify makes: claiming settles an interrupted key rotation first.
  const { files, lock, keyFile } = claimVaultFolder(input.dir);
  try {
    const key = await unwrapDatabaseKey(keyFile, input);
    try {
      const db = openVaultDatabase(files.database, key, { mode: 'open', migrate: false });
      try {
        const rows = db.pragma('integrity_check') as { integrity_check: string }[];
        const audit = verifyAuditChain(db);
        return {
          schemaVersion: schemaVersion(db),
          integrity: rows.map((row) => row.integrity_check),
          audit,
          auditEnd: audit.ok ? checkAuditAnchor(db, key, keyFile.vaultId, keyFile.auditAnchor) : null,
        };
      } finally {
        db.close();
      }
    } finally {
      key.fill(0);
    }
  } finally {
    lock.release();
  }
}
