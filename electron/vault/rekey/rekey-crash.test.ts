import { createHash, randomInt } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { noteCreateInputSchema } from '../../../shared/domain/schemas/note';
import { createNote } from '../records/notes';
import { newCase } from '../records/testing/records-vault';
import { killHard, spawnTypeScript, waitForLine } from '../test-support/child-process';
import { useTempDir } from '../test-support/temp-dir';
import { createTestVault, TEST_PASSPHRASE } from '../test-support/test-vault';
import { unlockVault } from '../vault';
import { verifyVault } from '../verify-vault';
import { REKEY_STEPS, type RekeyStep } from './rekey-vault';

const tempDir = useTempDir();
const CHILD = 'electron/vault/rekey/test-support/rekey-child.ts';

interface Template {
  dir: string;
  recoveryKey: string;
  oldKey: string;
  notes: string[];
}

async function template(): Promise<Template> {
  const dir = path.join(tempDir(), 'skabelon');
  const { vault, recoveryKey } = await createTestVault(dir);
  const notes: string[] = [];
  for (let i = 0; i < 40; i++) {
    const created = newCase(vault.db, { summary: `Henvendelse ${i}` });
    // Bodies of a few pages, so the copy and the rekey take long enough to be cut mid-way.
    const body = `Samtale ${i}: ${'ord '.repeat(randomInt(500, 3000))}slut.`;
    createNote(vault.db, noteCreateInputSchema.parse({ caseId: created.id, kind: 'phone', noteDate: '2026-03-02', body }));
    notes.push(body);
  }
  const oldKey = vault.rawKeyHex();
  vault.close();
  return { dir, recoveryKey, oldKey, notes };
}

function copyVault(from: string, name: string): string {
  const dir = path.join(tempDir(), name);
  fs.mkdirSync(dir);
  for (const file of fs.readdirSync(from)) fs.copyFileSync(path.join(from, file), path.join(dir, file));
  return dir;
}

/** Starts a rotation and SIGKILLs it at `stopAt` (paused there), or after `afterMs`. Returns the steps it reported. */
async function rotateAndKill(dir: string, t: Template, kill: { stopAt: RekeyStep } | { afterMs: number }): Promise<string[]> {
  const child = spawnTypeScript(CHILD, 'stopAt' in kill ? [dir, kill.stopAt] : [dir], {
    FORTROLIG_PASSPHRASE: TEST_PASSPHRASE,
    FORTROLIG_RECOVERY_KEY: t.recoveryKey,
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  if ('stopAt' in kill) {
    await waitForLine(child, `step ${kill.stopAt}`);
  } else {
    await waitForLine(child, 'started');
    await new Promise((resolve) => setTimeout(resolve, kill.afterMs));
  }
  await killHard(child);
  return output.split('\n').filter((line) => line.startsWith('step ')).map((line) => line.slice(5));
}

function digest(texts: string[]): string {
  return `${texts.length} notes, sha256 ${createHash('sha256').update(JSON.stringify(texts)).digest('hex')}`;
}

/** Exactly one complete vault: it opens with both secrets, holds every note, and verifies. */
async function expectOneCompleteVault(dir: string, t: Template): Promise<'old' | 'new'> {
  const byPassphrase = await unlockVault({ dir, passphrase: TEST_PASSPHRASE });
  let key: string;
  try {
    key = byPassphrase.rawKeyHex();
    const bodies = byPassphrase.db.prepare('SELECT body FROM notes ORDER BY rowid').pluck().all() as string[];
    // Compared as one digest: a failure should not print megabytes of notes.
    expect(digest(bodies)).toBe(digest(t.notes));
  } finally {
    byPassphrase.close();
  }
  expect(fs.readdirSync(dir).sort()).toEqual(['keys.json', 'vault.db']);
  const byRecovery = await unlockVault({ dir, recoveryKey: t.recoveryKey });
  expect(byRecovery.rawKeyHex()).toBe(key);
  byRecovery.close();
  const verification = await verifyVault({ dir, passphrase: TEST_PASSPHRASE });
  expect(verification.integrity).toEqual(['ok']);
  expect(verification.audit.ok).toBe(true);
  expect(verification.auditEnd?.ok).toBe(true);
  return key === t.oldKey ? 'old' : 'new';
}

describe('key rotation survives a crash at any step', () => {
  it('SIGKILL after each step, and at random moments, leaves exactly one complete vault', { timeout: 240_000 }, async () => {
    const t = await template();
    const outcomes: Record<string, 'old' | 'new'> = {};
    for (const step of REKEY_STEPS) {
      const dir = copyVault(t.dir, `boks-${step}`);
      const reported = await rotateAndKill(dir, t, { stopAt: step });
      expect(reported.at(-1)).toBe(step);
      outcomes[step] = await expectOneCompleteVault(dir, t);
    }
    // Before the journal is written the old vault stands; from then on the new one.
    const committedAt = REKEY_STEPS.indexOf('committed');
    expect(outcomes).toEqual(Object.fromEntries(REKEY_STEPS.map((step, index) => [step, index < committedAt ? 'old' : 'new'])));

    // Kills at arbitrary moments land inside steps too (mid-copy, mid-rekey, mid-rename).
    for (let round = 0; round < 6; round++) {
      const dir = copyVault(t.dir, `boks-random-${round}`);
      const reported = await rotateAndKill(dir, t, { afterMs: randomInt(0, 1500) });
      const outcome = await expectOneCompleteVault(dir, t);
      if (reported.includes('committed')) expect(outcome).toBe('new');
      if (!reported.includes('keys-written')) expect(outcome).toBe('old');
    }
  });
});
