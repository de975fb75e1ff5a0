import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { fsyncDirectory, writeFileAtomic } from '../fs/atomic-write';
import { databaseSidecars, type VaultFiles } from '../vault-files';

/*
 * Key rotation swaps two files, vault.db and keys.json, which no single rename can do. So
 * the new pair is written beside the old one and a journal decides which pair is the vault:
 *
 *   vault.db.rekey, keys.json.rekey   the new database (new key, verified) and its key file
 *   rekey.json                        written last, atomically: the commit point
 *
 * No journal: the old pair is the vault, and anything named *.rekey is an unfinished
 * attempt, deleted. Journal present: the new pair is complete (it was verified and
 * fsynced before the journal was written), so the swap is rolled forward — each rename
 * only if its source still exists — and the journal removed. Every step can be repeated,
 * so a crash during recovery is recovered the same way. Recovery needs no key and runs
 * under vault.lock before anything reads keys.json.
 */

export const REKEY_JOURNAL_FORMAT = 'fortrolig-rekey';

const journalSchema = z.strictObject({
  format: z.literal(REKEY_JOURNAL_FORMAT),
  version: z.literal(1),
  state: z.literal('commit'),
  committedAt: z.iso.datetime(),
});

export interface RekeyFiles {
  database: string;
  keys: string;
  journal: string;
}

export function rekeyFiles(files: VaultFiles): RekeyFiles {
  return {
    database: `${files.database}.rekey`,
    keys: `${files.keys}.rekey`,
    journal: path.join(files.dir, 'rekey.json'),
  };
}

export function writeRekeyJournal(files: VaultFiles): void {
  const journal = { format: REKEY_JOURNAL_FORMAT, version: 1, state: 'commit', committedAt: new Date().toISOString() };
  writeFileAtomic(rekeyFiles(files).journal, `${JSON.stringify(journal, null, 2)}\n`);
}

export type RekeyRecovery = 'none' | 'rolled_back' | 'rolled_forward';

/** Finishes or discards an interrupted rotation. Call with vault.lock held. */
export function recoverInterruptedRekey(files: VaultFiles, onStep: (step: 'database-swapped' | 'keys-swapped') => void = () => {}): RekeyRecovery {
  const pending = rekeyFiles(files);
  if (fs.existsSync(pending.journal)) {
    readJournal(pending.journal);
    rollForward(files, onStep);
    return 'rolled_forward';
  }
  const leftovers = [pending.database, ...databaseSidecars(pending.database), pending.keys, ...atomicTempFiles(files.dir)];
  const found = leftovers.filter((file) => fs.existsSync(file));
  for (const file of found) fs.rmSync(file, { force: true });
  if (found.length > 0) fsyncDirectory(files.dir);
  return found.length > 0 ? 'rolled_back' : 'none';
}

/** The committed new pair replaces the old one. The old database must be closed. */
export function rollForward(files: VaultFiles, onStep: (step: 'database-swapped' | 'keys-swapped') => void = () => {}): void {
  const pending = rekeyFiles(files);
  if (fs.existsSync(pending.database)) {
    // The old file's WAL and shared memory belong to the old key: applied to the new file
    // they would corrupt it. The old database was checkpointed (TRUNCATE) and closed.
    for (const sidecar of databaseSidecars(files.database)) fs.rmSync(sidecar, { force: true });
    fs.renameSync(pending.database, files.database);
    fsyncDirectory(files.dir);
  }
  onStep('database-swapped');
  if (fs.existsSync(pending.keys)) {
    fs.renameSync(pending.keys, files.keys);
    fsyncDirectory(files.dir);
  }
  onStep('keys-swapped');
  fs.rmSync(pending.journal, { force: true });
  fsyncDirectory(files.dir);
}

function readJournal(file: string): void {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    json = undefined;
  }
  // Written atomically, so it is whole or absent; anything else was not written by us, and
  // guessing which pair is the vault could lose one. Leave both for a person to look at.
  if (!journalSchema.safeParse(json).success) {
    throw new AppError('VAULT_CORRUPT', 'rekey.json in the vault folder is not a key rotation journal this app wrote.');
  }
}

/** Temporary files of an atomic write of keys.json.rekey or rekey.json cut off by a crash. */
function atomicTempFiles(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((name) => /^\.(keys\.json\.rekey|rekey\.json)\.[0-9a-f]{12}\.tmp$/.test(name))
    .map((name) => path.join(dir, name));
}
