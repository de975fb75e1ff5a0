// Child process for the crash test: unlocks the vault in argv[2] and commits transactions
// until it is killed, printing "committed <id>" after each commit has returned.
import { randomBytes, randomInt } from 'node:crypto';
import fs from 'node:fs';
import { appendAudit } from '../audit/audit-log';
import { unlockVault } from '../vault';

const dir = process.argv[2];
const passphrase = process.env.FORTROLIG_PASSPHRASE;
if (!dir || !passphrase) throw new Error('usage: crash-writer.ts DIR (passphrase in FORTROLIG_PASSPHRASE)');

const vault = await unlockVault({ dir, passphrase });
const db = vault.db;
db.exec('CREATE TABLE IF NOT EXISTS crash_probe (id INTEGER PRIMARY KEY, payload TEXT NOT NULL) STRICT');
const insert = db.prepare('INSERT INTO crash_probe (payload) VALUES (?)');
const commit = db.transaction(() => {
  // Up to a few pages per row, so commits span page boundaries and overflow pages.
  const id = Number(insert.run(randomBytes(randomInt(100, 12_000)).toString('base64')).lastInsertRowid);
  appendAudit(db, { action: 'test.commit', subject: `id=${id}` });
  return id;
});
fs.writeSync(1, 'unlocked\n');
for (;;) {
  const id = commit.immediate();
  // Synchronous, so the line is out before the next transaction starts.
  fs.writeSync(1, `committed ${id}\n`);
}
