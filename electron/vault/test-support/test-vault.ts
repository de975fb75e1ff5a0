import { SCRYPT_FLOOR } from '../keys/scrypt';
import { createVault, type OpenVault } from '../vault';

/** Strong enough for the engine's check; test vaults use the scrypt floor to stay fast. */
export const TEST_PASSPHRASE = 'tre gule ænder svømmer i Gudenåen';
export const OTHER_PASSPHRASE = 'Min cykel står altid ved den grønne dør';
export const TEST_KDF = SCRYPT_FLOOR;

export async function createTestVault(dir: string): Promise<{ vault: OpenVault; recoveryKey: string }> {
  return createVault({ dir, passphrase: TEST_PASSPHRASE, kdf: TEST_KDF });
}

export function auditActions(vault: OpenVault): string[] {
  return (vault.db.prepare('SELECT action FROM audit_log ORDER BY seq').all() as { action: string }[]).map(
    (row) => row.action,
  );
}
