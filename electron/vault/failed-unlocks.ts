/**
 * Failed unlocks cannot be written to the audit log when they happen: without the key the
 * database cannot be opened. They are counted here, per vault folder, for the life of the
 * process, and written as one `vault.unlock_failed` row at the next successful unlock.
 */
const failedUnlocks = new Map<string, number>();

export function recordFailedUnlock(vaultDir: string): void {
  failedUnlocks.set(vaultDir, (failedUnlocks.get(vaultDir) ?? 0) + 1);
}

/** Returns the count since the last successful unlock and starts counting afresh. */
export function takeFailedUnlocks(vaultDir: string): number {
  const count = failedUnlocks.get(vaultDir) ?? 0;
  failedUnlocks.delete(vaultDir);
  return count;
}
