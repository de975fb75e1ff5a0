import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Sqlite from 'better-sqlite3-multiple-ciphers';
import type { Database } from '../../electron/vault/db/database';
import { generateDemoRecords } from '../../electron/vault/demo/generate';
import { VAULT_PAGE_CACHE_KIB } from '../../electron/vault/db/open-database';
import { migrate } from '../../electron/vault/migrations/runner';
import { refreshCaseWords } from '../../electron/vault/report/source/case-words';
import { createVault, unlockVault, type OpenVault } from '../../electron/vault/vault';

export const BENCH_PASSPHRASE = 'benchmark med syv lange danske ord i rap';

export interface VaultPair {
  root: string;
  vaultDir: string;
  plainFile: string;
  encrypted: OpenVault;
  plain: Database;
  cases: number;
  notes: number;
  close(): void;
}

/** The same pragmas the vault uses after keying, so the baseline differs only by the cipher. */
export function openPlaintext(file: string): Database {
  const db = new Sqlite(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('secure_delete = ON');
  db.pragma('temp_store = MEMORY');
  db.pragma(`cache_size = -${VAULT_PAGE_CACHE_KIB}`);
  return db;
}

/**
 * An encrypted vault (calibrated KDF, as a person would have) and a plaintext SQLite file
 * with the same schema and the same seeded demo data.
 */
export async function createVaultPair(cases: number, seed: number): Promise<VaultPair> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fortrolig-bench-'));
  const vaultDir = path.join(root, 'vault');
  const plainFile = path.join(root, 'plain.db');
  const { vault } = await createVault({ dir: vaultDir, passphrase: BENCH_PASSPHRASE });
  const summary = generateDemoRecords(vault.db, { cases, seed, today: '2026-11-21' });
  vault.close();
  const encrypted = await unlockVault({ dir: vaultDir, passphrase: BENCH_PASSPHRASE });

  const writer = openPlaintext(plainFile);
  migrate(writer);
  generateDemoRecords(writer, { cases, seed, today: '2026-11-21' });
  // As the vault's lock does: the guard's harvest of the new cases is made before closing.
  refreshCaseWords(writer);
  writer.close();
  // Reopened like the vault, so neither side keeps the generator's warm, enlarged cache.
  const plain = openPlaintext(plainFile);

  return {
    root,
    vaultDir,
    plainFile,
    encrypted,
    plain,
    cases: summary.cases,
    notes: summary.notes,
    close() {
      encrypted.close();
      plain.close();
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}
