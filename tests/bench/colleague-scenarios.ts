/**
 * One-off figures for issue 11 (not registered in the bench index): package size and time
 * to write, open and import a handover of 1 and of 200 demo cases, and a consultation of
 * one case. `npx tsx tests/bench/colleague-scenarios.ts [cases]`
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addContact, confirmContact } from '../../electron/vault/colleagues/contacts';
import { prepareHandover } from '../../electron/vault/colleagues/handover';
import { ensureIdentity } from '../../electron/vault/colleagues/identity';
import { receivePackage } from '../../electron/vault/colleagues/receive';
import { generateDemoRecords } from '../../electron/vault/demo/generate';
import { createTestVault } from '../../electron/vault/test-support/test-vault';

async function main(): Promise<void> {
  const counts = process.argv.slice(2).map(Number);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fortrolig-colleague-bench-'));
  try {
    for (const [run, count] of (counts.length > 0 ? counts : [1, 200]).entries()) {
      const alice = (await createTestVault(path.join(dir, `alice-${run}`))).vault;
      const bob = (await createTestVault(path.join(dir, `bob-${run}`))).vault;
      try {
        generateDemoRecords(alice.db, { cases: count, seed: 2026, today: '2026-09-01' });
        const a = await ensureIdentity(alice.db);
        const b = await ensureIdentity(bob.db);
        const bobAtAlice = addContact(alice.db, { name: 'Bob', recipient: b.recipient, replaceKey: false }, a.recipient);
        confirmContact(alice.db, bobAtAlice.id, b.fingerprint);
        const aliceAtBob = addContact(bob.db, { name: 'Alice', recipient: a.recipient, replaceKey: false }, b.recipient);
        confirmContact(bob.db, aliceAtBob.id, a.fingerprint);
        const caseIds = (alice.db.prepare('SELECT id FROM cases ORDER BY id').all() as { id: number }[]).map((row) => row.id);
        const notes = (alice.db.prepare('SELECT count(*) AS n FROM notes').get() as { n: number }).n;

        let started = performance.now();
        const prepared = await prepareHandover(alice.db, { caseIds, contactId: bobAtAlice.id, overrideReason: 'Måling af pakkestørrelse' });
        const sealMs = performance.now() - started;
        started = performance.now();
        const received = await receivePackage(bob.db, prepared.bytes);
        const receiveMs = performance.now() - started;
        process.stdout.write(
          `${count} cases (${notes} notes): package ${(prepared.bytes.byteLength / 1024).toFixed(1)} KiB; ` +
            `export+seal ${sealMs.toFixed(0)} ms; open+check+import ${receiveMs.toFixed(0)} ms (${received.cases.length} cases imported)\n`,
        );
      } finally {
        alice.close();
        bob.close();
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
