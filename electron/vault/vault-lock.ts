import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import { z } from 'zod';
import { AppError } from '../../shared/errors';

/*
 * vault.lock keeps two processes (two app windows, the app and the CLI) from opening one
 * vault at once. It is created with O_EXCL and holds {pid, hostname, startedAt, token}.
 * A lock is stale, and taken over, when it was written on this host by a process that no
 * longer runs, or before this machine last booted (its pid may since belong to another
 * program). A lock from another host is never judged stale: that process may be alive.
 * Two processes taking over the same stale lock in the same instant could both win; the
 * window is a few microseconds between a re-read and an unlink.
 */

export interface VaultLock {
  /** Removes the lock file if it is still ours. Safe to call twice. */
  release(): void;
}

const lockContentSchema = z.object({
  pid: z.number().int().positive(),
  hostname: z.string(),
  startedAt: z.iso.datetime(),
  token: z.string(),
});

type LockContent = z.infer<typeof lockContentSchema>;

/** A lock file too new to judge may be mid-write by its creator. */
const UNREADABLE_LOCK_GRACE_MS = 5_000;

export function acquireVaultLock(lockFile: string): VaultLock {
  const content: LockContent = {
    pid: process.pid,
    hostname: os.hostname(),
    startedAt: new Date().toISOString(),
    token: randomBytes(16).toString('hex'),
  };
  if (!createOrTakeOver(lockFile, content)) {
    throw new AppError('VAULT_IN_USE', 'The vault is open in another window or program.');
  }
  let held = true;
  return {
    release() {
      if (!held) return;
      held = false;
      removeIfUnchanged(lockFile, serialize(content));
    },
  };
}

function createOrTakeOver(lockFile: string, content: LockContent): boolean {
  for (let attempt = 0; attempt < 2; attempt++) {
    if (tryCreate(lockFile, content)) return true;
    const existing = readIfPresent(lockFile);
    if (existing !== null) {
      if (!isStale(lockFile, existing)) return false;
      removeIfUnchanged(lockFile, existing);
    }
  }
  return false;
}

function serialize(content: LockContent): string {
  return `${JSON.stringify(content)}\n`;
}

function tryCreate(lockFile: string, content: LockContent): boolean {
  let fd: number;
  try {
    fd = fs.openSync(lockFile, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw lockWriteError(error);
  }
  try {
    fs.writeFileSync(fd, serialize(content));
    fs.fsyncSync(fd);
  } catch (error) {
    // An empty or half-written lock would block this vault for the grace period (or, on a
    // full disk, every later attempt): the file we just created goes again.
    fs.closeSync(fd);
    fs.rmSync(lockFile, { force: true });
    throw lockWriteError(error);
  }
  fs.closeSync(fd);
  return true;
}

function lockWriteError(error: unknown): AppError {
  const errno = (error as NodeJS.ErrnoException).code;
  if (errno === 'ENOSPC' || errno === 'EDQUOT') {
    return new AppError('DISK_FULL', 'The disk is full; the vault could not be opened.', { errno });
  }
  return new AppError('IO_ERROR', 'The vault lock file could not be created.', { errno });
}

function isStale(lockFile: string, text: string): boolean {
  let parsed: LockContent;
  try {
    parsed = lockContentSchema.parse(JSON.parse(text));
  } catch {
    // Its writer died between creating and filling it, or is filling it right now.
    const modifiedAt = fs.statSync(lockFile, { throwIfNoEntry: false })?.mtimeMs ?? 0;
    return Date.now() - modifiedAt > UNREADABLE_LOCK_GRACE_MS;
  }
  if (parsed.hostname !== os.hostname()) return false;
  // A minute of slack for clock adjustments around boot.
  const bootedAt = Date.now() - os.uptime() * 1000 - 60_000;
  if (Date.parse(parsed.startedAt) < bootedAt) return true;
  if (parsed.pid === process.pid) return false;
  return !isProcessAlive(parsed.pid);
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readIfPresent(lockFile: string): string | null {
  try {
    return fs.readFileSync(lockFile, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function removeIfUnchanged(lockFile: string, expected: string): void {
  if (readIfPresent(lockFile) !== expected) return;
  try {
    fs.unlinkSync(lockFile);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
