import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRecoveryKey } from '../../shared/recovery-key';
import { folderFingerprint } from '../vault/test-support/file-state';
import { useTempDir } from '../vault/test-support/temp-dir';
import { createTestVault, OTHER_PASSPHRASE, TEST_PASSPHRASE } from '../vault/test-support/test-vault';
import { unlockVault } from '../vault/vault';
import { CLI_SCRIPT, type CliRun, REPO_ROOT, spawnCli } from './testing/spawn-cli';

const tempDir = useTempDir();

function lines(text: string): string[] {
  return text.split('\n').filter((line) => line !== '');
}

/** Failures are exactly one line on stderr: `fortrolig: <message> (<CODE>)`. */
function expectOneErrorLine(run: CliRun, code: string): void {
  expect(lines(run.stderr)).toHaveLength(1);
  expect(run.stderr).toMatch(new RegExp(`^fortrolig: .+ \\(${code}\\)\\n$`));
}

async function closedVault(): Promise<{ dir: string; recoveryKey: string }> {
  const dir = path.join(tempDir(), 'boks');
  const { vault, recoveryKey } = await createTestVault(dir);
  vault.close();
  return { dir, recoveryKey };
}

const withPassphrase = { FORTROLIG_PASSPHRASE: TEST_PASSPHRASE };

describe('fortrolig CLI', () => {
  it('documents its commands, secrets and exit codes in --help', async () => {
    const run = await spawnCli(['--help']);
    expect(run.code).toBe(0);
    for (const word of ['init', 'verify', 'key', 'backup', 'restore', 'passwd', 'FORTROLIG_PASSPHRASE', 'Exit codes']) {
      expect(run.stdout).toContain(word);
    }
    expect(run.stdout).toMatch(/^ {2}4 {2}wrong passphrase/m);
  });

  it('answers usage errors with exit 1 and one line', async () => {
    const none = await spawnCli([]);
    expect(none.code).toBe(1);
    const unknown = await spawnCli(['frobnicate']);
    expect(unknown.code).toBe(1);
    expectOneErrorLine(unknown, 'USAGE');
    const missingVault = await spawnCli(['verify'], withPassphrase);
    expect(missingVault.code).toBe(1);
    expectOneErrorLine(missingVault, 'INVALID_INPUT');
  });

  it('never takes a passphrase from the command line, nor from a pipe', async () => {
    const { dir } = await closedVault();
    const asArgument = await spawnCli(['key', '--vault', dir, '--passphrase', TEST_PASSPHRASE]);
    expect(asArgument.code).toBe(1);
    expectOneErrorLine(asArgument, 'USAGE');
    expect(asArgument.stderr).not.toContain(TEST_PASSPHRASE);

    const noTerminal = await spawnCli(['key', '--vault', dir]);
    expect(noTerminal.code).toBe(1);
    expectOneErrorLine(noTerminal, 'INVALID_INPUT');
  });

  it('init creates a vault and prints the recovery key once, alone on stdout', async () => {
    const dir = path.join(tempDir(), 'ny-boks');
    const run = await spawnCli(['init', '--vault', dir, '--kdf-floor'], withPassphrase);
    expect(run.code).toBe(0);
    expect(lines(run.stdout)).toHaveLength(1);
    expect(parseRecoveryKey(run.stdout.trim()).ok).toBe(true);
    expect(run.stderr).toContain('shown only now');
    expect(fs.readdirSync(dir).sort()).toEqual(['keys.json', 'vault.db']);

    const again = await spawnCli(['init', '--vault', dir, '--kdf-floor'], withPassphrase);
    expect(again.code).toBe(2);
    expectOneErrorLine(again, 'VAULT_EXISTS');

    const weak = await spawnCli(['init', '--vault', path.join(tempDir(), 'svag'), '--kdf-floor'], {
      FORTROLIG_PASSPHRASE: 'sommer2024',
    });
    expect(weak.code).toBe(2);
    expectOneErrorLine(weak, 'WEAK_PASSPHRASE');
  });

  it('key prints the raw key with a warning; a wrong passphrase exits 4 and changes nothing', async () => {
    const { dir } = await closedVault();
    const run = await spawnCli(['key', '--vault', dir], withPassphrase);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^[0-9a-f]{64}\n$/);
    expect(run.stderr).toContain('WARNING');

    const before = folderFingerprint(dir);
    const wrong = await spawnCli(['key', '--vault', dir], { FORTROLIG_PASSPHRASE: OTHER_PASSPHRASE });
    expect(wrong.code).toBe(4);
    expectOneErrorLine(wrong, 'WRONG_PASSPHRASE');
    expect(folderFingerprint(dir)).toEqual(before);
  });

  it('verify reports a healthy vault, and the first broken audit row with exit 5', async () => {
    const { dir } = await closedVault();
    const healthy = await spawnCli(['verify', '--vault', dir], withPassphrase);
    expect(healthy.code).toBe(0);
    expect(healthy.stdout).toContain('integrity: ok');
    expect(healthy.stdout).toMatch(/audit log: ok \(\d+ rows\)/);

    const vault = await unlockVault({ dir, passphrase: TEST_PASSPHRASE });
    vault.db.exec('DROP TRIGGER audit_log_no_update');
    vault.db.prepare("UPDATE audit_log SET action = 'vault.tampered' WHERE seq = 2").run();
    vault.close();
    const broken = await spawnCli(['verify', '--vault', dir], withPassphrase);
    expect(broken.code).toBe(5);
    expect(broken.stdout).toMatch(/audit log: broken at row 2 \(of \d+ rows\)/);
  });

  it('backup and restore: a verified file, restored beside the current vault moved aside', async () => {
    const { dir } = await closedVault();
    const backupFile = path.join(tempDir(), 'boks.fortrolig-backup');
    const backup = await spawnCli(['backup', '--vault', dir, '--out', backupFile], withPassphrase);
    expect(backup.code).toBe(0);
    expect(backup.stdout.trim()).toBe(backupFile);
    expect(backup.stderr).toMatch(/verified/);

    const restore = await spawnCli(['restore', '--backup', backupFile, '--vault', dir], withPassphrase);
    expect(restore.code).toBe(0);
    const replacedDir = restore.stdout.trim();
    expect(replacedDir).toMatch(/boks\.replaced-/);
    expect(fs.readdirSync(replacedDir).sort()).toEqual(['keys.json', 'vault.db']);
    (await unlockVault({ dir, passphrase: TEST_PASSPHRASE })).close();

    fs.writeFileSync(backupFile, 'not a backup');
    const invalid = await spawnCli(['restore', '--backup', backupFile, '--vault', dir], withPassphrase);
    expect(invalid.code).toBe(5);
    expectOneErrorLine(invalid, 'BACKUP_INVALID');
  });

  it('passwd changes the passphrase, and --recovery resets it with the recovery key', async () => {
    const { dir, recoveryKey } = await closedVault();
    const changed = await spawnCli(['passwd', '--vault', dir, '--kdf-floor'], {
      ...withPassphrase,
      FORTROLIG_NEW_PASSPHRASE: OTHER_PASSPHRASE,
    });
    expect(changed.code).toBe(0);
    expect((await spawnCli(['key', '--vault', dir], withPassphrase)).code).toBe(4);
    expect((await spawnCli(['key', '--vault', dir], { FORTROLIG_PASSPHRASE: OTHER_PASSPHRASE })).code).toBe(0);

    const reset = await spawnCli(['passwd', '--vault', dir, '--recovery', '--kdf-floor'], {
      FORTROLIG_RECOVERY_KEY: recoveryKey,
      FORTROLIG_NEW_PASSPHRASE: TEST_PASSPHRASE,
    });
    expect(reset.code).toBe(0);
    (await unlockVault({ dir, passphrase: TEST_PASSPHRASE })).close();
  });
});

/** `script` (util-linux) runs the CLI on a pseudo-terminal, so the hidden prompt is real. */
const hasScript = process.platform === 'linux' && fs.existsSync('/usr/bin/script');

describe.skipIf(!hasScript)('fortrolig CLI on a terminal', () => {
  it('asks for the passphrase without echoing it', async () => {
    const { dir } = await closedVault();
    const command = `'${process.execPath}' --import tsx '${CLI_SCRIPT}' key --vault '${dir}'`;
    const child = spawn('/usr/bin/script', ['-qec', command, '/dev/null'], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TERM: 'dumb' },
    });
    let output = '';
    let typed = false;
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (!typed && output.includes('Passphrase: ')) {
        typed = true;
        child.stdin.write(`${TEST_PASSPHRASE}\r`);
      }
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(output).toMatch(/[0-9a-f]{64}/);
    expect(output).not.toContain('ænder');
  });
});
