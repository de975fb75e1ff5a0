import fs from 'node:fs';
import os from 'node:os';
import { vaultFiles } from '../vault-files';

/**
 * A worker that dies cannot release its vault.lock, and the lock names this very process,
 * which is alive, so it would never count as stale: the person could not open their vault
 * again until they restart the app. Only the engine opens vaults in this process, so a lock
 * with our pid and host left behind by a dead engine is ours to remove.
 */
export function releaseOrphanedLock(vaultDir: string): void {
  const lockFile = vaultFiles(vaultDir).lock;
  let owner: { pid?: unknown; hostname?: unknown };
  try {
    owner = JSON.parse(fs.readFileSync(lockFile, 'utf8')) as typeof owner;
  } catch {
    return;
  }
  if (owner.pid === process.pid && owner.hostname === os.hostname()) fs.rmSync(lockFile, { force: true });
}
