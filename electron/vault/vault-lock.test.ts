import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { killHard, spawnTypeScript, waitForLine } from './test-support/child-process';
import { fullDiskAvailable, mountSmallDisk } from './test-support/full-disk';
import { useTempDir } from './test-support/temp-dir';
import { createTestVault, TEST_PASSPHRASE } from './test-support/test-vault';
import { unlockVault } from './vault';
import { acquireVaultLock } from './vault-lock';

const tempDir = useTempDir();

function lockFile(): string {
  return path.join(tempDir(), 'vault.lock');
}

function codeOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return 'no error';
}

/** A lock as another process would have written it. */
function writeForeignLock(content: Record<string, unknown>): void {
  fs.writeFileSync(lockFile(), JSON.stringify({ token: 'theirs', startedAt: new Date().toISOString(), ...content }));
}

/** A pid that is certainly not running: one past the highest allowed, or a huge one. */
function deadPid(): number {
  try {
    return Number(fs.readFileSync('/proc/sys/kernel/pid_max', 'utf8')) + 1;
  } catch {
    return 2 ** 22 + 1;
  }
}

describe('acquireVaultLock', () => {
  it('lets one holder in at a time and removes the file on release', () => {
    const lock = acquireVaultLock(lockFile());
    const content = JSON.parse(fs.readFileSync(lockFile(), 'utf8')) as { pid: number; hostname: string };
    expect(content).toMatchObject({ pid: process.pid, hostname: os.hostname() });
    expect(codeOf(() => acquireVaultLock(lockFile()))).toBe('VAULT_IN_USE');
    lock.release();
    lock.release();
    expect(fs.existsSync(lockFile())).toBe(false);
    acquireVaultLock(lockFile()).release();
  });

  it('takes over the lock of a process that no longer runs', () => {
    writeForeignLock({ pid: deadPid(), hostname: os.hostname() });
    const lock = acquireVaultLock(lockFile());
    expect(JSON.parse(fs.readFileSync(lockFile(), 'utf8'))).toMatchObject({ pid: process.pid });
    lock.release();
  });

  it('takes over a lock written before this machine booted', () => {
    const beforeBoot = new Date(Date.now() - os.uptime() * 1000 - 3_600_000).toISOString();
    writeForeignLock({ pid: process.ppid, hostname: os.hostname(), startedAt: beforeBoot });
    acquireVaultLock(lockFile()).release();
  });

  it('respects a lock from another host, even with a pid unknown here', () => {
    writeForeignLock({ pid: deadPid(), hostname: `${os.hostname()}-laptop-2` });
    expect(codeOf(() => acquireVaultLock(lockFile()))).toBe('VAULT_IN_USE');
  });

  it('respects an unreadable lock while it may still be being written, not after', () => {
    fs.writeFileSync(lockFile(), '');
    expect(codeOf(() => acquireVaultLock(lockFile()))).toBe('VAULT_IN_USE');
    const aMinuteAgo = new Date(Date.now() - 60_000);
    fs.utimesSync(lockFile(), aMinuteAgo, aMinuteAgo);
    acquireVaultLock(lockFile()).release();
  });

  it('does not remove a lock that is no longer its own', () => {
    const lock = acquireVaultLock(lockFile());
    writeForeignLock({ pid: process.ppid, hostname: os.hostname() });
    lock.release();
    expect(fs.existsSync(lockFile())).toBe(true);
  });
});

describe('a vault held by another process', () => {
  it('is VAULT_IN_USE while that process lives, and opens once it was killed', async () => {
    const dir = path.join(tempDir(), 'boks');
    (await createTestVault(dir)).vault.close();

    const holder = spawnTypeScript('electron/vault/test-support/hold-vault.ts', [dir], {
      FORTROLIG_PASSPHRASE: TEST_PASSPHRASE,
    });
    try {
      await waitForLine(holder, 'unlocked');
      await expect(unlockVault({ dir, passphrase: TEST_PASSPHRASE })).rejects.toMatchObject({ code: 'VAULT_IN_USE' });
    } finally {
      await killHard(holder);
    }
    const lockContent = JSON.parse(fs.readFileSync(path.join(dir, 'vault.lock'), 'utf8')) as { pid: number };
    expect(lockContent.pid).toBe(holder.pid);

    const vault = await unlockVault({ dir, passphrase: TEST_PASSPHRASE });
    expect(vault.db.pragma('integrity_check', { simple: true })).toBe('ok');
    vault.close();
    expect(fs.existsSync(path.join(dir, 'vault.lock'))).toBe(false);
  });
});

describe.skipIf(!fullDiskAvailable)('a full disk (a real tmpfs filled to the last block; needs root to mount)', () => {
  it('is DISK_FULL, leaves no empty lock behind, and the vault opens at once when space is back', async () => {
    const disk = mountSmallDisk(1024);
    try {
      const dir = path.join(disk.dir, 'boks');
      (await createTestVault(dir)).vault.close();
      disk.fill();

      expect(codeOf(() => acquireVaultLock(path.join(dir, 'vault.lock')))).toBe('DISK_FULL');
      expect(fs.existsSync(path.join(dir, 'vault.lock'))).toBe(false);
      await expect(unlockVault({ dir, passphrase: TEST_PASSPHRASE })).rejects.toMatchObject({ code: 'DISK_FULL' });
      expect(fs.readdirSync(dir).sort()).toEqual(['keys.json', 'vault.db']);

      // Without the 0-byte lock there is no five-second wait: the next attempt opens.
      disk.free();
      const vault = await unlockVault({ dir, passphrase: TEST_PASSPHRASE });
      vault.close();
    } finally {
      disk.unmount();
    }
  });

  it('creating a vault on a full disk is DISK_FULL and leaves no vault file or lock behind', async () => {
    const disk = mountSmallDisk(1024);
    try {
      disk.fill();
      const dir = path.join(disk.dir, 'boks');
      await expect(createTestVault(dir)).rejects.toMatchObject({ code: 'DISK_FULL' });
      expect(fs.existsSync(dir) ? fs.readdirSync(dir) : []).toEqual([]);
    } finally {
      disk.unmount();
    }
  });
});
