import path from 'node:path';

/** The files that make up a vault folder. */
export interface VaultFiles {
  dir: string;
  database: string;
  keys: string;
  lock: string;
}

export function vaultFiles(dir: string): VaultFiles {
  const resolved = path.resolve(dir);
  return {
    dir: resolved,
    database: path.join(resolved, 'vault.db'),
    keys: path.join(resolved, 'keys.json'),
    lock: path.join(resolved, 'vault.lock'),
  };
}

/** SQLite's companions of vault.db; they belong to the vault as much as the file itself. */
export function databaseSidecars(databaseFile: string): string[] {
  return [`${databaseFile}-wal`, `${databaseFile}-shm`, `${databaseFile}-journal`];
}
