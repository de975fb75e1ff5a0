import { randomInt } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from './audit/audit-log';
import { spawnTypeScript } from './test-support/child-process';
import { useTempDir } from './test-support/temp-dir';
import { createTestVault, TEST_PASSPHRASE } from './test-support/test-vault';
import { unlockVault } from './vault';

const tempDir = useTempDir();
const ROUNDS = 24;

/** Runs the writer, SIGKILLs it after `killAfterMs`, and returns the ids it reported as committed. */
function runWriterAndKill(dir: string, killAfterMs: (startedWriting: boolean) => number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const writer = spawnTypeScript('electron/vault/test-support/crash-writer.ts', [dir], {
      FORTROLIG_PASSPHRASE: TEST_PASSPHRASE,
    });
    let output = '';
    let errors = '';
    let timer: NodeJS.Timeout | undefined;
    const scheduleKill = (startedWriting: boolean) => {
      clearTimeout(timer);
      timer = setTimeout(() => writer.kill('SIGKILL'), killAfterMs(startedWriting));
    };
    scheduleKill(false);
    writer.stdout.on('data', (chunk: Buffer) => {
      const first = !output.includes('unlocked\n');
      output += chunk.toString('utf8');
      if (first && output.includes('unlocked\n')) scheduleKill(true);
    });
    writer.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
    writer.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') return reject(new Error(`writer ended by itself (${code}): ${errors}`));
      // Only whole lines count: a line cut off by the kill was not reported.
      const lines = output.split('\n').slice(0, -1);
      resolve(lines.filter((line) => line.startsWith('committed ')).map((line) => Number(line.slice(10))));
    });
  });
}

describe('crash safety', () => {
  it(`keeps every reported commit and an intact file across ${ROUNDS} SIGKILLs`, { timeout: 60_000 }, async () => {
    const dir = path.join(tempDir(), 'boks');
    (await createTestVault(dir)).vault.close();
    const reported = new Set<number>();
    let roundsWithCommits = 0;

    for (let round = 0; round < ROUNDS; round++) {
      // Every fourth round is killed at any moment (often while starting or unlocking);
      // the others some time into writing.
      const killAnywhere = round % 4 === 0;
      const ids = await runWriterAndKill(dir, (startedWriting) =>
        killAnywhere ? randomInt(0, 600) : startedWriting ? randomInt(1, 250) : 10_000,
      );
      ids.forEach((id) => reported.add(id));
      if (ids.length > 0) roundsWithCommits++;

      const vault = await unlockVault({ dir, passphrase: TEST_PASSPHRASE });
      try {
        expect(vault.db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(verifyAuditChain(vault.db).ok).toBe(true);
        const probe = vault.db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'crash_probe'").get();
        const stored = new Set(
          probe ? (vault.db.prepare('SELECT id FROM crash_probe').pluck().all() as number[]) : [],
        );
        const missing = [...reported].filter((id) => !stored.has(id));
        expect(missing).toEqual([]);
      } finally {
        vault.close();
      }
    }
    expect(roundsWithCommits).toBeGreaterThanOrEqual(ROUNDS / 2);
    expect(reported.size).toBeGreaterThan(ROUNDS);
  });
});
