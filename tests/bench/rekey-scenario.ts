import fs from 'node:fs';
import path from 'node:path';
import { readKeyFile } from '../../electron/vault/keys/key-file';
import { openPassphraseSlot } from '../../electron/vault/keys/key-slots';
import { rekeyVault } from '../../electron/vault/rekey/rekey-vault';
import { unlockVault } from '../../electron/vault/vault';
import { vaultFiles } from '../../electron/vault/vault-files';
import { BENCH_PASSPHRASE, openPlaintext, type VaultPair } from './bench-vaults';
import { timeRuns } from './measure';
import type { ScenarioResult } from './scenarios';

/**
 * Key rotation of the whole vault: checkpoint, copy, rekey, verify (integrity_check, row
 * counts, audit chain), re-seal both slots, journaled swap. The vault is closed for it and
 * opened again afterwards, as the app does. Baseline: the same checkpoint, copy and
 * integrity_check of the plaintext file, without any cipher.
 */
export async function rekeyScenario(pair: VaultPair, runs: number): Promise<ScenarioResult> {
  const dir = pair.vaultDir;
  // Each rotation runs the passphrase KDF twice (open the slot, seal the new one); timed
  // apart so the row can say how much of the total is the deliberate KDF cost.
  const kdf = await timeRuns(1, () => openPassphraseSlot(readKeyFile(vaultFiles(dir).keys), BENCH_PASSPHRASE));
  const recoveryKey = pair.encrypted.newRecoveryKey();
  pair.encrypted.close();
  try {
    const encrypted = await timeRuns(runs, () => rekeyVault({ dir, passphrase: BENCH_PASSPHRASE, recoveryKey }));
    const copy = path.join(pair.root, 'plain-rekey-copy.db');
    const plaintext = await timeRuns(runs, () => {
      pair.plain.pragma('wal_checkpoint(TRUNCATE)');
      fs.copyFileSync(pair.plainFile, copy);
      const db = openPlaintext(copy);
      try {
        db.pragma('integrity_check');
      } finally {
        db.close();
      }
      fs.rmSync(copy, { force: true });
      fs.rmSync(`${copy}-wal`, { force: true });
      fs.rmSync(`${copy}-shm`, { force: true });
    });
    const mib = fs.statSync(vaultFiles(dir).database).size / 1024 / 1024;
    return {
      name: 'key rotation (rekey, verify, swap)',
      encrypted,
      plaintext,
      note: `${mib.toFixed(1)} MiB; includes 2 × passphrase KDF (${Math.round(kdf.p50)} ms each)`,
    };
  } finally {
    pair.encrypted = await unlockVault({ dir, passphrase: BENCH_PASSPHRASE });
  }
}
